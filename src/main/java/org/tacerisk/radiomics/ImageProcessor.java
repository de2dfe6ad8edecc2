package org.tacerisk.radiomics;

import org.tacerisk.common.BadInputException;
import org.tacerisk.common.Progress;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Volume;

/**
 * The IBSI-1 image processing chain (chapter "Image processing") from an image and its ROI mask to a
 * {@link ProcessedRoi}:
 * <ol>
 *   <li>interpolation to the {@link InterpolationGrid} (align grid centres, ⌈n·s_a/s_b⌉ points per axis, edge-value
 *       extrapolation) with the configured image method; rounding to the nearest integer when configured (68QD,
 *       ties to even); the mask interpolated with its own method and kept where the value is ≥ δ (E8H9);</li>
 *   <li>morphological mask = the interpolated mask (G5KJ); intensity mask = morphological mask ∩ range ∩
 *       outlier filter ({@link Resegmentation});</li>
 *   <li>discretisation of the intensity-mask voxels ({@link Discretiser}). <b>N_g rule</b>: FIXED_BIN_NUMBER →
 *       the bin count; FIXED_BIN_SIZE → the highest grey level present in the intensity mask, bins counted from
 *       the re-segmentation lower bound (else the ROI minimum); NONE → the highest intensity (digital phantom:
 *       6).</li>
 * </ol>
 * Only a box around the ROI is interpolated: the processed grid is the IBSI grid cropped to the ROI plus a margin
 * of ⌈10 mm / spacing⌉ + 1 voxels per axis (clipped to the grid), enough for local intensity peaks (1 cm³
 * spheres). Its origin is the physical position of its first voxel, so distances and positions are unchanged.
 * For IBSI-2 filtering {@link #processRegion} runs the same chain on a larger region (by default the whole grid)
 * and says where the feature box lies inside it. Stateless and thread-safe.
 */
public final class ImageProcessor {

    /** Millimetres of image kept around the ROI (IBSI local intensity peak: 1 cm³ sphere, radius 6.2 mm). */
    static final double MARGIN_MM = 10;

    /** A processed ROI with its diagnostics. */
    public record Result(ProcessedRoi roi, ProcessingDiagnostics diagnostics) {
    }

    private ImageProcessor() {
    }

    /** Runs the chain; see the class comment. */
    public static ProcessedRoi process(Volume image, Mask mask, RadiomicsSettings settings) {
        return processWithDiagnostics(image, mask, settings).roi();
    }

    /** Runs the chain and reports counts and ranges after every step. */
    public static Result processWithDiagnostics(Volume image, Mask mask, RadiomicsSettings settings) {
        return processWithDiagnostics(image, mask, settings, Progress.NONE);
    }

    /**
     * As {@link #processWithDiagnostics(Volume, Mask, RadiomicsSettings)}, checking {@code progress} for
     * cancellation between the steps and per slice while interpolating.
     */
    public static Result processWithDiagnostics(Volume image, Mask mask, RadiomicsSettings settings,
            Progress progress) {
        return processRegion(image, mask, settings, MARGIN_MM, progress).result();
    }

    /**
     * A processed region for filtering (IBSI-2) with the box the feature families need inside it.
     *
     * @param result  the chain's output on the whole region
     * @param roiLo   first index of the feature box (ROI + {@link #MARGIN_MM}) in region indices
     * @param roiHi   last index (inclusive) of the feature box
     */
    record Region(Result result, int[] roiLo, int[] roiHi) {
    }

