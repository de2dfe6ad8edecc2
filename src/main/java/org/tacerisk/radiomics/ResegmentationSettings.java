package org.tacerisk.radiomics;

/**
 * Re-segmentation of the intensity mask after interpolation (IBSI-1 IF9H). Both rules may be combined; the
 * intensity mask then keeps the voxels that pass both (IBSI: the intersection of the ranges).
 *
 * @param lower        lower end of the closed range [lower, upper] (USB3), or null for no lower limit
 * @param upper        upper end, or null for no upper limit
 * @param outlierSigma k for outlier filtering (7ACA): keep μ ± k·σ, or null for none; μ and σ (population SD)
 *                     are computed on the voxels that remain after the range rule
 */
public record ResegmentationSettings(Double lower, Double upper, Double outlierSigma) {

    public ResegmentationSettings {
        if (lower != null && upper != null && lower > upper) {
            throw new IllegalArgumentException(
                    "resegmentation.lower (" + lower + ") must not exceed resegmentation.upper (" + upper + ")");
        }
        if (lower != null && lower.isNaN() || upper != null && upper.isNaN()) {
            throw new IllegalArgumentException("resegmentation bounds must be numbers");
        }
        if (outlierSigma != null && !(outlierSigma > 0)) {
            throw new IllegalArgumentException("resegmentation.outlierSigma must be positive, got " + outlierSigma);
        }
    }

    public static ResegmentationSettings none() {
        return new ResegmentationSettings(null, null, null);
    }

    public static ResegmentationSettings range(double lower, double upper) {
        return new ResegmentationSettings(lower, upper, null);
    }

    public boolean hasRange() {
        return lower != null || upper != null;
    }

    /** True when the closed range admits {@code value}. */
    public boolean inRange(double value) {
        return (lower == null || value >= lower) && (upper == null || value <= upper);
    }

    /** The range as text for messages, e.g. "[-500.0, 400.0]"; a missing bound shows as -inf or +inf. */
    public String describeRange() {
        return "[" + (lower == null ? "-inf" : lower) + ", " + (upper == null ? "+inf" : upper) + "]";
    }
}
