package org.tacerisk.radiomics;

/**
 * Where the new grid's points fall along one axis, as taps (original voxel indices) and weights. Interpolation on
 * a regular grid is a tensor product, so linear (bilinear, trilinear), nearest-neighbour and cubic B-spline
 * interpolation are all three one-dimensional passes with these taps ({@link SeparableResampler}).
 *
 * <p>Taps are clamped to the original axis: points outside it take the edge value, which is IBSI-1's recommended
 * extrapolation ("padding the original grid with the intensities at the boundary", 026Q). Tap indices are stored
 * relative to {@link #sourceLo()}, the first original index any point needs, so callers copy only that box.
 */
final class AxisSampling {

    private final int count;
    private final int taps;
    private final int[] index;
    private final double[] weight;
    private final int sourceLo;
    private final int sourceHi;

    private AxisSampling(int count, int taps, int[] index, double[] weight) {
        this.count = count;
        this.taps = taps;
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (int t : index) {
            lo = Math.min(lo, t);
            hi = Math.max(hi, t);
        }
        for (int n = 0; n < index.length; n++) {
            index[n] -= lo;
        }
        this.index = index;
        this.weight = weight;
        this.sourceLo = lo;
        this.sourceHi = hi;
    }

    /**
     * Sampling of new points {@code lo..hi} of {@code grid} along {@code axis}, on an original axis of
     * {@code length} voxels. An axis the grid leaves unchanged is copied exactly whatever the method.
     */
    static AxisSampling of(InterpolationGrid grid, int axis, int lo, int hi, int length, InterpolationMethod method) {
        int count = hi - lo + 1;
        if (grid.unchanged(axis) || method == InterpolationMethod.NEAREST) {
            int[] index = new int[count];
            for (int n = 0; n < count; n++) {
                double c = grid.sourceCoordinate(axis, lo + n);
                // half-way points go to the higher voxel (floor(c + 0.5)); exact for an unchanged axis
                index[n] = clamp((int) Math.floor(c + 0.5), length);
            }
            double[] weight = new double[count];
            java.util.Arrays.fill(weight, 1.0);
            return new AxisSampling(count, 1, index, weight);
        }
        if (method == InterpolationMethod.LINEAR) {
            int[] index = new int[2 * count];
            double[] weight = new double[2 * count];
            for (int n = 0; n < count; n++) {
                double c = Math.min(Math.max(grid.sourceCoordinate(axis, lo + n), 0), length - 1);
                int i0 = (int) Math.floor(c);
                double f = c - i0;
                index[2 * n] = i0;
                index[2 * n + 1] = Math.min(i0 + 1, length - 1);
                weight[2 * n] = 1 - f;
                weight[2 * n + 1] = f;
            }
            return new AxisSampling(count, 2, index, weight);
        }
        throw new IllegalArgumentException("use CubicBSpline for " + method);
    }

    /** Cubic B-spline taps on a coefficient line padded by {@code pad} voxels each side (see CubicBSpline). */
    static AxisSampling cubic(InterpolationGrid grid, int axis, int lo, int hi, int length, int pad) {
        int count = hi - lo + 1;
        int[] index = new int[4 * count];
        double[] weight = new double[4 * count];
        for (int n = 0; n < count; n++) {
            // beyond the edge the padded (edge-valued) coefficients take over; stay inside the padding
            double c = Math.min(Math.max(grid.sourceCoordinate(axis, lo + n), -pad + 2), length - 1 + pad - 3);
            int i1 = (int) Math.floor(c);
            double t = c - i1;
            double[] w = CubicBSpline.weights(t);
            for (int q = 0; q < 4; q++) {
                index[4 * n + q] = i1 - 1 + q + pad;
                weight[4 * n + q] = w[q];
            }
        }
        return new AxisSampling(count, 4, index, weight);
    }

    private static int clamp(int i, int length) {
        return Math.min(Math.max(i, 0), length - 1);
    }

    int count() {
        return count;
    }

    int taps() {
        return taps;
    }

    int index(int n) {
        return index[n];
    }

    double weight(int n) {
        return weight[n];
    }

    /** First original (or padded-coefficient) index needed. */
    int sourceLo() {
        return sourceLo;
    }

    /** Number of original indices from {@link #sourceLo()} on that are needed. */
    int sourceLength() {
        return sourceHi - sourceLo + 1;
    }
}