    /**
     * Runs the chain on the ROI box plus {@code marginMm} per side (null: the whole interpolation grid, so filters
     * see the image as IBSI-2 filters it, with their boundary condition at the image edge). The region always
     * contains the feature box of {@link #processWithDiagnostics}, whose index range inside the region is returned.
     */
    static Region processRegion(Volume image, Mask mask, RadiomicsSettings settings, Double marginMm,
            Progress progress) {
        RoiChecks.requireSameGrid(image, mask);
        ImageGeometry g = image.geometry();
        int[][] box = RoiChecks.boundingBox(mask);
        RoiSummary original = RoiChecks.requireFiniteRoi(image, mask);

        InterpolationSettings interp = settings.interpolation();
        InterpolationGrid grid = settings.pyradiomicsConventions() && interp.enabled()
                ? InterpolationGrid.pyradiomics(g, interp, box[0], box[1], settings.pyradiomics().padDistance())
                : InterpolationGrid.of(g, interp);
        int[][] featureBox = grid.cropAround(box[0], box[1], margin(grid, MARGIN_MM));
        int[][] crop = marginMm == null
                ? new int[][] {{0, 0, 0}, {grid.size(0) - 1, grid.size(1) - 1, grid.size(2) - 1}}
                : grid.cropAround(box[0], box[1], margin(grid, Math.max(MARGIN_MM, marginMm)));
        int[] lo = crop[0];
        int[] hi = crop[1];
        ImageGeometry processed = grid.geometry(lo, hi);

        float[] intensities = toFloat(interpolateImage(image, grid, lo, hi, interp, settings.pyradiomicsConventions(),
                progress), interp);
        byte[] morphological = threshold(interpolateMask(mask, grid, lo, hi, interp, progress),
                interp.partialVolumeThreshold());
        progress.checkCancelled();
        RoiSummary interpolated = RoiSummary.of(intensities, morphological);
        if (interpolated.voxels() == 0) {
            throw new BadInputException(null, "the ROI (" + original.voxels() + " voxels) vanished after"
                    + " interpolation to " + spacingText(grid) + " mm with partial-volume threshold "
                    + interp.partialVolumeThreshold() + "; it is smaller than one new voxel. Use a finer spacing.");
        }
        if (Double.isNaN(interpolated.min()) || Double.isNaN(interpolated.max())) {
            throw new BadInputException(null, "interpolated intensities inside the ROI are NaN; the image has NaN"
                    + " voxels next to the ROI");
        }
        Resegmentation.Result reseg = Resegmentation.apply(intensities, morphological, settings.resegmentation());
        if (reseg.afterOutliers().voxels() == 0) {
            throw new BadInputException(null, "re-segmentation removed every ROI voxel: range "
                    + settings.resegmentation().describeRange()
                    + (settings.resegmentation().outlierSigma() == null ? ""
                            : " and " + settings.resegmentation().outlierSigma() + " sigma outlier filter")
                    + ", but the ROI's intensities are [" + interpolated.min() + ", " + interpolated.max()
                    + "] after processing (" + original.min() + " to " + original.max() + " before)."
                    + " Check the re-segmentation range and the image's units.");
        }
        progress.checkCancelled();
        Discretiser.Result levels = Discretiser.discretise(intensities, reseg.intensityMask(),
                settings.discretisation(), settings.resegmentation(), settings.conventions());
        ProcessedRoi roi = new ProcessedRoi(processed, intensities, morphological, reseg.intensityMask(),
                levels.greyLevels(), levels.greyLevelCount());
        ProcessingDiagnostics diagnostics = new ProcessingDiagnostics(
                new ProcessingDiagnostics.GridSize(g.nx(), g.ny(), g.nz()), g.spacing(),
                new ProcessingDiagnostics.GridSize(grid.size(0), grid.size(1), grid.size(2)),
                new ProcessingDiagnostics.GridSize(processed.nx(), processed.ny(), processed.nz()),
                processed.spacing(), original, interpolated, reseg.afterRange(), reseg.afterOutliers(),
                reseg.outlierLower(), reseg.outlierUpper(), levels.lowerBound(), levels.greyLevelCount());
        int[] roiLo = new int[3];
        int[] roiHi = new int[3];
        for (int a = 0; a < 3; a++) {
            roiLo[a] = featureBox[0][a] - lo[a];
            roiHi[a] = featureBox[1][a] - lo[a];
        }
        return new Region(new Result(roi, diagnostics), roiLo, roiHi);
    }

    private static int[] margin(InterpolationGrid grid, double mm) {
        int[] margin = new int[3];
        for (int a = 0; a < 3; a++) {
            margin[a] = (int) Math.ceil(mm / grid.spacing(a)) + 1;
        }
        return margin;
    }

