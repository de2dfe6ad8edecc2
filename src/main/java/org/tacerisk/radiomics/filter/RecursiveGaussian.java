package org.tacerisk.radiomics.filter;

/**
 * Deriche's fourth-order recursive (IIR) approximation of convolution with a Gaussian or its second derivative
 * along one line of samples, with the coefficients, normalisations and edge handling of ITK's
 * {@code RecursiveGaussianImageFilter} (the filter SimpleITK's, and so PyRadiomics', LoG is built from).
 *
 * <p>Why IIR and not a sampled kernel: PyRadiomics' LoG numbers are this approximation's, not the analytic
 * Gaussian's (the two differ by up to a few per cent near edges and at small σ), and a team applying a model
 * trained with PyRadiomics needs PyRadiomics' numbers. The cost is also independent of σ (8 multiply-adds per
 * sample and direction).
 *
 * <p>The filter is the sum of a causal and an anti-causal recursion, each y[n] = Σ_{m=0..3} b_m·x[n−m] −
 * Σ_{m=1..4} d_m·y[n−m] (mirrored for the anti-causal one), whose combined impulse response fits
 * (a₁cos(w₁x/σ) + b₁sin(w₁x/σ))e^{−l₁x/σ} + (a₂cos(w₂x/σ) + b₂sin(w₂x/σ))e^{−l₂x/σ} to the kernel (Deriche 1993,
 * the constants ITK uses). The numerator is scaled so that the filter's response to a constant (order 0) is that
 * constant, and to x² (order 2) is 2, both computed in closed form from the coefficient sums.
 *
 * <p>Edges: the sample at each end is taken to continue to infinity (edge replication), the recursion started in
 * its steady state for that constant, as ITK does. Lines need at least {@link #MIN_LENGTH} samples.
 *
 * <p>Units: σ and the derivative are in samples. ITK's "normalise across scale" multiplies the second derivative
 * by σ_mm²; converting the per-sample derivative to per-mm (÷ spacing²) is the caller's, as in ITK's Laplacian.
 */
final class RecursiveGaussian {

    /** ITK refuses shorter lines: the recursion's start-up reads four samples. */
    static final int MIN_LENGTH = 4;

    /** Deriche's fitted constants (ITK's), shared by every order: frequencies and decay rates of the two terms. */
    private static final double W1 = 0.6681;
    private static final double L1 = -1.3932;
    private static final double W2 = 2.0787;
    private static final double L2 = -1.3732;
    /** Cosine and sine weights of the two terms for the Gaussian (order 0). */
    private static final double[] GAUSS = {1.3530, 1.8151, -0.3531, 0.0902};
    /** Cosine and sine weights of the two terms for the second derivative (order 2). */
    private static final double[] SECOND = {-1.3563, 5.2318, 0.3446, -2.2355};

    /** Causal numerator n0..n3, anti-causal numerator m1..m4, shared denominator d1..d4. */
    private final double[] n = new double[4];
    private final double[] m = new double[4];
    private final double[] d = new double[4];
    /** Steady-state feedback at the start and the end (the recursion's past outputs for a constant input). */
    private final double[] startFeedback = new double[4];
    private final double[] endFeedback = new double[4];

