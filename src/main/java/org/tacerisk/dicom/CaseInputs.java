package org.tacerisk.dicom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.tacerisk.common.BadInputException;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Nifti;
import org.tacerisk.image.Volume;

/**
 * Reads a case's image and tumour mask from whatever a user has: the image as a DICOM folder or a NIfTI file; the
 * mask as a NIfTI file, an RTSTRUCT (with the ROI name) or a DICOM SEG (with the segment label), placed on the
 * image's grid. Shared by every command and screen that takes "an image and a mask".
 */
public final class CaseInputs {

    /** The image, and the series it came from when it was DICOM (null for NIfTI). */
    public record Image(Volume volume, SeriesReference series, List<org.tacerisk.common.Finding> findings) {
    }

    private CaseInputs() {
    }

    public static Image readImage(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            DicomIndex index = DicomScanner.scan(path);
            LoadedSeries loaded = SeriesLoader.load(SeriesSelection.choose(index, null));
            return new Image(loaded.volume(), loaded.reference(), loaded.findings());
        }
        if (isNifti(path)) {
            return new Image(Nifti.readVolume(path), null, List.of());
        }
        throw new BadInputException(path, "not an image this program reads: give a DICOM folder or a NIfTI file"
                + " (.nii or .nii.gz)");
    }

    /**
     * The mask on {@code grid}: NIfTI as stored (the caller checks that the grids agree), RTSTRUCT rasterised,
     * SEG placed frame by frame. {@code roiName} picks the ROI or segment; it may be null when there is only one.
     */
    public static Mask readMask(Path path, String roiName, ImageGeometry grid) throws IOException {
        return readMask(path, roiName, grid, null);
    }

    /** As {@link #readMask(Path, String, ImageGeometry)}; with the image series known, an RTSTRUCT drawn on another
     * frame of reference is refused. */
    public static Mask readMask(Path path, String roiName, ImageGeometry grid, SeriesReference series)
            throws IOException {
        if (isNifti(path)) {
            return Nifti.readMask(path);
        }
        if (!Files.isRegularFile(path)) {
            throw new BadInputException(path, "no such mask file");
        }
        String sopClass = HeaderReader.read(path).sopClassUid();
        if (RtStructReader.SOP_CLASS.equals(sopClass)) {
            String roi = roiName != null ? roiName : onlyOne(path, RtStructReader.listRois(path).stream()
                    .map(RoiInfo::name).toList(), "ROI", "--roi");
            return series == null ? RtStructReader.rasterise(path, roi, grid)
                    : RtStructReader.rasterise(path, roi, grid, series);
        }
        if (SegWriter.SOP_CLASS.equals(sopClass)) {
            String label = roiName != null ? roiName : onlyOne(path, SegReader.segmentLabels(path), "segment",
                    "--roi");
            return SegReader.read(path, label, grid);
        }
        throw new BadInputException(path, "not a mask this program reads (SOP class " + sopClass
                + "): give a NIfTI mask, an RTSTRUCT or a DICOM SEG");
    }

    private static String onlyOne(Path path, List<String> names, String what, String option) {
        if (names.size() != 1) {
            throw new BadInputException(path, "holds " + names.size() + " " + what + "s; choose one with " + option
                    + ": " + String.join(", ", names));
        }
        return names.get(0);
    }

    private static boolean isNifti(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".nii") || name.endsWith(".nii.gz");
    }
}
