package org.tacerisk.radiomics;

/**
 * Builds the intensity mask from the morphological mask (IBSI-1 IF9H): first the closed range [lower, upper]
 * (USB3), then, when set, outlier filtering μ ± k·σ (7ACA). IBSI combines the two by intersecting their ranges;
 * μ and σ are taken over the voxels the range rule kept (population SD), so that air or bone already excluded by
 * the range does not widen σ. The morphological mask is never changed (G5KJ).
 */
final class Resegmentation {

    /**
     * Result of re-segmentation.
     *
     * @param intensityMask the intensity mask
     * @param afterRange    summary after the range rule
     * @param afterOutliers summary after outlier filtering (same as afterRange when it is off)
     * @param outlierLower  μ − kσ, or null when outlier filtering is off
     * @param outlierUpper  μ + kσ, or null
     */
    record Result(byte[] intensityMask, RoiSummary afterRange, RoiSummary afterOutliers, Double outlierLower,
            Double outlierUpper) {
    }

    private Resegmentation() {
    }

    static Result apply(float[] intensities, byte[] morphological, ResegmentationSettings settings) {
        byte[] mask = new byte[morphological.length];
        for (int n = 0; n < mask.length; n++) {
            if (morphological[n] != 0 && settings.inRange(intensities[n])) {
                mask[n] = 1;
            }
        }
        RoiSummary afterRange = RoiSummary.of(intensities, mask);
        if (settings.outlierSigma() == null || afterRange.voxels() == 0) {
            return new Result(mask, afterRange, afterRange, null, null);
        }
        double[] bounds = outlierBounds(intensities, mask, settings.outlierSigma());
        for (int n = 0; n < mask.length; n++) {
            if (mask[n] != 0 && (intensities[n] < bounds[0] || intensities[n] > bounds[1])) {
                mask[n] = 0;
            }
        }
        return new Result(mask, afterRange, RoiSummary.of(intensities, mask), bounds[0], bounds[1]);
    }

    /** {μ − kσ, μ + kσ} over the voxels in {@code mask}, σ the population standard deviation. */
    static double[] outlierBounds(float[] intensities, byte[] mask, double k) {
        long count = 0;
        double sum = 0;
        for (int n = 0; n < mask.length; n++) {
            if (mask[n] != 0) {
                count++;
                sum += intensities[n];
            }
        }
        double mean = sum / count;
        double squares = 0;
        for (int n = 0; n < mask.length; n++) {
            if (mask[n] != 0) {
                double d = intensities[n] - mean;
                squares += d * d;
            }
        }
        double sd = Math.sqrt(squares / count);
        return new double[] {mean - k * sd, mean + k * sd};
    }
}