    private RecursiveGaussian(double sigmaSamples, int order, double scale) {
        if (!(sigmaSamples > 0) || Double.isInfinite(sigmaSamples)) {
            throw new IllegalArgumentException("recursive Gaussian sigma must be positive: " + sigmaSamples);
        }
        double[] dsum = denominator(sigmaSamples);
        double sd = dsum[0];
        double dd = dsum[1];
        double ed = dsum[2];
        if (order == 0) {
            double[] s = numerator(sigmaSamples, GAUSS, n);
            // response to a constant: the causal part's gain S_N/S_D plus the anti-causal part's (which lacks n0)
            double gain = 2 * s[0] / sd - n[0];
            scale(n, scale / gain);
        } else {
            double[] n0 = new double[4];
            double[] s0 = numerator(sigmaSamples, GAUSS, n0);
            double[] s2 = numerator(sigmaSamples, SECOND, n);
            // add the Gaussian so the second-derivative kernel integrates to 0 (annihilates constants)
            double beta = -(2 * s2[0] - sd * n[0]) / (2 * s0[0] - sd * n0[0]);
            double[] s = new double[3];
            for (int t = 0; t < 4; t++) {
                n[t] += beta * n0[t];
            }
            for (int t = 0; t < 3; t++) {
                s[t] = s2[t] + beta * s0[t];
            }
            // response to x²: from the first three moments of numerator and denominator
            double gain = (s[2] * sd * sd - ed * s[0] * sd - 2 * s[1] * dd * sd + 2 * dd * dd * s[0]) / (sd * sd * sd);
            scale(n, scale / gain);
        }
        // symmetric kernels: the anti-causal numerator mirrors the causal one without its centre tap
        for (int t = 0; t < 3; t++) {
            m[t] = n[t + 1] - d[t] * n[0];
        }
        m[3] = -d[3] * n[0];
        double sumN = n[0] + n[1] + n[2] + n[3];
        double sumM = m[0] + m[1] + m[2] + m[3];
        for (int t = 0; t < 4; t++) {
            startFeedback[t] = d[t] * sumN / sd;
            endFeedback[t] = d[t] * sumM / sd;
        }
    }

    /** Smoothing with a Gaussian of {@code sigmaSamples}; a constant line stays that constant. */
    static RecursiveGaussian smoothing(double sigmaSamples) {
        return new RecursiveGaussian(sigmaSamples, 0, 1);
    }

    /**
     * The second derivative (per sample²) of the Gaussian-smoothed line, times {@code scale} (ITK's normalisation
     * across scale passes σ_mm² here).
     */
    static RecursiveGaussian secondDerivative(double sigmaSamples, double scale) {
        return new RecursiveGaussian(sigmaSamples, 2, scale);
    }

    /** Fills d1..d4 and returns the sums S_D = 1 + Σd, D_D = Σ k·d_k, E_D = Σ k²·d_k. */
    private double[] denominator(double sigma) {
        double c1 = Math.cos(W1 / sigma);
        double c2 = Math.cos(W2 / sigma);
        double e1 = Math.exp(L1 / sigma);
        double e2 = Math.exp(L2 / sigma);
        d[0] = -2 * (e2 * c2 + e1 * c1);
        d[1] = 4 * c2 * c1 * e1 * e2 + e1 * e1 + e2 * e2;
        d[2] = -2 * c1 * e1 * e2 * e2 - 2 * c2 * e2 * e1 * e1;
        d[3] = e1 * e1 * e2 * e2;
        return new double[] {1 + d[0] + d[1] + d[2] + d[3], d[0] + 2 * d[1] + 3 * d[2] + 4 * d[3],
                d[0] + 4 * d[1] + 9 * d[2] + 16 * d[3]};
    }

    /**
     * Fills the causal numerator {@code out} for the weights {a1, b1, a2, b2} and returns its sums S_N = Σ n_k,
     * D_N = Σ k·n_k, E_N = Σ k²·n_k.
     */
    private static double[] numerator(double sigma, double[] w, double[] out) {
        double a1 = w[0];
        double b1 = w[1];
        double a2 = w[2];
        double b2 = w[3];
        double s1 = Math.sin(W1 / sigma);
        double s2 = Math.sin(W2 / sigma);
        double c1 = Math.cos(W1 / sigma);
        double c2 = Math.cos(W2 / sigma);
        double e1 = Math.exp(L1 / sigma);
        double e2 = Math.exp(L2 / sigma);
        out[0] = a1 + a2;
        out[1] = e2 * (b2 * s2 - (a2 + 2 * a1) * c2) + e1 * (b1 * s1 - (a1 + 2 * a2) * c1);
        out[2] = 2 * e1 * e2 * ((a1 + a2) * c2 * c1 - b1 * c2 * s1 - b2 * c1 * s2) + a2 * e1 * e1 + a1 * e2 * e2;
        out[3] = e2 * e1 * e1 * (b2 * s2 - a2 * c2) + e1 * e2 * e2 * (b1 * s1 - a1 * c1);
        return new double[] {out[0] + out[1] + out[2] + out[3], out[1] + 2 * out[2] + 3 * out[3],
                out[1] + 4 * out[2] + 9 * out[3]};
    }

