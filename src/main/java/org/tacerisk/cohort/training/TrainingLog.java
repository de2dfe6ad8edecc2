package org.tacerisk.cohort.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;
import org.tacerisk.common.AtomicFiles;

/**
 * {@code training.log} of a {@code cohort train} output folder: every progress line with its time, the notes, and
 * how the run ended ({@code DONE}, or {@code FAILED while <step>: <reason>}), so a run that fails late still says
 * what it did and why it stopped. Rewritten whole (atomically) on every line; never holds patient identifiers (the
 * trainer's messages carry counts and steps only). Safe to call from several threads (the bootstrap's progress).
 */
final class TrainingLog implements Consumer<String> {

    static final String FILE = "training.log";

    private final Path file;
    private final Consumer<String> progress;
    private final StringBuilder text = new StringBuilder();

    private TrainingLog(Path file, Consumer<String> progress) {
        this.file = file;
        this.progress = progress;
    }

    /** A log in {@code outDir} that also passes every line on to {@code progress}. */
    static TrainingLog start(Path outDir, Consumer<String> progress) {
        TrainingLog log = new TrainingLog(outDir.resolve(FILE), progress);
        log.write("cohort train started");
        return log;
    }

    /** A progress line: logged and passed on. */
    @Override
    public void accept(String message) {
        write(message);
        progress.accept(message);
    }

    /** A line for the log only (notes; the command prints those itself). */
    void note(String message) {
        write("note: " + message);
    }

    void done(String message) {
        write("DONE: " + message);
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
