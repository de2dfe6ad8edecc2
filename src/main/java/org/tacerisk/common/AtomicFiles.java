package org.tacerisk.common;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Writes files so that a reader never sees a half-written one: temp file in the same folder, then a move. A folder
 * that cannot be made or written is bad input naming the target and the reason (never the temporary file's name).
 */
public final class AtomicFiles {

    /** Body of a write; may throw I/O errors. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, Writer writer) throws IOException {
        write(target, writer, UnaryOperator.identity());
    }

    /**
     * As {@link #write(Path, Writer)}, with {@code disk} between the writer and the file: the product's is the file
     * itself; tests put a full or failing disk there (issue 16). A failure to write or to put the file in place is a
     * {@link BadInputException} naming {@code target}, saying the file there is unchanged; a failure of the writer
     * itself (reading its own input) is passed on as it is.
     */
    public static void write(Path target, Writer writer, UnaryOperator<OutputStream> disk) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        // Not Files.createTempFile: it makes the file owner-only (0600), and exports must keep the usual umask.
        Path temp = dir.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".part");
        OutputStream opened;
        try {
            Files.createDirectories(dir);
            opened = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW);
        } catch (FileSystemException e) {
            throw refusal(target, e);
        }
        boolean existed = Files.exists(absolute);
        NotingStream file = new NotingStream(disk.apply(opened));
        try {
            try (OutputStream out = file) {
                writer.writeTo(out);
            } catch (IOException e) {
                if (file.failure != null) {
                    throw unchanged(target, existed, e.getMessage(), e);
                }
                throw e;
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            } catch (FileSystemException e) {
                throw unchanged(target, existed, OutputPaths.reason(e), e);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The file could not be written (a full disk, a failing device) or put in place; what was there is kept. */
    private static BadInputException unchanged(Path target, boolean existed, String reason, IOException e) {
        String why = reason == null ? e.getClass().getSimpleName() : reason.toLowerCase(java.util.Locale.ROOT);
        return new BadInputException(target, "cannot write: " + why + " (in " + target.toAbsolutePath().getParent()
                + "); " + (existed ? "the file there is unchanged; " : "nothing was written; ")
                + "free some space or choose another location", e);
    }

    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static BadInputException refusal(Path target, FileSystemException e) {
        // A missing parent that createDirectories could not make is reported by the file system as the temp file's
        // absence; the user needs the target's name.
        return e instanceof NoSuchFileException ? new BadInputException(target, "cannot write: the folder "
                + target.toAbsolutePath().getParent() + " cannot be made; choose another output location", e)
                : OutputPaths.refusal(target, e);
    }

    /** Notes a failure of the file's own stream, to tell a failing disk from a failing writer. */
    private static final class NotingStream extends FilterOutputStream {
        IOException failure;

        NotingStream(OutputStream out) {
            super(out);
        }

        @FunctionalInterface
        private interface Step {
            void run() throws IOException;
        }

        private void noting(Step step) throws IOException {
            try {
                step.run();
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public void write(int b) throws IOException {
            noting(() -> out.write(b));
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            noting(() -> out.write(b, off, len));
        }

        @Override
        public void flush() throws IOException {
            noting(out::flush);
        }

        @Override
        public void close() throws IOException {
            noting(out::close);
        }
    }
}