    private static void scale(double[] v, double f) {
        for (int t = 0; t < v.length; t++) {
            v[t] *= f;
        }
    }

    /**
     * Filters {@code width} lines of {@code len} samples at once, stored sample-major ({@code in[i·width + w]} is
     * sample i of line w: a plane's rows when filtering across them, so that the inner loops run over contiguous
     * memory), into {@code out}; {@code back} is scratch of the same size. Each line gets exactly the arithmetic of
     * a line filtered alone. Arrays may not alias.
     */
    void filter(double[] in, double[] out, double[] back, int len, int width) {
        if (len < MIN_LENGTH) {
            throw new IllegalArgumentException("a recursive Gaussian needs at least " + MIN_LENGTH + " samples per"
                    + " line, got " + len);
        }
        // causal pass; samples before the first are taken equal to it (the first rows: edge terms explicit)
        for (int i = 0; i < 4; i++) {
            for (int w = 0; w < width; w++) {
                double first = in[w];
                double acc = 0;
                for (int t = 0; t < 4; t++) {
                    acc += n[t] * (i - t >= 0 ? in[(i - t) * width + w] : first);
                }
                for (int t = 0; t < 4; t++) {
                    acc -= i - 1 - t >= 0 ? d[t] * out[(i - 1 - t) * width + w] : startFeedback[t] * first;
                }
                out[i * width + w] = acc;
            }
        }
        double n0 = n[0];
        double n1 = n[1];
        double n2 = n[2];
        double n3 = n[3];
        double d1 = d[0];
        double d2 = d[1];
        double d3 = d[2];
        double d4 = d[3];
        for (int i = 4; i < len; i++) {
            int c = i * width;
            for (int w = 0; w < width; w++) {
                int v = c + w;
                out[v] = (n0 * in[v] + n1 * in[v - width] + n2 * in[v - 2 * width] + n3 * in[v - 3 * width])
                        - (d1 * out[v - width] + d2 * out[v - 2 * width] + d3 * out[v - 3 * width]
                        + d4 * out[v - 4 * width]);
            }
        }
        // anti-causal pass; samples after the last are taken equal to it
        int lastRow = (len - 1) * width;
        for (int i = len - 1; i >= len - 4; i--) {
            for (int w = 0; w < width; w++) {
                double last = in[lastRow + w];
                double acc = 0;
                for (int t = 0; t < 4; t++) {
                    acc += m[t] * (i + 1 + t < len ? in[(i + 1 + t) * width + w] : last);
                }
                for (int t = 0; t < 4; t++) {
                    acc -= i + 1 + t < len ? d[t] * back[(i + 1 + t) * width + w] : endFeedback[t] * last;
                }
                back[i * width + w] = acc;
            }
        }
        double m1 = m[0];
        double m2 = m[1];
        double m3 = m[2];
        double m4 = m[3];
        for (int i = len - 5; i >= 0; i--) {
            int c = i * width;
            for (int w = 0; w < width; w++) {
                int v = c + w;
                back[v] = (m1 * in[v + width] + m2 * in[v + 2 * width] + m3 * in[v + 3 * width]
                        + m4 * in[v + 4 * width]) - (d1 * back[v + width] + d2 * back[v + 2 * width]
                        + d3 * back[v + 3 * width] + d4 * back[v + 4 * width]);
            }
        }
        int count = len * width;
        for (int v = 0; v < count; v++) {
            out[v] += back[v];
        }
    }

    /** One line of {@code len} samples: {@link #filter(double[], double[], double[], int, int)} with width 1. */
    void filter(double[] in, double[] out, double[] back, int len) {
        filter(in, out, back, len, 1);
    }
}
