package org.tacerisk.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.tacerisk.common.BadInputException;

/** File helpers of bundles: listing with '/'-separated relative names, SHA-256, recursive copy and delete. */
final class BundleFiles {

    private BundleFiles() {
    }

    /** Every regular file under {@code root}, by '/'-separated relative path (sorted); links and others refused. */
    static Map<String, Path> list(Path root, Path bundle) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (p.equals(root) || Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                String rel = relative(root, p);
                if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    throw new BadInputException(bundle, "bundle file " + rel + " is a link or special file; a bundle"
                            + " holds plain files only; re-install the bundle");
                }
                files.put(rel, p);
            }
        }
        return files;
    }

    static String relative(Path root, Path file) {
        StringBuilder sb = new StringBuilder();
        for (Path part : root.relativize(file)) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(part);
        }
        return sb.toString();
    }

    /** Lower-case hex SHA-256 of a file's bytes. */
    static String sha256(Path file) throws IOException {
        MessageDigest digest = digest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static byte[] sha256(byte[] bytes) {
        return digest().digest(bytes);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /**
     * Copies the plain files of {@code from} into {@code to} (created), keeping the folder structure, except those
     * whose relative path is in {@code left}.
     */
    static void copyTree(Path from, Path to, java.util.Set<String> left) throws IOException {
        for (Map.Entry<String, Path> e : list(from, from).entrySet()) {
            if (left.contains(e.getKey())) {
                continue;
            }
            Path target = to.resolve(e.getKey());
            Files.createDirectories(target.getParent());
            Files.copy(e.getValue(), target);
        }
    }

    /** Deletes {@code dir} and everything in it; quietly does nothing when it does not exist. */
    static void deleteTree(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
