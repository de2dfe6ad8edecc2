package org.tacerisk.common;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Checks an output location before any work starts, so that a long computation never ends in "cannot write", and
 * turns the file system's own errors into messages that name the path and the reason ("is a file", "permission
 * denied", "read-only file system") instead of a stack trace or a temporary file's name.
 */
public final class OutputPaths {

    private OutputPaths() {
    }

    /** A file can be written at {@code target}: it is not a folder, and its folder exists or can be made. */
    public static void requireWritableFile(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw new BadInputException(target, "cannot write the output here: it is a folder; give a file name");
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            requireCreatableFolder(target, parent);
        }
    }

    /** A folder can be written at {@code dir}: it is a folder (or can be made) whose contents this user may write. */
    public static void requireWritableFolder(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new BadInputException(dir, "cannot write the output here: it is a file, not a folder");
        }
        requireCreatableFolder(dir, absolute);
    }

    /**
     * The file system's refusal to write {@code target}, as bad input naming it and the reason. The file the system
     * names may be a temporary file next to the target; the user only ever sees the target and its folder.
     */
    public static BadInputException refusal(Path target, FileSystemException e) {
        Path folder = target.toAbsolutePath().getParent();
        return new BadInputException(target, "cannot write: " + reason(e) + (folder == null ? "" : " (in " + folder
                + ")")
                + "; choose another output location", e);
    }

    /** The reason of a file-system refusal in words, without the path (callers say which path and what failed). */
    public static String reason(FileSystemException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException || "Not a directory".equals(e.getReason())) {
            return "a part of the path is a file, not a folder";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "a file is in the way where a folder is needed";
        }
        return e.getReason() == null ? e.getClass().getSimpleName() : e.getReason().toLowerCase(java.util.Locale.ROOT);
    }

    private static void requireCreatableFolder(Path shown, Path folder) {
        Path existing = folder;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return;
        }
        if (!Files.isDirectory(existing)) {
            throw new BadInputException(shown, "cannot write the output here: " + existing
                    + " is a file, not a folder");
        }
        if (!Files.isWritable(existing)) {
            throw new BadInputException(shown, "cannot write the output here: permission denied (" + existing
                    + " is not writable for this user); choose another output location");
        }
    }
}
