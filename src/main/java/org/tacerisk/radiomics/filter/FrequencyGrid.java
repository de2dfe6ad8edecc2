package org.tacerisk.radiomics.filter;

/**
 * The angular frequency (radians per voxel) that a Fourier-domain filter assigns to each DFT bin along one axis.
 *
 * <p>IBSI-2's Fourier-domain filters (Simoncelli wavelets, Riesz transforms; reference manual arXiv:2006.05470)
 * are defined on normalised frequencies ω ∈ [−π, π]. The IBSI-2 reference response maps of tests 8.a.2 and 8.a.3
 * are reproduced to 5·10⁻⁶ % of their range only by {@link #CENTRED}: n samples from −π to +π inclusive (step
 * 2π/(n−1)), arranged in DFT order by a centre shift; the DFT's own frequencies ({@link #DFT}) miss them by 2.5 %
 * and 8.0 % (see {@code SimoncelliFilterTest}). For odd n the two grids differ only by the factor n/(n−1); for even n
 * the centred grid has no exact zero (bin 0 sits at π/(n−1)), so its transfer functions are not Hermitian and the
 * filters keep the real part of the inverse transform.
 */
public enum FrequencyGrid {

    /** n samples of [−π, π], step 2π/(n−1), bin m at sample (m + ⌊n/2⌋) mod n (the IBSI-2 reference grid). */
    CENTRED,

    /** The DFT's frequencies 2πk/n, k = m for m ≤ (n−1)/2, else m − n. */
    DFT;

    /** The angular frequency of every DFT bin 0..n−1. */
    public double[] frequencies(int n) {
        double[] w = new double[n];
        if (n == 1) {
            return w;
        }
        for (int m = 0; m < n; m++) {
            if (this == CENTRED) {
                int sample = (m + n / 2) % n;
                w[m] = -Math.PI + 2 * Math.PI * sample / (n - 1);
            } else {
                int k = m <= (n - 1) / 2 ? m : m - n;
                w[m] = 2 * Math.PI * k / n;
            }
        }
        return w;
    }
}
