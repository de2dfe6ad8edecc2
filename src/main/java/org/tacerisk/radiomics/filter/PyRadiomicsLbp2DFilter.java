package org.tacerisk.radiomics.filter;

import java.util.Locale;
import org.tacerisk.image.ImageGeometry;

/**
 * PyRadiomics' LBP2D image type ({@code imageoperations.getLBP2DImage} of PyRadiomics 3.1.0): scikit-image's
 * {@code local_binary_pattern} on every axial slice (rows y, columns x), for {@code conventions: pyradiomics}.
 *
 * <p>Per pixel (r, c): P samples at (r − R sin(2πi/P), c + R cos(2πi/P)), the offsets rounded to 5 decimals as
 * NumPy rounds, each bilinearly interpolated with 0 outside the slice; sample i counts as 1 when it is ≥ the centre.
 * Then, as scikit-image codes it: {@code default} Σ 2^i; {@code ror} the smallest of its P rotations;
 * {@code uniform} the number of ones when at most 2 of the P − 1 neighbouring pairs differ (the pair (P−1, 0) is not
 * counted, as in scikit-image), else P + 1; {@code nri_uniform} scikit-image's index of uniform patterns with
 * rotation. The values are small integers, the same whether the image is float or 16-bit.
 */
public final class PyRadiomicsLbp2DFilter implements ImageFilter {

    /** scikit-image's methods this filter computes ('var' divides by a variance that is 0 on flat regions). */
    public enum Method { DEFAULT, ROR, UNIFORM, NRI_UNIFORM }

    private final double radius;
    private final int samples;
    private final Method method;
    private final double[] rowOffset;
    private final double[] columnOffset;

    public PyRadiomicsLbp2DFilter(double radius, int samples, Method method) {
        if (!(radius > 0) || Double.isInfinite(radius)) {
            throw new IllegalArgumentException("lbp2DRadius must be positive, not " + radius);
        }
        if (samples < 1 || samples > 31) {
            throw new IllegalArgumentException("lbp2DSamples must be 1 to 31, not " + samples);
        }
        this.radius = radius;
        this.samples = samples;
        this.method = method;
        rowOffset = new double[samples];
        columnOffset = new double[samples];
        for (int i = 0; i < samples; i++) {
            double angle = 2 * Math.PI * i / samples;
            rowOffset[i] = roundTo5(-radius * Math.sin(angle));
            columnOffset[i] = roundTo5(radius * Math.cos(angle));
        }
    }

    /** NumPy's round(x, 5): x · 10⁵ rounded half to even, divided back. */
    static double roundTo5(double x) {
        return Math.rint(x * 100000.0) / 100000.0;
    }

    /** Spec parameters: {@code radius} (1), {@code samples} (8), {@code method} (uniform). */
    static ImageFilter fromSpec(FilterParameters p, boolean twoD, BoundaryCondition padding) {
        String name = p.string("method", "uniform").trim().toUpperCase(Locale.ROOT);
        Method m;
        try {
            m = Method.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw p.bad("method", "must be default, ror, uniform or nri_uniform (var is not supported: it divides"
                    + " by the neighbourhood's variance, which is 0 on flat regions), not " + name.toLowerCase(
                    Locale.ROOT));
        }
        try {
            return new PyRadiomicsLbp2DFilter(p.number("radius", 1), p.integer("samples", 8), m);
        } catch (IllegalArgumentException e) {
            throw p.bad("samples", e.getMessage());
        }
    }

    @Override
    public String imageTypeName() {
        return "lbp-2D";
    }

    @Override
    public float[] apply(float[] image, ImageGeometry grid) {
        int cols = grid.nx();
        int rows = grid.ny();
        int plane = cols * rows;
        float[] out = new float[image.length];
        double[] slice = new double[plane];
        int[] bits = new int[samples];
        for (int k = 0; k < grid.nz(); k++) {
            for (int n = 0; n < plane; n++) {
                slice[n] = image[k * plane + n];
            }
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    double centre = slice[r * cols + c];
                    for (int i = 0; i < samples; i++) {
                        double t = bilinear(slice, rows, cols, r + rowOffset[i], c + columnOffset[i]);
                        bits[i] = t - centre >= 0 ? 1 : 0;
                    }
                    out[k * plane + r * cols + c] = code(bits);
                }
            }
        }
        return out;
    }

    /** scikit-image's bilinear_interpolation with mode 'C' (constant 0 outside). */
    private static double bilinear(double[] image, int rows, int cols, double r, double c) {
        long minR = (long) Math.floor(r);
        long minC = (long) Math.floor(c);
        long maxR = (long) Math.ceil(r);
        long maxC = (long) Math.ceil(c);
        double dr = r - minR;
        double dc = c - minC;
        double topLeft = pixel(image, rows, cols, minR, minC);
        double topRight = pixel(image, rows, cols, minR, maxC);
        double bottomLeft = pixel(image, rows, cols, maxR, minC);
        double bottomRight = pixel(image, rows, cols, maxR, maxC);
        double top = (1 - dc) * topLeft + dc * topRight;
        double bottom = (1 - dc) * bottomLeft + dc * bottomRight;
        return (1 - dr) * top + dr * bottom;
    }

    private static double pixel(double[] image, int rows, int cols, long r, long c) {
        return r < 0 || r >= rows || c < 0 || c >= cols ? 0 : image[(int) (r * cols + c)];
    }

    /** The pattern's code for this filter's method (scikit-image's _local_binary_pattern). */
    int code(int[] bits) {
        int p = samples;
        if (method == Method.DEFAULT || method == Method.ROR) {
            int lbp = 0;
            for (int i = 0; i < p; i++) {
                lbp += bits[i] << i;
            }
            if (method == Method.ROR) {
                int smallest = lbp;
                int rotated = lbp;
                for (int i = 1; i < p; i++) {
                    rotated = (rotated >>> 1) | ((rotated & 1) << (p - 1));
                    smallest = Math.min(smallest, rotated);
                }
                return smallest;
            }
            return lbp;
        }
        int changes = 0;
        int ones = 0;
        for (int i = 0; i < p - 1; i++) {
            changes += Math.abs(bits[i] - bits[i + 1]);
        }
        for (int i = 0; i < p; i++) {
            ones += bits[i];
        }
        if (method == Method.UNIFORM) {
            return changes <= 2 ? ones : p + 1;
        }
        if (changes > 2) {
            return p * (p - 1) + 2;
        }
        if (ones == 0) {
            return 0;
        }
        if (ones == p) {
            return p * (p - 1) + 1;
        }
        int firstOne = -1;
        int firstZero = -1;
        for (int i = 0; i < p; i++) {
            if (bits[i] == 1 && firstOne < 0) {
                firstOne = i;
            } else if (bits[i] == 0 && firstZero < 0) {
                firstZero = i;
            }
        }
        int rotation = firstOne == 0 ? ones - firstZero : p - firstOne;
        return 1 + (ones - 1) * p + rotation;
    }

    @Override
    public String toString() {
        return "PyRadiomics LBP2D (radius " + radius + ", " + samples + " samples, " + method.name().toLowerCase(
                Locale.ROOT) + ")";
    }
}
