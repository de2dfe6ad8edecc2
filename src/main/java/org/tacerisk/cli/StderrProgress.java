package org.tacerisk.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.tacerisk.common.Cancelled;
import org.tacerisk.common.Progress;

/**
 * How every long command shows a core call's {@link Progress} on stderr, and how Ctrl-C cancels the call.
 *
 * <p>Lines read {@code step (42 %)} ({@code step} alone when the fraction is not known). A call may report every
 * file or resample; this prints few lines: a new stage (the step's words without its numbers, e.g. "decoding slice"
 * after "reading headers") at once, and within a stage a step once the fraction has grown by
 * {@value #EVERY_FRACTION} or a second has passed since the last line. A stage's last step is never dropped: it is
 * printed before the next stage's first line, or when the progress is closed.
 *
 * <p>Ctrl-C (or a kill): {@link #open} registers a shutdown hook that cancels the call and waits (up to
 * {@value #GRACE_SECONDS} s) until the command has stopped and {@link #close closed} this, so its outputs are left
 * as a cancelled core call leaves them: complete or absent, never half-written. The JVM then exits with the
 * signal's status (130 for Ctrl-C). Commands use {@link #run}, which also says what a cancel left behind.
 */
final class StderrProgress implements Progress, AutoCloseable {

    static final double EVERY_FRACTION = 0.05;
    static final long EVERY_NANOS = 1_000_000_000L;
    static final long GRACE_SECONDS = 10;

    private final PrintWriter err;
    private final LongSupplier nanoClock;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);
    private Thread hook;

    // the last line printed and the step reported since, if any (guarded by this)
    private String stage;
    private double printedFraction = Double.NaN;
    private long printedAt;
    private String pendingStep;
    private double pendingFraction;

    StderrProgress(PrintWriter err, LongSupplier nanoClock) {
        this.err = err;
        this.nanoClock = nanoClock;
    }

    /** A core call given a progress. */
    interface Call<T> {
        T call(StderrProgress progress) throws Exception;
    }

    /**
     * Runs {@code call} with progress lines on {@code err} and Ctrl-C as its cancel; when it is cancelled, prints
     * "cancelled: {@code whatIsLeft}" (before Ctrl-C's hook lets the JVM exit) and passes the {@link Cancelled} on.
     */
    static <T> T run(PrintWriter err, String whatIsLeft, Call<T> call) throws Exception {
        try (StderrProgress progress = open(err)) {
            try {
                return call.call(progress);
            } catch (Cancelled e) {
                progress.printLastStep();
                err.println("cancelled: " + whatIsLeft);
                err.flush();
                throw e;
            }
        }
    }

    /** Progress lines on {@code err}; Ctrl-C cancels until {@link #close}. */
    static StderrProgress open(PrintWriter err) {
        StderrProgress progress = new StderrProgress(err, System::nanoTime);
        progress.hook = new Thread(progress::interrupted, "tacerisk-ctrl-c");
        Runtime.getRuntime().addShutdownHook(progress.hook);
        return progress;
    }

    @Override
    public synchronized void report(String step, double fraction) {
        String stageOfStep = step.replaceAll("[0-9]+", "#");
        long now = nanoClock.getAsLong();
        if (!stageOfStep.equals(stage)) {
            printPending();
            print(stageOfStep, step, fraction, now);
        } else if (now - printedAt >= EVERY_NANOS || !Double.isNaN(fraction) && (Double.isNaN(printedFraction)
                || fraction >= printedFraction + EVERY_FRACTION)) {
            print(stageOfStep, step, fraction, now);
        } else {
            pendingStep = step;
            pendingFraction = fraction;
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Asks the running call to stop. */
    void cancel() {
        cancelled.set(true);
    }

    /**
     * This progress's cancel switch without its lines: for a command whose own lines already say where it is (one
     * line per case), where the progress lines would repeat them.
     */
    Progress cancelOnly() {
        return Progress.of((step, fraction) -> { }, this::isCancelled);
    }

    /** Prints the step not printed yet and ends Ctrl-C's hold on the command. */
    @Override
    public void close() {
        printLastStep();
        closed.countDown();
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it is waiting for exactly this close
            }
        }
    }

    /** The shutdown hook: cancel, then hold the JVM until the command has stopped (or the grace time is over). */
    void interrupted() {
        err.println("interrupted: stopping");
        err.flush();
        cancel();
        try {
            if (!closed.await(GRACE_SECONDS, TimeUnit.SECONDS)) {
                err.println("interrupted: still running after " + GRACE_SECONDS + " s; stopped without waiting");
                err.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The last step reported, when it has not been printed yet. */
    synchronized void printLastStep() {
        printPending();
    }

    private void printPending() {
        if (pendingStep != null) {
            print(stage, pendingStep, pendingFraction, nanoClock.getAsLong());
        }
    }

    private void print(String stageOfStep, String step, double fraction, long now) {
        err.println(Double.isNaN(fraction) ? step
                : String.format(Locale.ROOT, "%s (%d %%)", step, (int) Math.floor(100 * fraction + 1e-9)));
        err.flush();
        stage = stageOfStep;
        printedFraction = fraction;
        printedAt = now;
        pendingStep = null;
    }
}