    private static double[] interpolateImage(Volume image, InterpolationGrid grid, int[] lo, int[] hi,
            InterpolationSettings interp, boolean pyradiomics, Progress progress) {
        if (interp.enabled() && interp.imageMethod() == InterpolationMethod.CUBIC_BSPLINE) {
            // PyRadiomics' sitkBSpline: SimpleITK's prefilter and sum, which round differently in float32
            return pyradiomics ? ItkBSplineResampler.resample(image, grid, lo, hi, progress)
                    : CubicBSpline.resample(image, grid, lo, hi, progress);
        }
        ImageGeometry g = image.geometry();
        AxisSampling[] s = samplings(grid, lo, hi, g, interp.enabled() ? interp.imageMethod()
                : InterpolationMethod.NEAREST);
        int sx = s[0].sourceLength();
        int sy = s[1].sourceLength();
        int sz = s[2].sourceLength();
        double[] src = new double[sx * sy * sz];
        int p = 0;
        for (int k = 0; k < sz; k++) {
            for (int j = 0; j < sy; j++) {
                int start = g.index(s[0].sourceLo(), s[1].sourceLo() + j, s[2].sourceLo() + k);
                for (int i = 0; i < sx; i++) {
                    src[p++] = image.get(start + i);
                }
            }
        }
        return SeparableResampler.resample(src, sx, sy, sz, s[0], s[1], s[2], progress);
    }

    private static double[] interpolateMask(Mask mask, InterpolationGrid grid, int[] lo, int[] hi,
            InterpolationSettings interp, Progress progress) {
        ImageGeometry g = mask.geometry();
        InterpolationMethod method = interp.enabled() ? interp.maskMethod() : InterpolationMethod.NEAREST;
        if (method == InterpolationMethod.CUBIC_BSPLINE) {
            // IBSI E8H9: only nearest or linear give meaningful masks; a spline of a 0/1 image overshoots
            throw new BadInputException(null, "mask interpolation CUBIC_BSPLINE is not supported; IBSI recommends"
                    + " NEAREST or LINEAR for the ROI mask");
        }
        AxisSampling[] s = samplings(grid, lo, hi, g, method);
        int sx = s[0].sourceLength();
        int sy = s[1].sourceLength();
        int sz = s[2].sourceLength();
        double[] src = new double[sx * sy * sz];
        int p = 0;
        for (int k = 0; k < sz; k++) {
            for (int j = 0; j < sy; j++) {
                int start = g.index(s[0].sourceLo(), s[1].sourceLo() + j, s[2].sourceLo() + k);
                for (int i = 0; i < sx; i++) {
                    src[p++] = mask.contains(start + i) ? 1 : 0;
                }
            }
        }
        return SeparableResampler.resample(src, sx, sy, sz, s[0], s[1], s[2], progress);
    }

    private static AxisSampling[] samplings(InterpolationGrid grid, int[] lo, int[] hi, ImageGeometry g,
            InterpolationMethod method) {
        int[] n = {g.nx(), g.ny(), g.nz()};
        AxisSampling[] s = new AxisSampling[3];
        for (int a = 0; a < 3; a++) {
            s[a] = AxisSampling.of(grid, a, lo[a], hi[a], n[a], method);
        }
        return s;
    }

    private static float[] toFloat(double[] values, InterpolationSettings interp) {
        boolean round = interp.enabled() && interp.roundIntensities();
        float[] out = new float[values.length];
        for (int n = 0; n < values.length; n++) {
            // Math.rint: nearest integer, ties to even (as numpy.round in IBSI's reference implementation)
            out[n] = (float) (round ? Math.rint(values[n]) : values[n]);
        }
        return out;
    }

    private static byte[] threshold(double[] values, double delta) {
        byte[] out = new byte[values.length];
        for (int n = 0; n < values.length; n++) {
            out[n] = values[n] >= delta ? (byte) 1 : 0;
        }
        return out;
    }

    private static String spacingText(InterpolationGrid grid) {
        return grid.spacing(0) + " x " + grid.spacing(1) + " x " + grid.spacing(2);
    }
}
