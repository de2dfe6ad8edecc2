package org.tacerisk.dicom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.Cancelled;
import org.tacerisk.common.ChoiceRequiredException;
import org.tacerisk.common.Finding;
import org.tacerisk.common.Progress;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Nifti;
import org.tacerisk.image.NiftiLabels;
import org.tacerisk.image.Volume;

/**
 * Reads a case's image and tumour mask from whatever a user has: the image as a DICOM folder (one series of it) or a
 * NIfTI file; the mask as a NIfTI label image (one label of it), an RTSTRUCT (one ROI) or a DICOM SEG (one segment),
 * placed on the image's grid. Where the input holds several and none is chosen, a {@link ChoiceRequiredException}
 * lists them. Shared by every command and screen that takes "an image and a mask".
 */
public final class CaseInputs {

    /** The image, and the series it came from when it was DICOM (null for NIfTI). */
    public record Image(Volume volume, SeriesReference series, List<Finding> findings) {
    }

    /**
     * The part of a DICOM image's range that scanning its folder takes (headers of every file; loading the series
     * reads them again, then decodes the pixels).
     */
    static final double SCAN = 0.3;

    private CaseInputs() {
    }

    /** The image; a DICOM folder must hold a single CT series (see {@link #readImage(Path, String)}). */
    public static Image readImage(Path path) throws IOException {
        return readImage(path, null);
    }

    /**
     * @param series for a DICOM folder, the series to load by UID or number (see {@link SeriesSelection#choose});
     *               null when the folder holds one CT series
     */
    public static Image readImage(Path path, String series) throws IOException {
        return readImage(path, series, Progress.NONE);
    }

    /**
     * As {@link #readImage(Path, String)}, reporting to {@code progress}: a DICOM folder's scan (the first
     * {@value #SCAN} of the range), then the series' load.
     *
     * @throws Cancelled when {@code progress} is cancelled
     */
    public static Image readImage(Path path, String series, Progress progress) throws IOException {
        if (Files.isDirectory(path)) {
            DicomIndex index = DicomScanner.scan(path, progress.slice(0, SCAN));
            LoadedSeries loaded = SeriesLoader.load(SeriesSelection.choose(index, series), progress.slice(SCAN, 1));
            return new Image(loaded.volume(), loaded.reference(), loaded.findings());
        }
        if (isNifti(path)) {
            if (series != null && !series.isBlank()) {
                throw new BadInputException(path, "a series was chosen (" + series + "), but this image is a NIfTI"
                        + " file, which holds one image; a series is chosen only from a DICOM folder");
            }
            progress.checkCancelled();
            Image image = new Image(Nifti.readVolume(path), null, List.of());
            progress.report("image read", 1);
            return image;
        }
        throw new BadInputException(path, "not an image this program reads: give a DICOM folder or a NIfTI file"
                + " (.nii or .nii.gz)");
    }

    /**
     * An image and its mask on the same grid, with what reading them as PyRadiomics would found (e.g. a wavelet
     * precision that does not match the file).
     */
    public record ImageAndMask(Volume volume, Mask mask, List<Finding> findings) {

        public ImageAndMask {
            findings = List.copyOf(findings);
        }

        public ImageAndMask(Volume volume, Mask mask) {
            this(volume, mask, List.of());
        }
    }

    /** Code of the warning that the wavelet's precision does not match how the image file stores its voxels. */
    public static final String WAVELET_PRECISION = "PYRADIOMICS_WAVELET_PRECISION";

