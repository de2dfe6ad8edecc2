package org.tacerisk.dicom;

import java.util.Locale;
import org.tacerisk.common.Finding;

/**
 * Stable codes of the problems found while scanning and loading DICOM, and the wording shown to the user.
 *
 * <p>Severity follows what a radiologist would accept for a quantitative (radiomics) read: anything that makes the
 * voxel grid wrong or incomplete is an ERROR (the series is not loaded); anything that leaves the grid right but
 * deserves a look is a WARNING; housekeeping is INFO. Messages never contain patient identifiers.
 */
public final class DicomFindings {

    /** Slices are missing inside the stack (a gap larger than 1.5 × the usual spacing). ERROR. */
    public static final String MISSING_SLICES = "MISSING_SLICES";
    /** Slice spacing varies by more than 1 % without a gap. WARNING (ERROR above 10 %). */
    public static final String NON_UNIFORM_SPACING = "NON_UNIFORM_SPACING";
    /** Slice positions do not run along the slice normal (tilted gantry): the grid is sheared. WARNING. */
    public static final String GANTRY_TILT = "GANTRY_TILT";
    /** ImageOrientationPatient row and column directions are not perpendicular. ERROR. */
    public static final String NON_ORTHOGONAL = "NON_ORTHOGONAL";
    /** Several stacks with different ImageOrientationPatient in one series. ERROR. */
    public static final String MIXED_ORIENTATION = "MIXED_ORIENTATION";
    /** Rows/Columns differ between slices. ERROR. */
    public static final String MIXED_MATRIX = "MIXED_MATRIX";
    /** Two instances at the same position: WARNING when identical (one kept), ERROR when different. */
    public static final String DUPLICATE_POSITION = "DUPLICATE_POSITION";
    /** A scout/localiser image inside the series: excluded from the volume. WARNING. */
    public static final String LOCALIZER = "LOCALIZER";
    /** A file cannot be read (corrupt, truncated, I/O error). WARNING at index level, ERROR inside a series. */
    public static final String UNREADABLE_FILE = "UNREADABLE_FILE";
    /** A file is not DICOM at all (README, thumbnails...). INFO. */
    public static final String NOT_DICOM = "NOT_DICOM";
    /** A DICOMDIR names a file that is not on the medium. WARNING. */
    public static final String DICOMDIR_MISSING_FILE = "DICOMDIR_MISSING_FILE";
    /** Pixel data in an encoding this program cannot decode (JPEG-LS, JPEG extended 12-bit ...). ERROR. */
    public static final String UNSUPPORTED_TRANSFER_SYNTAX = "UNSUPPORTED_TRANSFER_SYNTAX";
    /** Colour, 32-bit or otherwise unusual pixels. ERROR. */
    public static final String UNSUPPORTED_PIXEL_FORMAT = "UNSUPPORTED_PIXEL_FORMAT";
    /** Only one slice: no volume. ERROR. */
    public static final String SINGLE_SLICE = "SINGLE_SLICE";
    /** Modality is not CT: the model is trained on CT. WARNING. */
    public static final String NOT_CT = "NOT_CT";
    /** ImagePositionPatient / ImageOrientationPatient / PixelSpacing absent or unusable. ERROR. */
    public static final String MISSING_GEOMETRY = "MISSING_GEOMETRY";
    /** RescaleType present and not HU: values are not Hounsfield units. WARNING. */
    public static final String RESCALE_TYPE = "RESCALE_TYPE";
    /** CT without RescaleSlope/RescaleIntercept: stored values are taken as HU. WARNING. */
    public static final String MISSING_RESCALE = "MISSING_RESCALE";

    static final String ADVICE_REEXPORT = "Re-export the complete series from PACS and load it again.";

    private DicomFindings() {
    }

    static Finding unreadable(String fileName, String reason, boolean insideSeries) {
        String message = "The file could not be read (" + reason + ").";
        String advice = insideSeries
                ? "The series is incomplete without it: " + ADVICE_REEXPORT
                : "Ignored. If it belongs to the study, copy it again from the source medium.";
        Finding f = insideSeries ? Finding.error(UNREADABLE_FILE, message, advice)
                : Finding.warning(UNREADABLE_FILE, message, advice);
        return f.about(fileName);
    }

    static Finding notDicom(String fileName) {
        return Finding.info(NOT_DICOM, "Not a DICOM file; ignored.").about(fileName);
    }

    static Finding unsupportedTransferSyntax(String uid, String fileName) {
        return Finding.error(UNSUPPORTED_TRANSFER_SYNTAX,
                "The images are compressed as " + TransferSyntaxes.describe(uid) + ", which this program cannot decode.",
                "Export the series from PACS uncompressed (Explicit or Implicit VR Little Endian) or as JPEG "
                        + "lossless / JPEG 2000 / RLE.").about(fileName);
    }

    static String mm(double value) {
        return String.format(Locale.ROOT, "%.2f mm", value);
    }
}
