package org.tacerisk.radiomics;

/**
 * How the intensity-volume histogram discretises intensities (IBSI-1, "Intensity-volume histogram features").
 *
 * @param method     NONE (discrete case, intensities used as they are, step 1), FIXED_BIN_SIZE (bin centres) or
 *                   FIXED_BIN_NUMBER (bin indices 1..binCount: arbitrary units)
 * @param binWidth   width for FIXED_BIN_SIZE
 * @param binCount   number of bins for FIXED_BIN_NUMBER
 * @param lowerBound lower end of the intensity range G (re-segmentation lower bound), or null for the ROI minimum
 * @param upperBound upper end of G (re-segmentation upper bound), or null for the ROI maximum
 */
public record IvhDiscretisation(Method method, double binWidth, int binCount, Double lowerBound, Double upperBound) {

    public enum Method { NONE, FIXED_BIN_SIZE, FIXED_BIN_NUMBER }

    public static IvhDiscretisation none(Double lowerBound, Double upperBound) {
        return new IvhDiscretisation(Method.NONE, 1, 0, lowerBound, upperBound);
    }
}
