package org.tacerisk.radiomics.filter;

import java.util.stream.IntStream;
import org.tacerisk.common.Progress;

/**
 * Separable convolution of a float volume (voxel i fastest, then j, then k) with 1D kernels along x (0), y (1) or
 * z (2), the image extended beyond its edges by a {@link BoundaryCondition} (IBSI-2 "boundary conditions").
 *
 * <p>Padding the whole volume and then convolving axis by axis gives exactly what this class does, padding each
 * line as it is filtered: every IBSI-2 boundary rule maps an outside index per axis independently (zero padding is
 * a product of per-axis indicators), so a line outside the image along y after an x pass is the x-filtered line it
 * stands for. "2D" (slice-wise, in-plane) filtering is therefore simply the x and y passes without the z pass.
 *
 * <p>Kernels are convolved, not correlated: {@code out[i] = Σ_m h[m] · in[i + c − m]} with {@code c} the kernel's
 * centre index ((length − 1) / 2; kernels have odd length). Lines are processed in parallel; arithmetic is in
 * double, results are stored as float.
 */
public final class Convolution {

    private Convolution() {
    }

    /** Grid sizes along x, y and z. */
    public record Dims(int nx, int ny, int nz) {
        public Dims {
            if (nx <= 0 || ny <= 0 || nz <= 0) {
                throw new IllegalArgumentException("grid size must be positive: " + nx + "x" + ny + "x" + nz);
            }
        }

        public int size(int axis) {
            return axis == 0 ? nx : axis == 1 ? ny : nz;
        }

        public int count() {
            return nx * ny * nz;
        }
    }

    /**
     * Convolves every line along {@code axis} with {@code kernel} (odd length, centred). Returns a new array; the
     * input is not changed.
     */
    public static float[] alongAxis(float[] in, Dims dims, int axis, double[] kernel, BoundaryCondition padding) {
        return alongAxis(in, dims, axis, kernel, padding, Progress.NONE);
    }

    /** As {@link #alongAxis(float[], Dims, int, double[], BoundaryCondition)}, checking for a cancel per plane. */
    public static float[] alongAxis(float[] in, Dims dims, int axis, double[] kernel, BoundaryCondition padding,
            Progress progress) {
        if (kernel.length % 2 == 0) {
            throw new IllegalArgumentException("kernel length must be odd: " + kernel.length);
        }
        if (in.length != dims.count()) {
            throw new IllegalArgumentException("image has " + in.length + " voxels, grid needs " + dims.count());
        }
        float[] out = new float[in.length];
        int n = dims.size(axis);
        int stride = axis == 0 ? 1 : axis == 1 ? dims.nx() : dims.nx() * dims.ny();
        // Lines along x start at j·nx + k·nx·ny; along y at i + k·nx·ny; along z at i + j·nx. Parallel over the
        // outer index of the two that are not the filtering axis (one task per plane, each with its own buffer).
        int outer = axis == 2 ? dims.ny() : dims.nz();
        int inner = axis == 0 ? dims.ny() : dims.nx();
        int outerStride = axis == 2 ? dims.nx() : dims.nx() * dims.ny();
        int innerStride = axis == 0 ? dims.nx() : 1;
        double[] reversed = reverse(kernel);
        int radius = kernel.length / 2;
        IntStream.range(0, outer).parallel().forEach(o -> {
            progress.checkCancelled();
            double[] line = new double[n + 2 * radius];
            for (int q = 0; q < inner; q++) {
                int start = o * outerStride + q * innerStride;
                convolveLine(in, out, start, stride, n, reversed, radius, padding, line);
            }
        });
        return out;
    }

    /**
     * Applies one 1D kernel per axis in turn (x, y, then z); a null kernel skips that axis (e.g. z for 2D filters).
     */
    public static float[] separable(float[] in, Dims dims, double[][] kernels, BoundaryCondition padding) {
        return separable(in, dims, kernels, padding, Progress.NONE);
    }

    /** As {@link #separable(float[], Dims, double[][], BoundaryCondition)}, checking for a cancel per plane. */
    public static float[] separable(float[] in, Dims dims, double[][] kernels, BoundaryCondition padding,
            Progress progress) {
        float[] current = in;
        for (int axis = 0; axis < 3; axis++) {
            if (kernels[axis] != null) {
                current = alongAxis(current, dims, axis, kernels[axis], padding, progress);
            }
        }
        return current == in ? in.clone() : current;
    }

    /** {@code h} reversed (convolution with h is correlation with its reverse). */
    public static double[] reverse(double[] h) {
        double[] r = new double[h.length];
        for (int m = 0; m < h.length; m++) {
            r[m] = h[h.length - 1 - m];
        }
        return r;
    }

    private static void convolveLine(float[] in, float[] out, int start, int stride, int n, double[] taps,
            int radius, BoundaryCondition padding, double[] line) {
        // Padded copy of the line: line[p] holds position p − radius.
        for (int p = 0, total = n + 2 * radius; p < total; p++) {
            int src = padding.resolve(p - radius, n);
            line[p] = src < 0 ? 0.0 : in[start + src * stride];
        }
        int width = taps.length;
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int t = 0; t < width; t++) {
                sum += taps[t] * line[i + t];
            }
            out[start + i * stride] = (float) sum;
        }
    }
}
