package org.tacerisk.app;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.zip.DataFormatException;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Looks for patient identifiers (ASCII strings) in files, as bytes: ASCII/UTF-8, UTF-16 (both byte orders), in any
 * case, also inside gzip files, zip entries (recursively) and PDF FlateDecode streams. Used by
 * {@link PhiSafeOperationTest}; checked on files known to hold them so that a blind scanner cannot pass.
 */
final class PhiScan {

    private static final long MAX_FILE_BYTES = 64L << 20;
    private final List<String> needles;

    PhiScan(List<String> needles) {
        this.needles = List.copyOf(needles);
    }

    /**
     * "file[!inner entry]: needle" for every identifier found in the files under {@code roots} but not
     * {@code skip}; files that vanish or cannot be read while the tree is walked (other programs' temp files) are
     * passed over.
     */
    List<String> findings(List<Path> roots, Predicate<Path> skip) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                continue;
            }
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return skip.test(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && attrs.size() <= MAX_FILE_BYTES && !skip.test(f)) {
                        try {
                            scan(f.toString(), Files.readAllBytes(f), found, 0);
                        } catch (IOException e) {
                            // gone or not ours to read
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        return found;
    }

    void scan(String where, byte[] bytes, List<String> found, int depth) {
        // one byte a char, folded to lower case; and the same with the NUL bytes dropped, which turns UTF-16 (either
        // byte order) of the ASCII identifiers into their ASCII form
        String bytesAsText = new String(bytes, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        String withoutNul = bytesAsText.indexOf(0) < 0 ? bytesAsText : bytesAsText.replace("\0", "");
        for (String n : needles) {
            String folded = n.toLowerCase(Locale.ROOT);
            if (bytesAsText.contains(folded) || withoutNul.contains(folded)) {
                found.add(where + ": " + n);
            }
        }
        if (depth > 3) {
            return;
        }
        if (bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                scan(where + " (gunzipped)", in.readAllBytes(), found, depth + 1);
            } catch (IOException e) {
                // not really gzip: the raw bytes were scanned
            }
        }
        if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K') {
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    scan(where + "!" + e.getName(), zip.readAllBytes(), found, depth + 1);
                }
            } catch (IOException | IllegalArgumentException e) {
                // not really a zip
            }
        }
        if (startsWith(bytes, "%PDF")) {
            for (byte[] stream : pdfStreams(bytes)) {
                scan(where + " (PDF stream)", stream, found, depth + 1);
            }
        }
    }

    /** The inflated content of every stream of a PDF that inflates (FlateDecode). */
    static List<byte[]> pdfStreams(byte[] pdf) {
        List<byte[]> out = new ArrayList<>();
        byte[] start = "stream".getBytes(StandardCharsets.US_ASCII);
        for (int at = indexOf(pdf, start, 0); at >= 0; at = indexOf(pdf, start, at + 1)) {
            int from = at + start.length;
            if (from < pdf.length && pdf[from] == '\r') {
                from++;
            }
            if (from < pdf.length && pdf[from] == '\n') {
                from++;
            }
            Inflater inflater = new Inflater();
            inflater.setInput(pdf, from, pdf.length - from);
            java.io.ByteArrayOutputStream inflated = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[65536];
            try {
                while (!inflater.finished() && !inflater.needsInput() && inflated.size() < (64 << 20)) {
                    int n = inflater.inflate(buffer);
                    if (n == 0 && inflater.needsDictionary()) {
                        break;
                    }
                    inflated.write(buffer, 0, n);
                }
                if (inflated.size() > 0) {
                    out.add(inflated.toByteArray());
                }
            } catch (DataFormatException e) {
                // not a Flate stream
            } finally {
                inflater.end();
            }
        }
        return out;
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        return indexOf(bytes, prefix.getBytes(StandardCharsets.US_ASCII)) == 0;
    }

    static int indexOf(byte[] hay, byte[] needle) {
        return indexOf(hay, needle, 0);
    }

    static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = from; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
