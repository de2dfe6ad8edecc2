package org.tacerisk.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.Cancelled;
import org.tacerisk.common.ChoiceRequiredException.Choice;
import org.tacerisk.common.Progress;

/**
 * Runs the workstation's long core calls (scan, load, demo case, bundle) off the JavaFX thread, one at a time in the
 * order asked, so the window never freezes: each call gets a {@link Progress} whose reports drive the status bar and
 * whose cancel is the status bar's Cancel button. A {@link Cancelled} call shows "cancelled", not an error; any
 * other failure goes to the error panel. Everything here except the call itself runs on the JavaFX thread.
 */
final class BackgroundWork {

    /** A core call that reports to, and stops on, a {@link Progress}. */
    @FunctionalInterface
    interface Call<T> {
        T run(Progress progress) throws Exception;
    }

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundWork.class);

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tacerisk-work");
        t.setDaemon(true);
        return t;
    });
    private final StatusBar status;
    private final Messages text;
    private final Failures onFailure;
    private final Deque<Job<?>> jobs = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    /** Shows a failure (never {@link Cancelled}). */
    @FunctionalInterface
    interface Failures {
        /**
         * @param title    what failed ("The folder could not be opened")
         * @param onChoice gets the candidate the user picks when the failure is a required choice, or null
         */
        void show(String title, Throwable failure, Consumer<Choice> onChoice);
    }

    BackgroundWork(StatusBar status, Messages text, Failures onFailure) {
        this.status = status;
        this.text = text;
        this.onFailure = onFailure;
        status.onCancel(this::cancel);
    }

    /**
     * Queues {@code call}; {@code onDone} gets its result on the JavaFX thread.
     *
     * @param what         what the call does, for the status bar ("Scanning the folder")
     * @param failureTitle the error panel's title when it fails ("The folder could not be opened")
     */
    <T> Task<T> run(String what, String failureTitle, Call<T> call, Consumer<T> onDone) {
        return run(what, failureTitle, call, onDone, null);
    }

    /** As {@link #run(String, String, Call, Consumer)}; a required choice's pick goes to {@code onChoice}. */
    <T> Task<T> run(String what, String failureTitle, Call<T> call, Consumer<T> onDone, Consumer<Choice> onChoice) {
        Job<T> job = new Job<>(what, call);
        job.setOnRunning(e -> status.running(job, what));
        job.setOnSucceeded(e -> finished(job, () -> {
            if (job.progress.isCancelled()) {
                // a call that cannot stop midway (a bundle check) finished anyway: the user asked not to use it
                status.idle(text.get("work.cancelled", what));
                discard(job.getValue());
            } else {
                status.idle(text.get("work.done", what, DisplayText.duration(job.seconds(), text)));
                onDone.accept(job.getValue());
            }
        }, failureTitle, onChoice));
        job.setOnFailed(e -> finished(job, () -> {
            Throwable failure = job.getException();
            if (failure instanceof Cancelled) {
                status.idle(text.get("work.cancelled", what));
            } else {
                status.idle(text.get("work.failed", what));
                logIfUnexpected(failure);
                onFailure.show(failureTitle, failure, onChoice);
            }
        }, failureTitle, onChoice));
        jobs.addLast(job);
        busy.set(true);
        worker.execute(job);
        return job;
    }

    /** Asks the running call (or, before it starts, the next one) to stop at its next check. */
    void cancel() {
        Job<?> current = jobs.peekFirst();
        if (current != null && !current.progress.isCancelled()) {
            current.progress.cancel();
            status.cancelling(text.get("work.cancelling", current.what));
        }
    }

    /** True while a call runs or waits. */
    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    boolean isBusy() {
        return busy.get();
    }

    /** Stops taking work (the window is closing); a running call is cancelled. */
    void shutdown() {
        jobs.forEach(j -> j.progress.cancel());
        worker.shutdownNow();
    }

    private void finished(Job<?> job, Runnable show, String failureTitle, Consumer<Choice> onChoice) {
        jobs.remove(job);
        try {
            show.run();
        } catch (RuntimeException e) {
            // showing the result failed (a bug): the panel says so, the window stays
            onFailure.show(failureTitle, e, onChoice);
        } finally {
            busy.set(!jobs.isEmpty());
        }
    }

    /**
     * An unexpected failure (a bug) goes to the log with where it happened, for a report; its message and what was
     * running are left out: they may quote a folder or a value from the user's files (no patient data in logs).
     */
    private static void logIfUnexpected(Throwable failure) {
        if (failure instanceof BadInputException || failure instanceof java.io.IOException) {
            return;
        }
        StringBuilder frames = new StringBuilder();
        for (StackTraceElement e : failure.getStackTrace()) {
            frames.append("\n\tat ").append(e);
        }
        LOG.error("Unexpected {} in background work{}", failure.getClass().getName(), frames);
    }

    /** A result nobody will use is closed (a verified bundle holds a temporary folder). */
    private static void discard(Object result) {
        if (result instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception e) {
                // nothing to tell the user: the result was not wanted
            }
        }
    }

    /** One call as a JavaFX task, with the progress whose reports it publishes. */
    private static final class Job<T> extends Task<T> {

        private final String what;
        private final Call<T> call;
        private final Progress.Cancellable progress;
        private long started;
        private long ended;

        Job(String what, Call<T> call) {
            this.what = what;
            this.call = call;
            this.progress = Progress.cancellable((step, fraction) -> {
                updateMessage(step == null || step.isBlank() ? what : what + " — " + step);
                // NaN (not known) shows a moving bar
                updateProgress(Double.isNaN(fraction) ? -1 : fraction, 1);
            });
        }

        @Override
        protected T call() throws Exception {
            started = System.nanoTime();
            try {
                progress.checkCancelled();
                updateMessage(what);
                updateProgress(-1, 1);
                return call.run(progress);
            } finally {
                ended = System.nanoTime();
            }
        }

        double seconds() {
            return (ended - started) / 1e9;
        }
    }
}
