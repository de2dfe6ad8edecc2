package org.tacerisk.common;

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
        try {
            try (OutputStream out = opened) {
                writer.writeTo(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
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
}
