package org.tacerisk.cohort;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.tacerisk.image.NiftiLabels;

/**
 * The cache key of one case: SHA-256 over everything its features depend on, so a cache entry is reused exactly
 * when re-extracting would give the same numbers. Contents, not paths or modification times, are hashed: a cohort
 * copied to another disk or machine (a shard on a cluster node) keeps its cache, and a file re-exported with the
 * same bytes is not recomputed, while any changed byte is.
 */
final class CaseKey {

    private static final int BUFFER = 1 << 16;

    private CaseKey() {
    }

    /**
     * @param settings     the settings in canonical form (what {@code RadiomicsSettingsYaml.toYaml} writes, so
     *                     comments and key order in the user's file do not matter)
     * @param deepModelDir the model folder, or null
     * @param version      the software version and cache format (a new release recomputes)
     */
    static String of(CohortManifest.Row row, String settings, Path deepModelDir, String version) throws IOException {
        MessageDigest digest = sha256();
        text(digest, "version", version);
        text(digest, "settings", settings);
        tree(digest, "image", row.image());
        if (row.series() != null) {
            text(digest, "series", row.series());
        }
        tree(digest, "mask", row.mask());
        text(digest, "roi", row.roi() == null ? "" : row.roi());
        Path labelNames = NiftiLabels.namesFile(row.mask());
        if (labelNames != null) {
            tree(digest, "label names", labelNames); // they decide which label a name in the roi column means
        }
        if (deepModelDir != null) {
            tree(digest, "deep", deepModelDir);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A file, or every regular file under a folder in sorted relative-path order (name, size, contents). */
    private static void tree(MessageDigest digest, String label, Path root) throws IOException {
        text(digest, label, "");
        if (!Files.isDirectory(root)) {
            file(digest, root);
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            // '/' separators: the same folder hashes the same on Windows and Linux nodes
            text(digest, "file", root.relativize(f).toString().replace('\\', '/'));
            file(digest, f);
        }
    }

    private static void file(MessageDigest digest, Path file) throws IOException {
        text(digest, "size", Long.toString(Files.size(file)));
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        }
    }

    /** Length-prefixed, so that no two different field sequences hash the same bytes. */
    private static void text(MessageDigest digest, String label, String value) {
        byte[] bytes = (label + "=" + value).getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
