package org.tacerisk.radiomics;

/**
 * What the IBSI-1 processing chain did to one ROI, step by step, so a result can be checked against IBSI's
 * diagnostic values (e.g. configuration C: 45,985 morphological and 45,981 intensity voxels).
 *
 * @param originalGrid        size of the input image grid (nx × ny × nz)
 * @param originalSpacing     input voxel spacing in mm
 * @param interpolationGrid   size of the whole IBSI interpolation grid (equals originalGrid without interpolation)
 * @param processedGrid       size of the grid of the {@link ProcessedRoi}: the interpolation grid cropped to the ROI
 *                            plus a margin of at least 10 mm (local intensity peaks need 1 cm³ around a voxel)
 * @param processedSpacing    voxel spacing of the processed grid in mm
 * @param original            the input mask on the input image
 * @param interpolated        the morphological mask after interpolation, thresholding and rounding
 * @param afterRange          the intensity mask after range re-segmentation
 * @param afterOutliers       the intensity mask after outlier filtering (the final intensity mask)
 * @param outlierLower        μ − kσ used for outlier filtering, or null
 * @param outlierUpper        μ + kσ, or null
 * @param discretisationLower X_min of the discretisation (NaN for NONE)
 * @param greyLevelCount      N_g
 */
public record ProcessingDiagnostics(GridSize originalGrid, double[] originalSpacing, GridSize interpolationGrid,
        GridSize processedGrid, double[] processedSpacing, RoiSummary original, RoiSummary interpolated,
        RoiSummary afterRange, RoiSummary afterOutliers, Double outlierLower, Double outlierUpper,
        double discretisationLower, int greyLevelCount) {

    /** A grid size nx × ny × nz. */
    public record GridSize(int nx, int ny, int nz) {
        @Override
        public String toString() {
            return nx + " x " + ny + " x " + nz;
        }
    }

    public ProcessingDiagnostics {
        originalSpacing = originalSpacing.clone();
        processedSpacing = processedSpacing.clone();
    }

    @Override
    public double[] originalSpacing() {
        return originalSpacing.clone();
    }

    @Override
    public double[] processedSpacing() {
        return processedSpacing.clone();
    }

    /** Voxels in the morphological mask. */
    public int morphologicalVoxels() {
        return interpolated.voxels();
    }

    /** Voxels in the final intensity mask. */
    public int intensityVoxels() {
        return afterOutliers.voxels();
    }

    /** Several lines for a log or report. */
    public String describe() {
        return "original grid " + originalGrid + " spacing " + java.util.Arrays.toString(originalSpacing)
                + "\ninterpolation grid " + interpolationGrid + ", processed (cropped) grid " + processedGrid
                + " spacing " + java.util.Arrays.toString(processedSpacing)
                + "\ninput mask: " + original
                + "\nmorphological mask: " + interpolated
                + "\nafter range re-segmentation: " + afterRange
                + "\nintensity mask: " + afterOutliers
                + (outlierLower == null ? "" : " (outlier bounds [" + outlierLower + ", " + outlierUpper + "])")
                + "\ndiscretisation lower bound " + discretisationLower + ", N_g = " + greyLevelCount;
    }
}
