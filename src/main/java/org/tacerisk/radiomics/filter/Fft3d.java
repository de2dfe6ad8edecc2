package org.tacerisk.radiomics.filter;

import java.util.stream.IntStream;
import org.tacerisk.common.Progress;

/**
 * A reusable plan for the 3D (or, slice by slice, 2D in-plane) complex DFT of an nx × ny × nz volume stored with i
 * fastest, then j, then k, as separate real and imaginary arrays. Each axis is transformed with a {@link Fft1d}
 * plan of its own length (any length, no rounding up), lines in parallel. Immutable; thread-safe.
 */
final class Fft3d {

    private static final int LINES_PER_TASK = 64;

    private final int nx;
    private final int ny;
    private final int nz;
    private final boolean inPlaneOnly;
    private final Fft1d[] plans;

    /**
     * @param inPlaneOnly true: transform along i and j only (each axial slice on its own, IBSI-2 "2D" filtering)
     */
    Fft3d(int nx, int ny, int nz, boolean inPlaneOnly) {
        this.nx = nx;
        this.ny = ny;
        this.nz = nz;
        this.inPlaneOnly = inPlaneOnly;
        this.plans = new Fft1d[] {new Fft1d(nx), new Fft1d(ny), new Fft1d(nz)};
    }

    /** A plane of nx × ny for 2D transforms (one slice). */
    static Fft3d plane(int nx, int ny) {
        return new Fft3d(nx, ny, 1, true);
    }

    /** The smallest power of two that is at least {@code n} (radix-2 sizes are the fastest). */
    static int powerOfTwoAtLeast(int n) {
        int p = 1;
        while (p < n) {
            p <<= 1;
        }
        return p;
    }

    int nx() {
        return nx;
    }

    int ny() {
        return ny;
    }

    void forward(double[] re, double[] im) {
        transform(re, im, false, Progress.NONE);
    }

    /** Inverse transform including the 1/(number of points) factor. */
    void inverse(double[] re, double[] im) {
        transform(re, im, true, Progress.NONE);
    }

    /** As {@link #forward(double[], double[])}, checking for a cancel per group of lines. */
    void forward(double[] re, double[] im, Progress progress) {
        transform(re, im, false, progress);
    }

    /** As {@link #inverse(double[], double[])}, checking for a cancel per group of lines. */
    void inverse(double[] re, double[] im, Progress progress) {
        transform(re, im, true, progress);
    }

    private void transform(double[] re, double[] im, boolean inverse, Progress progress) {
        if (re.length != (long) nx * ny * nz || im.length != re.length) {
            throw new IllegalArgumentException("volume of " + re.length + " values for an FFT plan of " + nx + "x" + ny
                    + "x" + nz);
        }
        int axes = inPlaneOnly ? 2 : 3;
        for (int axis = 0; axis < axes; axis++) {
            int n = axis == 0 ? nx : axis == 1 ? ny : nz;
            if (n > 1) {
                alongAxis(re, im, axis, inverse, progress);
            }
        }
    }

    private void alongAxis(double[] re, double[] im, int axis, boolean inverse, Progress progress) {
        Fft1d plan = plans[axis];
        int n = plan.length();
        int stride = axis == 0 ? 1 : axis == 1 ? nx : nx * ny;
        int lines = re.length / n;
        int tasks = (lines + LINES_PER_TASK - 1) / LINES_PER_TASK;
        IntStream.range(0, tasks).parallel().forEach(task -> {
            progress.checkCancelled();
            double[] lr = new double[Math.max(n, 1)];
            double[] li = new double[Math.max(n, 1)];
            int end = Math.min(lines, (task + 1) * LINES_PER_TASK);
            for (int line = task * LINES_PER_TASK; line < end; line++) {
                int start = lineStart(line, axis);
                for (int t = 0, p = start; t < n; t++, p += stride) {
                    lr[t] = re[p];
                    li[t] = im[p];
                }
                if (inverse) {
                    plan.inverse(lr, li);
                } else {
                    plan.forward(lr, li);
                }
                for (int t = 0, p = start; t < n; t++, p += stride) {
                    re[p] = lr[t];
                    im[p] = li[t];
                }
            }
        });
    }

    /** Index of the first voxel of line number {@code line} running along {@code axis}. */
    private int lineStart(int line, int axis) {
        switch (axis) {
            case 0:
                return line * nx;
            case 1: {
                int i = line % nx;
                int k = line / nx;
                return i + k * nx * ny;
            }
            default:
                return line;
        }
    }
}
