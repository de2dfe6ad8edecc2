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
     * Writes the outline (SEG, then RTSTRUCT) and the patient's record report (if not null) into {@code folder},
     * then their de-identified copies under {@code pseudonym} into {@link #deidentifiedFolder(Path)}, all with one
     * UID mapping. A PDF cannot be cleaned attribute by attribute, so the copy of the report holds
     * {@code pseudonymisedReport}'s document instead (PS3.15 action D; it must carry no name, ID or dates). Every
     * file is written atomically; existing files of the same names are replaced.
     *
     * @param roiName the segment's label and the RTSTRUCT's ROI name (numbered dummies in the copies)
     * @param pseudonymisedReport required when {@code recordReport} is given
     */
    public static Written write(Mask mask, SeriesReference images, String roiName, Report recordReport,
            Report pseudonymisedReport, Path folder, Deidentifier.Pseudonym pseudonym) throws IOException {
        if (mask.isEmpty()) {
            throw new IllegalArgumentException("the outline is empty: there is nothing to export");
        }
        if (recordReport != null && pseudonymisedReport == null) {
            throw new IllegalArgumentException("the de-identified copies need a pseudonymised report");
        }
        List<Path> files = new ArrayList<>();
        Path seg = folder.resolve(SEG_FILE);
        SegWriter.write(mask, images, roiName, seg);
        files.add(seg);
        Path rt = folder.resolve(RTSTRUCT_FILE);
        RtStructWriter.write(mask, images, roiName, rt);
        files.add(rt);
        if (recordReport != null) {
            Path doc = folder.resolve(REPORT_FILE);
            EncapsulatedPdfWriter.write(recordReport.pdf(), images, recordReport.options(), doc);
            files.add(doc);
        }
        Path anonymous = deidentifiedFolder(folder);
        byte[] replacement = recordReport == null ? null : pseudonymisedReport.pdf();
        return new Written(folder, files, anonymous,
                Deidentifier.deidentifyAll(files, anonymous, pseudonym, replacement), pseudonym);
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
