package org.tacerisk.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one folder for this process's temporary files ({@code tacerisk-tmp-<pid>} under {@code -Dtacerisk.temp}, else
 * {@code java.io.tmpdir}): deleted when the JVM exits normally (a shutdown hook), and — since a killed process runs
 * no hook — folders of processes that no longer run are deleted when the next one makes its own. Temporary files
 * may hold patient data (a case's mask as DICOM, an extracted bundle): none may outlive the program that made them.
 */
public final class AppTemp {

    /** Overrides the parent of the temporary folder (tests; a site whose temp is not local). */
    public static final String PROPERTY = "tacerisk.temp";
    static final String PREFIX = "tacerisk-tmp-";
    private static final Logger LOG = LoggerFactory.getLogger(AppTemp.class);
    private static Path folder;

    private AppTemp() {
    }

    /** This process's temporary folder, made (and stale ones cleaned) on first use. */
    public static synchronized Path folder() throws IOException {
        if (folder == null || !Files.isDirectory(folder)) {
            Path parent = parent();
            Files.createDirectories(parent);
            deleteStale(parent);
            folder = Files.createDirectories(parent.resolve(PREFIX + ProcessHandle.current().pid()));
            Path made = folder;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(made), "tacerisk-temp-cleanup"));
        }
        return folder;
    }

    /** A new empty file in this process's temporary folder (owner-only, as {@link Files#createTempFile}). */
    public static Path file(String prefix, String suffix) throws IOException {
        return Files.createTempFile(folder(), prefix, suffix);
    }

    /** A new empty folder in this process's temporary folder. */
    public static Path directory(String prefix) throws IOException {
        return Files.createTempDirectory(folder(), prefix);
    }

    /**
     * Deletes the temporary folders left by processes that were killed (every start calls it, so that patient data
     * in them does not wait for the next temporary file this process makes); a failure is logged, never fatal.
     */
    public static void deleteStale() {
        try {
            Path parent = parent();
            if (Files.isDirectory(parent)) {
                deleteStale(parent);
            }
        } catch (IOException | UncheckedIOException | SecurityException e) {
            LOG.warn("stale temporary folders could not be looked for: {}", e.getMessage());
        }
    }

    static Path parent() {
        String configured = System.getProperty(PROPERTY);
        return Path.of(configured != null && !configured.isBlank() ? configured
                : System.getProperty("java.io.tmpdir"));
    }

    /** Deletes the {@code tacerisk-tmp-<pid>} folders in {@code parent} whose process has ended. */
    static void deleteStale(Path parent) throws IOException {
        List<Path> candidates;
        try (Stream<Path> s = Files.list(parent)) {
            candidates = s.filter(Files::isDirectory).toList();
        }
        long self = ProcessHandle.current().pid();
        for (Path p : candidates) {
            Optional<Long> pid = pidOf(p.getFileName().toString());
            if (pid.isPresent() && pid.get() != self && !ProcessHandle.of(pid.get()).map(ProcessHandle::isAlive).orElse(false)) {
                deleteQuietly(p);
            }
        }
    }

    static Optional<Long> pidOf(String name) {
        if (!name.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String digits = name.substring(PREFIX.length());
        return digits.matches("[0-9]{1,18}") ? Optional.of(Long.parseLong(digits)) : Optional.empty();
    }

    static void deleteQuietly(Path tree) {
        try {
            deleteTree(tree);
        } catch (IOException | UncheckedIOException e) {
            // the path is ours (no patient data in it); the reason helps an administrator
            LOG.warn("a temporary folder could not be deleted: {} ({})", tree, e.getMessage());
        }
    }

    private static void deleteTree(Path tree) throws IOException {
        if (!Files.exists(tree)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(tree)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