    /**
     * Image and mask on the grid as SimpleITK, and so PyRadiomics, reads this image: a NIfTI header's float32
     * spacing and origin as stored ({@link Nifti#storedHeader}); a DICOM folder's decimal values as read.
     * Extraction in PyRadiomics' conventions uses it. The mask was read onto the image's grid. PyWavelets computes
     * in float32 exactly for a float32 file: a warning when {@code singlePrecisionWavelet} (float32-image) says
     * otherwise, since the wavelet values then differ from PyRadiomics' in the fifth digit.
     *
     * @param singlePrecisionWavelet whether the wavelet is computed in float32; null when no wavelet is computed
     */
    public static ImageAndMask asSimpleItkReads(Path image, Volume volume, Mask mask, Boolean singlePrecisionWavelet)
            throws IOException {
        Nifti.StoredHeader header = isNifti(image) ? Nifti.storedHeader(image) : null;
        boolean float32 = header != null && header.float32();
        List<Finding> findings = new ArrayList<>();
        if (singlePrecisionWavelet != null && float32 != singlePrecisionWavelet) {
            String stored = float32 ? "32-bit floats" : "integers or 64-bit floats";
            String computed = singlePrecisionWavelet ? "float32" : "double";
            findings.add(Finding.warning(WAVELET_PRECISION, "the image file stores " + stored + " but the wavelet is"
                    + " computed in " + computed + "; PyRadiomics (PyWavelets) computes in the file's type",
                    float32 ? "declare the image float32 (option float32-image) to reproduce PyRadiomics' wavelet"
                            + " values" : "do not declare this image float32 (option float32-image)"));
        }
        if (header == null) {
            return new ImageAndMask(volume, mask, findings);
        }
        return new ImageAndMask(volume.withGeometry(header.geometry()), mask.withGeometry(header.geometry()),
                findings);
    }

    /** As {@link #readMask(Path, String, ImageGeometry, SeriesReference)} without the image series' references. */
    public static MaskRead readMask(Path path, String roiName, ImageGeometry grid) throws IOException {
        return readMask(path, roiName, grid, null);
    }

    /**
     * The mask on {@code grid}: NIfTI as stored (the caller checks that the grids agree), RTSTRUCT rasterised,
     * SEG placed frame by frame; with the problems met that did not stop it.
     *
     * @param roiName the ROI (RTSTRUCT), segment (SEG) or label (NIfTI: its value or its name from the label
     *                table, see {@link NiftiLabels}); null when the file holds only one
     * @param series  the image series, when DICOM: an RTSTRUCT's references are checked against it
     * @throws ChoiceRequiredException when the file holds several and none (or an absent one) is chosen
     */
    public static MaskRead readMask(Path path, String roiName, ImageGeometry grid, SeriesReference series)
            throws IOException {
        if (isNifti(path)) {
            return new MaskRead(NiftiLabels.read(path, roiName), List.of());
        }
        if (!Files.isRegularFile(path)) {
            throw new BadInputException(path, "no such mask file");
        }
        String sopClass = HeaderReader.read(path).sopClassUid();
        if (RtStructReader.SOP_CLASS.equals(sopClass)) {
            String roi = roiName != null ? roiName : onlyOne(path, ChoiceRequiredException.Subject.ROI,
                    RtStructReader.choices(RtStructReader.listRois(path)));
            return RtStructReader.rasteriseWithFindings(path, roi, grid, series);
        }
        if (SegWriter.SOP_CLASS.equals(sopClass)) {
            String label = roiName != null ? roiName : onlyOne(path, ChoiceRequiredException.Subject.SEGMENT,
                    SegReader.segmentLabels(path).stream().map(l -> new ChoiceRequiredException.Choice(l, "'" + l
                            + "'")).toList());
            return new MaskRead(SegReader.read(path, label, grid), List.of());
        }
        throw new BadInputException(path, "not a mask this program reads (SOP class " + sopClass
                + "): give a NIfTI mask, an RTSTRUCT or a DICOM SEG");
    }

    /** The value of the only choice; none or several is a choice the user must make. */
    static String onlyOne(Path path, ChoiceRequiredException.Subject subject,
            List<ChoiceRequiredException.Choice> choices) {
        if (choices.size() != 1) {
            throw new ChoiceRequiredException(path, subject, null, "holds " + choices.size() + " "
                    + (choices.size() == 1 ? subject.noun() : subject.plural()), choices);
        }
        return choices.get(0).value();
    }

    private static boolean isNifti(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".nii") || name.endsWith(".nii.gz");
    }
}
