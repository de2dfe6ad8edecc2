package org.tacerisk.radiomics.filter;

/**
 * When a scale given in mm can be sampled on a grid (issue 11: a LoG with σ = 1 mm across 3.27 mm slices turned a
 * constant image of 100 into −1266). Filters call these checks before they filter; a scale the grid cannot carry is
 * refused with a {@link ScaleTooFineException}, never filtered into numbers.
 *
 * <ul>
 *   <li>A Gaussian (LoG σ, Gabor envelope) needs σ ≥ {@link #MIN_SIGMA_VOXELS} voxel along every filtered axis. At
 *       σ = 1 voxel the sampled Gaussian's spectrum has fallen to exp(−π²/2) = 0.7 % at the Nyquist frequency and
 *       its sampled variance and fourth moment match σ² and 3σ⁴ to 10⁻³ (4σ cut-off); at 0.5 voxel the spectrum is
 *       still 29 % at Nyquist and the sampled variance 14 % short of σ²; at 0.31 voxel (1 mm across 3.27 mm) the
 *       neighbours of the centre tap are 0.5 % of it: no Gaussian of the requested σ is left, however the samples
 *       are normalised.</li>
 *   <li>A carrier of wavelength λ (Gabor) needs at least {@link #MIN_WAVELENGTH_VOXELS} samples per period along
 *       each axis it runs along (the Nyquist limit): |cos θ|·s_a ≤ λ/2 along a and |sin θ|·s_b ≤ λ/2 along b. A
 *       shorter carrier aliases to a lower frequency, down to 0 when λ = s, where the filter becomes a smoothing.</li>
 * </ul>
 * IBSI-2 advises resampling to isotropic voxels before filtering; the remedy named is that, or in-plane (2D)
 * filtering when only the slice axis is too coarse.
 */
final class ScaleSampling {

    /** The smallest Gaussian σ, in voxels along each filtered axis. */
    static final double MIN_SIGMA_VOXELS = 1.0;

    /** The fewest samples per carrier period along an axis (Nyquist). */
    static final double MIN_WAVELENGTH_VOXELS = 2.0;

    /** Rounding slack, so that σ = 1 mm on a 1 mm grid (or λ = 2 mm on 1 mm) passes. */
    private static final double SLACK = 1e-9;

    private ScaleSampling() {
    }

    /**
     * Refuses a Gaussian of {@code sigmaMm} along {@code axis} when it spans less than one voxel.
     *
     * @param what         the scale as the user gave it, e.g. "σ" or "envelope σ/γ"
     * @param alternative  another remedy than resampling (e.g. "filter in 2D (slice by slice)"), or null
     */
    static void requireGaussian(String imageType, String what, double sigmaMm, int axis, double spacingMm,
            String alternative) {
        double maxSpacing = sigmaMm / MIN_SIGMA_VOXELS;
        if (spacingMm <= maxSpacing * (1 + SLACK)) {
            return;
        }
        throw refusal(imageType, what + " = " + mm(sigmaMm) + " mm is below one voxel along " + axisName(axis)
                + " (spacing " + mm(spacingMm) + " mm): a Gaussian narrower than a voxel cannot be sampled (its"
                + " samples lose the Gaussian's width, and a derivative of it no longer cancels on a constant image)",
                axis, spacingMm, maxSpacing, alternative);
    }

    /**
     * Refuses a carrier of wavelength {@code lambdaMm} whose component along {@code axis} (the fraction
     * {@code |direction|} of its frequency) has fewer than two samples per period.
     */
    static void requireWavelength(String imageType, double lambdaMm, double direction, int axis, double spacingMm,
            String alternative) {
        double component = Math.abs(direction);
        if (component * spacingMm <= lambdaMm / MIN_WAVELENGTH_VOXELS * (1 + SLACK)) {
            return;
        }
        double maxSpacing = lambdaMm / MIN_WAVELENGTH_VOXELS / component;
        throw refusal(imageType, "λ = " + mm(lambdaMm) + " mm has fewer than two samples per period along "
                + axisName(axis) + " (spacing " + mm(spacingMm) + " mm; the carrier's period along that axis is "
                + mm(lambdaMm / component) + " mm): the carrier aliases to a lower frequency", axis, spacingMm,
                maxSpacing, alternative);
    }

    private static ScaleTooFineException refusal(String imageType, String problem, int axis, double spacingMm,
            double maxSpacingMm, String alternative) {
        String remedy = "resample the image to a spacing of at most " + mm(maxSpacingMm) + " mm along "
                + axisName(axis) + (alternative == null ? "" : ", or " + alternative);
        return new ScaleTooFineException(imageType + ": " + problem + "; " + remedy, imageType, axis, spacingMm,
                maxSpacingMm);
    }

    private static String mm(double v) {
        return ScaleTooFineException.mm(v);
    }

    private static String axisName(int axis) {
        return ScaleTooFineException.axisName(axis);
    }
}
