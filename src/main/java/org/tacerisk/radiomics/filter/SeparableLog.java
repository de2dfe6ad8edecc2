package org.tacerisk.radiomics.filter;

import java.util.stream.IntStream;
import org.tacerisk.image.ImageGeometry;

/**
 * The IBSI-2 Laplacian of Gaussian (reference manual arXiv:2006.05470, "Laplacian of Gaussian") as the spatial
 * stage of the Riesz-LoG filter: the sum over axes of the second derivative of a sampled, normalised Gaussian along
 * that axis times the Gaussian along the others, with x and σ in voxel units (σ = σ_mm / spacing per axis, no σ²
 * scale normalisation) and taps out to ⌊t·σ + 0.5⌋ voxels (t = truncate, IBSI-2: 4). Second-derivative taps:
 * g(x)·(x²/σ⁴ − 1/σ²), g the Gaussian normalised to sum 1.
 *
 * <p>Kept private to the Riesz filter until the general LoG filter of the filter-core branch is merged; it follows
 * the same definition (checked against IBSI-2 map 2.a in {@code RieszFilterLogTest}).
 */
final class SeparableLog implements ImageFilter {

    private final double sigmaMm;
    private final double truncate;
    private final boolean twoD;
    private final BoundaryCondition padding;

    SeparableLog(double sigmaMm, double truncate, boolean twoD, BoundaryCondition padding) {
        if (!(sigmaMm > 0) || Double.isInfinite(sigmaMm) || !(truncate > 0) || Double.isInfinite(truncate)) {
            throw new IllegalArgumentException("LoG sigma and truncation must be positive: " + sigmaMm + ", "
                    + truncate);
        }
        this.sigmaMm = sigmaMm;
        this.truncate = truncate;
        this.twoD = twoD;
        this.padding = padding;
    }

    /** Sampled Gaussian (order 0) or its second derivative (order 2), σ in voxels. */
    static double[] kernel(double sigma, double truncate, int order) {
        int radius = (int) (truncate * sigma + 0.5);
        double[] g = new double[2 * radius + 1];
        double sum = 0;
        for (int x = -radius; x <= radius; x++) {
            g[x + radius] = Math.exp(-0.5 * x * x / (sigma * sigma));
            sum += g[x + radius];
        }
        for (int x = -radius; x <= radius; x++) {
            double w = g[x + radius] / sum;
            g[x + radius] = order == 0 ? w : w * (x * x / Math.pow(sigma, 4) - 1 / (sigma * sigma));
        }
        return g;
    }

    @Override
    public float[] apply(float[] image, ImageGeometry grid) {
        int[] n = {grid.nx(), grid.ny(), grid.nz()};
        int axes = twoD ? 2 : 3;
        double[][] g = new double[3][];
        double[][] d2 = new double[3][];
        for (int a = 0; a < axes; a++) {
            double sigma = sigmaMm / grid.spacing(a);
            g[a] = kernel(sigma, truncate, 0);
            d2[a] = kernel(sigma, truncate, 2);
        }
        float[] sum = new float[image.length];
        for (int term = 0; term < axes; term++) {
            float[] v = image;
            for (int a = axes - 1; a >= 0; a--) {
                v = convolve(v, n, a, a == term ? d2[a] : g[a]);
            }
            for (int p = 0; p < sum.length; p++) {
                sum[p] += v[p];
            }
        }
        return sum;
    }

    private float[] convolve(float[] in, int[] n, int axis, double[] k) {
        int len = n[axis];
        int stride = axis == 0 ? 1 : axis == 1 ? n[0] : n[0] * n[1];
        int radius = k.length / 2;
        float[] out = new float[in.length];
        int lines = in.length / len;
        IntStream.range(0, lines).parallel().forEach(line -> {
            int start = axis == 0 ? line * len : axis == 1 ? line % n[0] + line / n[0] * n[0] * n[1] : line;
            for (int t = 0; t < len; t++) {
                double acc = 0;
                for (int d = -radius; d <= radius; d++) {
                    int s = padding.resolve(t - d, len);
                    if (s >= 0) {
                        acc += k[d + radius] * in[start + s * stride];
                    }
                }
                out[start + t * stride] = (float) acc;
            }
        });
        return out;
    }

    @Override
    public String imageTypeName() {
        return "log-sigma-" + Double.toString(sigmaMm).replace('.', '-') + "-mm" + (twoD ? "-2D" : "-3D");
    }
}
