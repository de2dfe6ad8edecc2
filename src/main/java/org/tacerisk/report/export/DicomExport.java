package org.tacerisk.report.export;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.tacerisk.dicom.Deidentifier;
import org.tacerisk.dicom.EncapsulatedPdfWriter;
import org.tacerisk.dicom.RtStructWriter;
import org.tacerisk.dicom.SegWriter;
import org.tacerisk.dicom.SeriesReference;
import org.tacerisk.image.Mask;

/**
 * A case's DICOM objects for PACS, in one folder: the tumour outline as DICOM SEG and as RTSTRUCT and, when given, a
 * PDF report as Encapsulated PDF, all in the CT's study; and beside that folder (same name + "-deidentified") their
 * de-identified copies (PS3.15 basic profile, one UID mapping for the export, so the copies still reference each
 * other). See docs/exports.md.
 */
public final class DicomExport {

    /** The file names in both folders. */
    public static final String SEG_FILE = "tumour-seg.dcm";
    public static final String RTSTRUCT_FILE = "tumour-rtstruct.dcm";
    public static final String REPORT_FILE = "report-pdf.dcm";
    /** Appended to the export folder's name for the de-identified copies. */
    public static final String DEIDENTIFIED_SUFFIX = "-deidentified";

    /** A PDF report to export as Encapsulated PDF, with its DICOM titles. */
    public record Report(byte[] pdf, EncapsulatedPdfWriter.Options options) {
        public Report {
            Objects.requireNonNull(pdf, "pdf");
            Objects.requireNonNull(options, "options");
        }
    }

    /** What was written: the identified objects and their de-identified copies, in the same order. */
    public record Written(Path folder, List<Path> files, Path deidentifiedFolder, List<Path> deidentified,
            Deidentifier.Pseudonym pseudonym) {
        public Written {
            files = List.copyOf(files);
            deidentified = List.copyOf(deidentified);
        }
    }

    private DicomExport() {
    }

    /**
     * Writes the outline (SEG, then RTSTRUCT) and the report (if not null) into {@code folder}, then their
     * de-identified copies under {@code pseudonym} into {@link #deidentifiedFolder(Path)}. Every file is written
     * atomically; existing files of the same names are replaced.
     *
     * @param roiName the segment's label and the RTSTRUCT's ROI name
     */
    public static Written write(Mask mask, SeriesReference images, String roiName, Report report, Path folder,
            Deidentifier.Pseudonym pseudonym) throws IOException {
        if (mask.isEmpty()) {
            throw new IllegalArgumentException("the outline is empty: there is nothing to export");
        }
        List<Path> files = new ArrayList<>();
        Path seg = folder.resolve(SEG_FILE);
        SegWriter.write(mask, images, roiName, seg);
        files.add(seg);
        Path rt = folder.resolve(RTSTRUCT_FILE);
        RtStructWriter.write(mask, images, roiName, rt);
        files.add(rt);
        if (report != null) {
            Path doc = folder.resolve(REPORT_FILE);
            EncapsulatedPdfWriter.write(report.pdf(), images, report.options(), doc);
            files.add(doc);
        }
        Path anonymous = deidentifiedFolder(folder);
        List<Path> copies = Deidentifier.deidentifyAll(files, anonymous, pseudonym);
        return new Written(folder, files, anonymous, copies, pseudonym);
    }

    /**
     * As {@link #write(Mask, SeriesReference, String, Report, Path, Deidentifier.Pseudonym)}, with the patient's
     * record report in {@code folder} and a pseudonymised report (no name, ID or dates on its pages) in the
     * de-identified folder: the de-identifier keeps a PDF's bytes, so the record report must not go there. Both
     * reports' objects are de-identified with the same UID mapping as the SEG and RTSTRUCT.
     */
    public static Written write(Mask mask, SeriesReference images, String roiName, Report recordReport,
            Report pseudonymisedReport, Path folder, Deidentifier.Pseudonym pseudonym) throws IOException {
        Written outlines = write(mask, images, roiName, null, folder, pseudonym);
        List<Path> files = new ArrayList<>(outlines.files());
        List<Path> copies = new ArrayList<>(outlines.deidentified());
        Path doc = folder.resolve(REPORT_FILE);
        EncapsulatedPdfWriter.write(recordReport.pdf(), images, recordReport.options(), doc);
        files.add(doc);
        Path scratch = java.nio.file.Files.createTempDirectory(folder, ".pseudonymised");
        try {
            Path pseudonymised = scratch.resolve(REPORT_FILE);
            EncapsulatedPdfWriter.write(pseudonymisedReport.pdf(), images, pseudonymisedReport.options(),
                    pseudonymised);
            // the same export's UIDs: the mapping of the SEG and RTSTRUCT copies, re-derived for this object
            List<Path> all = new ArrayList<>(outlines.files());
            all.add(pseudonymised);
            Path again = java.nio.file.Files.createTempDirectory(folder, ".deidentified");
            List<Path> redone = Deidentifier.deidentifyAll(all, again, pseudonym);
            for (Path f : redone) {
                java.nio.file.Files.move(f, outlines.deidentifiedFolder().resolve(f.getFileName()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            java.nio.file.Files.delete(again);
            copies.add(outlines.deidentifiedFolder().resolve(REPORT_FILE));
        } finally {
            try (var left = java.nio.file.Files.walk(scratch)) {
                for (Path p : left.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    java.nio.file.Files.deleteIfExists(p);
                }
            }
        }
        return new Written(folder, files, outlines.deidentifiedFolder(), copies, pseudonym);
    }

    /** The sibling folder of the de-identified copies: {@code folder} + "-deidentified". */
    public static Path deidentifiedFolder(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + DEIDENTIFIED_SUFFIX);
    }

    /**
     * A new random pseudonym ("ANONYMOUS^TR-…", "TR-…" with 8 random hex digits): random rather than derived from
     * the patient's ID, since a hash of a short ID can be reversed by trying every ID.
     */
    public static Deidentifier.Pseudonym randomPseudonym(SecureRandom random) {
        byte[] b = new byte[4];
        random.nextBytes(b);
        String id = "TR-" + HexFormat.of().withUpperCase().formatHex(b);
        return new Deidentifier.Pseudonym("ANONYMOUS^" + id, id);
    }
}
