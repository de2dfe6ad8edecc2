package org.tacerisk.cohort.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.tacerisk.common.AtomicFiles;
import org.tacerisk.common.Progress;

/**
 * {@code training.log} of a {@code cohort train} output folder: every step with its time, the notes, and how the
 * run ended ({@code DONE}, {@code CANCELLED while <step>} or {@code FAILED while <step>: <reason>}), so a run that
 * stops late still says what it did and why it stopped. Every step also goes to the caller's {@link Progress}.
 * Rewritten whole (atomically) on every line; never holds patient identifiers (the trainer's messages carry counts
 * and steps only). Safe to call from several threads (the bootstrap's progress).
 */
final class TrainingLog {

    static final String FILE = "training.log";

    private final Path file;
    private final Progress progress;
    private final StringBuilder text = new StringBuilder();

    private TrainingLog(Path file, Progress progress) {
        this.file = file;
        this.progress = progress;
    }

    /** A log in {@code outDir} that also passes every step on to {@code progress}. */
    static TrainingLog start(Path outDir, Progress progress) {
        TrainingLog log = new TrainingLog(outDir.resolve(FILE), progress);
        log.write("cohort train started");
        return log;
    }

    /** A step, {@code fraction} of the whole run done: logged and reported. */
    void step(String message, double fraction) {
        write(message);
        progress.report(message, fraction);
    }

    /**
     * The progress of a counted step ("bootstrap 57/200") that owns {@code from} … {@code to} of the run: every
     * count is reported, every 5 % of the step (and its last count) is logged too. The counts must arrive in
     * increasing order.
     */
    Progress counted(double from, double to) {
        Progress reported = progress.slice(from, to);
        double[] nextLogged = {0.05};
        return Progress.of((step, fraction) -> {
            synchronized (nextLogged) {
                if (fraction >= nextLogged[0] - 1e-9) {
                    write(step);
                    nextLogged[0] = Math.min(1, fraction + 0.05);
                }
            }
            reported.report(step, fraction);
        }, reported::isCancelled);
    }

    /** Throws {@link org.tacerisk.common.Cancelled} once the caller asked to stop. */
    void checkCancelled() {
        progress.checkCancelled();
    }

    /** The caller's cancellation without the reports, for steps that run in parallel or report nothing. */
    Progress cancelOnly() {
        return Progress.of((step, fraction) -> { }, progress::isCancelled);
    }

    /** A line for the log only (notes; the command prints those itself). */
    void note(String message) {
        write("note: " + message);
    }

    void done(String message) {
        write("DONE: " + message);
        progress.report(message, 1);
    }

    /** The run stopped because the caller cancelled it: not a failure. */
    void cancelled(String step) {
        write("CANCELLED while " + step + " (the results written so far are kept; no bundle was written)");
    }

    void failed(String step, Throwable cause) {
        write("FAILED while " + step + ": " + reason(cause));
    }

    /** The exception's message, or its kind when it has none. */
    static String reason(Throwable cause) {
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }

    private synchronized void write(String line) {
        text.append(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)).append(' ').append(line)
                .append('\n');
        try {
            AtomicFiles.writeString(file, text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
