package org.tacerisk.radiomics.filter;

import org.tacerisk.image.ImageGeometry;

/**
 * IBSI-2 Laplacian of Gaussian (LoG). The kernel is the Laplacian of the normalised Gaussian,
 * {@code h(x) = −(1/σ²) · (d − ‖x‖²/σ²) · exp(−‖x‖²/(2σ²)) / (σ√(2π))^d}, with x and σ in voxel units
 * (σ = σ_mm / spacing per axis) and d = 2 (in-plane, slice by slice) or 3. It is not scale-normalised (no σ²
 * factor): the IBSI-2 reference map of test 2.a (impulse of 255, σ = 1.5 voxels) has its minimum at
 * −255 · 3/σ² / (σ√(2π))³ ≈ −6.40, which only this normalisation gives.
 *
 * <p>The kernel is cut off at a radius of ⌊t·σ + 0.5⌋ voxels per axis (t: the truncation in σ, IBSI-2 uses 4), so
 * it has 1 + 2⌊t·σ + 0.5⌋ taps. Being a sum of d separable terms, {@code ∂²g(x)·g(y)·g(z) + g(x)·∂²g(y)·g(z) +
 * g(x)·g(y)·∂²g(z)}, it is applied as 1D passes (8 in 3D, sharing the Gaussian-smoothed intermediate results).
 */
public final class LogFilter implements ImageFilter {

    /** IBSI-2 cuts the LoG kernel off at 4σ. */
    public static final double DEFAULT_TRUNCATE = 4.0;

    private final double sigmaMm;
    private final double truncate;
    private final boolean twoD;
    private final BoundaryCondition padding;

    public LogFilter(double sigmaMm, double truncate, boolean twoD, BoundaryCondition padding) {
        if (!(sigmaMm > 0) || Double.isInfinite(sigmaMm)) {
            throw new IllegalArgumentException("LoG sigma must be positive: " + sigmaMm);
        }
        if (!(truncate > 0) || Double.isInfinite(truncate)) {
            throw new IllegalArgumentException("LoG truncation must be positive: " + truncate);
        }
        this.sigmaMm = sigmaMm;
        this.truncate = truncate;
        this.twoD = twoD;
        this.padding = padding;
    }

    /** Spec parameters: {@code sigma_mm}, {@code truncate} (cutoff in σ, default 4). */
    static ImageFilter fromSpec(FilterParameters p, boolean twoD, BoundaryCondition padding) {
        double sigma = p.number("sigma_mm");
        if (!(sigma > 0) || Double.isInfinite(sigma)) {
            throw p.bad("sigma_mm", "must be a positive number of mm, not " + sigma);
        }
        double truncate = p.number("truncate", DEFAULT_TRUNCATE);
        if (!(truncate > 0) || Double.isInfinite(truncate)) {
            throw p.bad("truncate", "must be a positive number of sigmas, not " + truncate);
        }
        return new LogFilter(sigma, truncate, twoD, padding);
    }

    @Override
    public float[] apply(float[] image, ImageGeometry grid) {
        Convolution.Dims dims = MeanFilter.dims(grid);
        double[][] g = new double[3][];
        double[][] d2 = new double[3][];
        int axes = twoD ? 2 : 3;
        for (int a = 0; a < axes; a++) {
            double sigma = sigmaMm / grid.spacing(a);
            g[a] = gaussian(sigma, truncate, 0);
            d2[a] = gaussian(sigma, truncate, 2);
        }
        if (twoD) {
            float[] xx = Convolution.alongAxis(Convolution.alongAxis(image, dims, 1, g[1], padding), dims, 0, d2[0],
                    padding);
            float[] yy = Convolution.alongAxis(Convolution.alongAxis(image, dims, 0, g[0], padding), dims, 1, d2[1],
                    padding);
            return add(xx, yy);
        }
        float[] gz = Convolution.alongAxis(image, dims, 2, g[2], padding);
        float[] gyz = Convolution.alongAxis(gz, dims, 1, g[1], padding);
        float[] xx = Convolution.alongAxis(gyz, dims, 0, d2[0], padding);
        float[] yy = Convolution.alongAxis(Convolution.alongAxis(gz, dims, 1, d2[1], padding), dims, 0, g[0],
                padding);
        float[] zz = Convolution.alongAxis(Convolution.alongAxis(
                Convolution.alongAxis(image, dims, 2, d2[2], padding), dims, 1, g[1], padding), dims, 0, g[0], padding);
        return add(add(xx, yy), zz);
    }

    /**
     * Samples of the 1D normalised Gaussian {@code g(x) = exp(−x²/(2σ²)) / (σ√(2π))} (derivative 0) or its second
     * derivative {@code g(x)·(x²/σ⁴ − 1/σ²)} (derivative 2) at x = −R … R, R = ⌊truncate·σ + 0.5⌋ (σ in voxels).
     */
    static double[] gaussian(double sigma, double truncate, int derivative) {
        int radius = (int) Math.floor(truncate * sigma + 0.5);
        double[] h = new double[2 * radius + 1];
        double norm = 1.0 / (sigma * Math.sqrt(2 * Math.PI));
        for (int m = -radius; m <= radius; m++) {
            double x2 = (double) m * m;
            double v = norm * Math.exp(-x2 / (2 * sigma * sigma));
            if (derivative == 2) {
                v *= x2 / (sigma * sigma * sigma * sigma) - 1 / (sigma * sigma);
            }
            h[m + radius] = v;
        }
        return h;
    }

    private static float[] add(float[] a, float[] b) {
        for (int n = 0; n < a.length; n++) {
            a[n] += b[n];
        }
        return a;
    }

    @Override
    public String imageTypeName() {
        // PyRadiomics style: log-sigma-3-0-mm-3D (the decimal point written as a dash).
        String s = java.math.BigDecimal.valueOf(sigmaMm).stripTrailingZeros().toPlainString();
        if (!s.contains(".")) {
            s = s + ".0";
        }
        return "log-sigma-" + s.replace('.', '-') + "-mm" + (twoD ? "-2D" : "-3D");
    }

    @Override
    public String toString() {
        return "LogFilter[sigma " + sigmaMm + " mm, truncate " + truncate + " sigma, " + (twoD ? "2D" : "3D") + ", "
                + padding + "]";
    }
}
