package org.tacerisk.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.tacerisk.common.BadInputException;
import org.tacerisk.dicom.CaseInputs;
import org.tacerisk.dicom.LoadedSeries;
import org.tacerisk.dicom.RtStructWriter;
import org.tacerisk.dicom.SegWriter;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Nifti;

/**
 * The tumour outline in and out of the workstation, through the same readers and writers as the command line: an
 * RTSTRUCT (one ROI chosen), a DICOM SEG (one segment) or a NIfTI label mask (one label) in; SEG, RTSTRUCT or NIfTI
 * out. A mask must lie on the open series' grid; one on another grid is refused with both grids named, never
 * resampled silently. No JavaFX.
 */
final class MaskFiles {

    /** Voxel centres may differ by this much and still be the same grid (as the radiomics input check). */
    static final double GRID_TOLERANCE_MM = 1e-3;

    /** What an outline can be saved as. */
    enum Format {
        SEG("export.seg", "*.dcm", "-seg.dcm"),
        RTSTRUCT("export.rtstruct", "*.dcm", "-rtstruct.dcm"),
        NIFTI("export.nifti", "*.nii.gz", "-mask.nii.gz");

        final String messageKey;
        final String pattern;
        final String suffix;

        Format(String messageKey, String pattern, String suffix) {
            this.messageKey = messageKey;
            this.pattern = pattern;
            this.suffix = suffix;
        }
    }

    /** The ROI's name in exported RTSTRUCTs and the segment's label in SEGs. */
    static final String ROI_NAME = "Tumour";

    private MaskFiles() {
    }

    /**
     * Reads the outline in {@code file} onto {@code series}' grid.
     *
     * @param choice the ROI (RTSTRUCT), segment (SEG) or label (NIfTI) when the file holds several, else null
     * @throws org.tacerisk.common.ChoiceRequiredException when the file holds several and none was chosen
     * @throws BadInputException when the file is no mask, or its grid is not the series' grid
     */
    static Mask read(Path file, String choice, LoadedSeries series) throws IOException {
        ImageGeometry grid = series.volume().geometry();
        Mask mask = CaseInputs.readMask(file, choice, grid, series.reference()).mask();
        if (!mask.geometry().sameGrid(grid, GRID_TOLERANCE_MM)) {
            throw new BadInputException(file, "this mask lies on another grid than the open series: the mask has "
                    + describe(mask.geometry()) + ", the series " + describe(grid) + ". Open the series the mask"
                    + " was drawn on, or export the mask on this series' grid from the program that made it.");
        }
        return mask;
    }

    /** Writes {@code mask} as {@code format} to {@code out} (atomically, by the writers). */
    static void write(Mask mask, Format format, LoadedSeries series, Path out) throws IOException {
        switch (format) {
            case SEG -> SegWriter.write(mask, series.reference(), ROI_NAME, out);
            case RTSTRUCT -> RtStructWriter.write(mask, series.reference(), ROI_NAME, out);
            case NIFTI -> Nifti.write(mask, out);
        }
    }

    /** A grid in words: "32 × 32 × 10 voxels of 0.70 × 0.70 × 2.50 mm, first voxel at (−22.0, −22.0, 0.0) mm". */
    static String describe(ImageGeometry g) {
        double[] o = g.origin();
        String direction = java.util.Arrays.equals(g.direction(), new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1}) ? ""
                : ", direction cosines " + java.util.Arrays.toString(g.direction());
        return String.format(Locale.ROOT, "%d × %d × %d voxels of %.2f × %.2f × %.2f mm, first voxel at"
                + " (%.1f, %.1f, %.1f) mm%s", g.nx(), g.ny(), g.nz(), g.spacing(0), g.spacing(1), g.spacing(2),
                o[0], o[1], o[2], direction);
    }

    /** A file name for the chooser: the series' description (letters and digits only) and the format's ending. */
    static String suggestedName(String seriesDescription, Format format) {
        String base = seriesDescription == null ? "" : seriesDescription.replaceAll("[^A-Za-z0-9]+", "-")
                .replaceAll("(^-|-$)", "").toLowerCase(Locale.ROOT);
        return (base.isEmpty() ? "tumour" : base) + format.suffix;
    }
}
