package org.tacerisk.casefile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.tacerisk.common.AppTemp;
import org.tacerisk.common.AtomicFiles;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.SoftwareVersion;
import org.tacerisk.dicom.SegReader;
import org.tacerisk.dicom.SegWriter;
import org.tacerisk.dicom.SeriesReference;
import org.tacerisk.image.Mask;

/**
 * A saved case, {@code *.tacerisk} (docs/case-file.md): one zip holding {@value #MANIFEST} (series reference, entered
 * values, results, bundle, versions, times) and {@value #MASK}, the tumour mask as a DICOM Segmentation of the
 * series. Written atomically; read strictly: a damaged or foreign file is refused naming the reason.
 */
public final class CaseFile {

    /** The file name extension of a case file. */
    public static final String EXTENSION = ".tacerisk";
    /** The format this version writes and the newest it reads. */
    public static final int FORMAT_VERSION = 1;
    /** The segment label of the tumour in the mask. */
    public static final String SEGMENT_LABEL = "Tumour";
    static final String MANIFEST = "case.json";
    static final String MASK = "mask.dcm";
    /** Far above a 1-bit mask of 512 × 512 × 2000 voxels (64 MiB); refuses a zip bomb before it fills memory. */
    static final int MAX_ENTRY_BYTES = 256 << 20;

    /** Writes the mask as a SEG file; {@link SegWriter} in the product, something failing in tests. */
    @FunctionalInterface
    interface MaskEncoder {
        void write(Mask mask, SeriesReference series, Path out) throws IOException;
    }

    static final MaskEncoder SEG = (mask, series, out) -> SegWriter.write(mask, series, SEGMENT_LABEL, out);

    private CaseFile() {
    }

    /**
     * Writes {@code contents} and {@code mask} to {@code file}, replacing it only once everything is written
     * (a failure leaves the previous file as it was). The modification time is now.
     *
     * @param series the loaded series the mask is on; must be the one {@code contents.series()} names
     */
    public static void write(Path file, CaseContents contents, Mask mask, SeriesReference series) throws IOException {
        write(file, contents, mask, series, Instant.now().truncatedTo(ChronoUnit.MILLIS), SEG);
    }

    static void write(Path file, CaseContents contents, Mask mask, SeriesReference series, Instant modified,
            MaskEncoder encoder) throws IOException {
        write(file, contents, mask, series, modified, encoder, UnaryOperator.identity());
    }

    /**
     * {@code disk} is between the zip and the file being written ({@link AtomicFiles#write(Path,
     * AtomicFiles.Writer, UnaryOperator)}): the product's is the file itself; tests put a full disk there.
     */
    static void write(Path file, CaseContents contents, Mask mask, SeriesReference series, Instant modified,
            MaskEncoder encoder, UnaryOperator<OutputStream> disk) throws IOException {
        if (!contents.series().identifies(series)) {
            throw new IllegalArgumentException("the mask's series is not the series the case names");
        }
        byte[] manifest = CaseJson.write(contents, SoftwareVersion.current(), modified);
        Path seg = AppTemp.file("case-mask", ".dcm");
        try {
            AtomicFiles.write(file, out -> {
                ZipOutputStream zip = new ZipOutputStream(out);
                zip.putNextEntry(new ZipEntry(MANIFEST));
                zip.write(manifest);
                zip.closeEntry();
                encoder.write(mask, series, seg);
                zip.putNextEntry(new ZipEntry(MASK));
                Files.copy(seg, zip);
                zip.closeEntry();
                zip.finish();
            }, disk);
        } finally {
            Files.deleteIfExists(seg);
        }
    }

    /**
     * Reads a case file: its manifest, and its mask kept to be placed on the series once the caller has loaded it
     * ({@link OpenedCase#mask}).
     *
     * @throws BadInputException naming {@code file} when it is not a case file, an entry is missing, unknown or
     *                           damaged, case.json is invalid or of a newer format, a value is not a finite number,
     *                           or the mask references another series than case.json
     */
    public static OpenedCase open(Path file) throws IOException {
        Map<String, byte[]> entries = entries(file);
        CaseJson.Read manifest;
        try {
            manifest = CaseJson.read(entries.get(MANIFEST));
        } catch (CaseJson.Invalid e) {
            throw new BadInputException(file, e.getMessage() + "; the case file is damaged or was edited by hand");
        }
        byte[] seg = entries.get(MASK);
        requireSameSeries(file, manifest.contents().series(), seg);
        return new OpenedCase(file, manifest.formatVersion(), manifest.softwareVersion(), manifest.modified(),
                manifest.contents(), seg);
    }

    private static Map<String, byte[]> entries(Path file) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                ZipEntry entry = e.nextElement();
                if (!List.of(MANIFEST, MASK).contains(entry.getName())) {
                    throw damaged(file, "it holds an entry '" + entry.getName() + "' that a case file does not have");
                }
                entries.put(entry.getName(), checkedBytes(file, zip, entry));
            }
        } catch (NoSuchFileException e) {
            throw new BadInputException(file, "the case file does not exist", e);
        } catch (ZipException | java.io.EOFException e) {
            // ZipFile reports a damaged end record as EOFException (issue 16, found by Jazzer on CaseFileFuzzTest)
            throw new BadInputException(file, "is not a TACE-Risk case file: it is not a zip archive, or it is"
                    + " truncated (" + e.getMessage() + ")", e);
        }
        for (String required : List.of(MANIFEST, MASK)) {
            if (!entries.containsKey(required)) {
                throw damaged(file, "it has no " + required);
            }
        }
        return entries;
    }

    /** The entry's bytes, whose CRC-32 must be the one in the zip (ZipFile itself does not check it). */
    private static byte[] checkedBytes(Path file, ZipFile zip, ZipEntry entry) throws IOException {
        byte[] bytes;
        try (InputStream in = zip.getInputStream(entry)) {
            bytes = in.readNBytes(MAX_ENTRY_BYTES + 1);
        } catch (ZipException | java.io.EOFException bad) {
            throw damaged(file, "its entry " + entry.getName() + " is damaged (" + bad.getMessage() + ")");
        }
        if (bytes.length > MAX_ENTRY_BYTES) {
            throw damaged(file, "its entry " + entry.getName() + " is larger than a case file's " + MAX_ENTRY_BYTES
                    / (1 << 20) + " MiB");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes);
        if (entry.getCrc() != -1 && crc.getValue() != entry.getCrc()) {
            throw damaged(file, "its entry " + entry.getName() + " is damaged (its checksum does not match)");
        }
        return bytes;
    }

    /** The SEG must have been drawn on the manifest's series, or the mask would land on the wrong images. */
    private static void requireSameSeries(Path file, SeriesLocation series, byte[] seg) throws IOException {
        SegReader.References refs = OpenedCase.withSegFile(file, seg, SegReader::references);
        boolean same = series.studyInstanceUid().equals(refs.studyInstanceUid())
                && refs.seriesInstanceUids().equals(List.of(series.seriesInstanceUid()))
                && series.frameOfReferenceUid().equals(refs.frameOfReferenceUid());
        if (!same) {
            throw damaged(file, "its mask (" + MASK + ") references other study, series or frame-of-reference UIDs"
                    + " than " + MANIFEST);
        }
    }

    static BadInputException damaged(Path file, String why) {
        return new BadInputException(file, "cannot open the case: " + why + "; the case file is damaged or was"
                + " not written by TACE-Risk");
    }
}
