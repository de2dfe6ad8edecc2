package org.tacerisk.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.tacerisk.common.AtomicFiles;
import org.tacerisk.common.BadInputException;

/**
 * Zipped bundles. Export writes {@code manifest.json} first, then every file in sorted order, with a fixed time
 * stamp, so the same bundle always gives the same zip bytes. Import extracts into a fresh temporary folder (the
 * deep-learning engine loads networks from real files) refusing entries that would land outside it, duplicate
 * entries and links; the extracted copy is then verified like a bundle folder, so what is used is what was checked.
 */
final class BundleZip {

    /** 1980-01-01, the earliest time a zip entry can hold: no build time leaks into the bytes. */
    private static final FileTime FIXED_TIME = FileTime.fromMillis(315_532_800_000L);

    private BundleZip() {
    }

    static void export(Path bundleDir, Path zipFile) throws IOException {
        Map<String, Path> files = BundleFiles.list(bundleDir, bundleDir);
        if (!files.containsKey(ModelBundle.MANIFEST)) {
            throw new BadInputException(bundleDir, "not a model bundle: " + ModelBundle.MANIFEST + " is missing");
        }
        AtomicFiles.write(zipFile, out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                put(zip, ModelBundle.MANIFEST, files.get(ModelBundle.MANIFEST));
                for (Map.Entry<String, Path> e : files.entrySet()) {
                    if (!e.getKey().equals(ModelBundle.MANIFEST)) {
                        put(zip, e.getKey(), e.getValue());
                    }
                }
            }
        });
    }

    private static void put(ZipOutputStream zip, String name, Path file) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(FIXED_TIME);
        zip.putNextEntry(entry);
        Files.copy(file, zip);
        zip.closeEntry();
    }

    /** Extracts {@code zipFile} into the empty folder {@code into}. */
    static void extract(Path zipFile, Path into) throws IOException {
        // the central directory sits at the end: a zip cut short (an interrupted copy) has none
        try (java.util.zip.ZipFile whole = new java.util.zip.ZipFile(zipFile.toFile())) {
            if (whole.size() == 0) {
                throw new BadInputException(zipFile, "an empty zip file; give a bundle folder or the .zip written by"
                        + " the bundle export");
            }
        } catch (ZipException e) {
            throw new BadInputException(zipFile, "not a zip file, or one that is truncated or damaged ("
                    + e.getMessage() + "); copy the bundle again from its source", e);
        }
        Set<String> seen = new HashSet<>();
        try (InputStream raw = Files.newInputStream(zipFile); ZipInputStream zip = new ZipInputStream(raw)) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null) {
                entries++;
                String name = entry.getName();
                if (entry.isDirectory()) {
                    continue;
                }
                try {
                    ManifestChecks.relativePath("zip entry", name);
                } catch (BadInputException e) {
                    throw new BadInputException(zipFile, "zip entry \"" + name + "\" points outside the bundle; the"
                            + " zip is damaged or not a TACE-Risk bundle", e);
                }
                if (!seen.add(name)) {
                    throw new BadInputException(zipFile, "zip entry " + name + " occurs twice; re-install the bundle");
                }
                Path target = into.resolve(name).normalize();
                if (!target.startsWith(into)) {
                    throw new BadInputException(zipFile, "zip entry \"" + name + "\" points outside the bundle");
                }
                Files.createDirectories(target.getParent());
                Files.copy(zip, target);
            }
            if (entries == 0) {
                throw new BadInputException(zipFile, "not a zip file, or an empty one; give a bundle folder or the"
                        + " .zip written by the bundle export");
            }
        } catch (ZipException | java.io.EOFException e) {
            throw new BadInputException(zipFile, "the zip file is truncated or damaged (" + e.getMessage() + "); copy"
                    + " the bundle again from its source", e);
        }
    }
}
