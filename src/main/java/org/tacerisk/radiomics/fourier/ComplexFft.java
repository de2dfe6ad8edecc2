package org.tacerisk.radiomics.fourier;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jtransforms.fft.DoubleFFT_1D;
import org.jtransforms.fft.DoubleFFT_2D;
import org.jtransforms.fft.DoubleFFT_3D;
import org.tacerisk.common.Progress;
import pl.edu.icm.jlargearrays.ConcurrencyUtils;

/**
 * The one complex FFT of the code base (issue 18; it replaced a mixed-radix FFT for Moran's I and Geary's C and a
 * Bluestein FFT for the Fourier-domain filters): the DFT {@code X[k] = Σ_j x[j]·exp(−2πi·j·k/n)} of an
 * nx × ny × nz volume (i fastest, then j, then k) in split real and imaginary arrays, forward and inverse (with
 * the 1/N factor), in 3D or slice by slice in-plane (IBSI-2 "2D"). Any size; JTransforms 3.1 does the work
 * (mixed radix 2, 3, 4, 5, Bluestein for other factors), which was as fast as or faster than both hand-written
 * FFTs on every size we transform (docs/performance.md, "One FFT"). Plans are immutable and thread-safe.
 *
 * <p>JTransforms multithreads large transforms on a pool of its own; that pool is replaced once, here, by one of
 * daemon threads, so that a finished command's JVM exits at once instead of waiting for idle pool threads.
 */
public final class ComplexFft {

    static {
        ExecutorService daemons = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "tacerisk-fft");
            t.setDaemon(true);
            return t;
        });
        ConcurrencyUtils.setThreadPool(daemons);
    }

    private final int nx;
    private final int ny;
    private final int nz;
    private final boolean inPlaneOnly;

    /**
     * @param inPlaneOnly true: transform along i and j only (each axial slice on its own, IBSI-2 "2D" filtering)
     */
    public ComplexFft(int nx, int ny, int nz, boolean inPlaneOnly) {
        if (nx < 1 || ny < 1 || nz < 1) {
            throw new IllegalArgumentException("FFT sizes must be positive: " + nx + "x" + ny + "x" + nz);
        }
        this.nx = nx;
        this.ny = ny;
        this.nz = nz;
        this.inPlaneOnly = inPlaneOnly;
    }

    /** A plane of nx × ny (one slice, 2D transform). */
    public static ComplexFft plane(int nx, int ny) {
        return new ComplexFft(nx, ny, 1, true);
    }

    /** The smallest power of two that is at least {@code n} (radix-2 sizes are the fastest). */
    public static int powerOfTwoAtLeast(int n) {
        int p = 1;
        while (p < n) {
            p <<= 1;
        }
        return p;
    }

    /**
     * The smallest length ≥ {@code min} whose only prime factors are 2, 3 and 5: zero-padded correlation sizes
     * rounded up to it stay within a few per cent of the minimum, where powers of two would cost up to 8 times as
     * much in 3D.
     */
    public static int goodSize(int min) {
        int size = Math.max(1, min);
        while (!isSmooth(size)) {
            size++;
        }
        return size;
    }

    private static boolean isSmooth(int value) {
        for (int p : new int[] {2, 3, 5}) {
            while (value % p == 0) {
                value /= p;
            }
        }
        return value == 1;
    }

    public int nx() {
        return nx;
    }

    public int ny() {
        return ny;
    }

    public int nz() {
        return nz;
    }

    public void forward(double[] re, double[] im) {
        forward(re, im, Progress.NONE);
    }

    /** Inverse transform including the 1/(number of points) factor. */
    public void inverse(double[] re, double[] im) {
        inverse(re, im, Progress.NONE);
    }

    /** As {@link #forward(double[], double[])}, checking for a cancel before and after (and between slices). */
    public void forward(double[] re, double[] im, Progress progress) {
        transform(re, im, false, progress);
    }

    /** As {@link #inverse(double[], double[])}, checking for a cancel before and after (and between slices). */
    public void inverse(double[] re, double[] im, Progress progress) {
        transform(re, im, true, progress);
    }

    private void transform(double[] re, double[] im, boolean inverse, Progress progress) {
        if (re.length != (long) nx * ny * nz || im.length != re.length) {
            throw new IllegalArgumentException("volume of " + re.length + " values for an FFT plan of " + nx + "x" + ny
                    + "x" + nz);
        }
        progress.checkCancelled();
        boolean threeD = !inPlaneOnly && nz > 1;
        if (threeD && nx > 1 && ny > 1) {
            double[] a = interleave(re, im, 0, re.length);
            DoubleFFT_3D fft = new DoubleFFT_3D(nz, ny, nx);
            if (inverse) {
                fft.complexInverse(a, true);
            } else {
                fft.complexForward(a);
            }
            split(a, re, im, 0);
        } else if (nx > 1 && ny > 1) {
            // each slice in-plane, then (3D with a thin axis only) along k
            DoubleFFT_2D fft = new DoubleFFT_2D(ny, nx);
            int plane = nx * ny;
            for (int k = 0; k < nz; k++) {
                progress.checkCancelled();
                double[] a = interleave(re, im, k * plane, plane);
                if (inverse) {
                    fft.complexInverse(a, true);
                } else {
                    fft.complexForward(a);
                }
                split(a, re, im, k * plane);
            }
            if (threeD) {
                alongAxis(re, im, 2, inverse);
            }
        } else {
            // a line or a thin slab: axis by axis
            for (int axis = 0; axis < (inPlaneOnly ? 2 : 3); axis++) {
                alongAxis(re, im, axis, inverse);
            }
        }
        progress.checkCancelled();
    }

    /** 1D transforms of every line along {@code axis} (used only where a dimension is 1). */
    private void alongAxis(double[] re, double[] im, int axis, boolean inverse) {
        int n = axis == 0 ? nx : axis == 1 ? ny : nz;
        if (n == 1) {
            return;
        }
        int stride = axis == 0 ? 1 : axis == 1 ? nx : nx * ny;
        DoubleFFT_1D fft = new DoubleFFT_1D(n);
        double[] a = new double[2 * n];
        for (int start = 0; start < re.length; start++) {
            if ((start / stride) % n != 0) {
                continue; // not the first voxel of a line along this axis
            }
            for (int t = 0, p = start; t < n; t++, p += stride) {
                a[2 * t] = re[p];
                a[2 * t + 1] = im[p];
            }
            if (inverse) {
                fft.complexInverse(a, true);
            } else {
                fft.complexForward(a);
            }
            for (int t = 0, p = start; t < n; t++, p += stride) {
                re[p] = a[2 * t];
                im[p] = a[2 * t + 1];
            }
        }
    }

    private static double[] interleave(double[] re, double[] im, int from, int count) {
        double[] a = new double[2 * count];
        for (int v = 0; v < count; v++) {
            a[2 * v] = re[from + v];
            a[2 * v + 1] = im[from + v];
        }
        return a;
    }

    private static void split(double[] a, double[] re, double[] im, int from) {
        int count = a.length / 2;
        for (int v = 0; v < count; v++) {
            re[from + v] = a[2 * v];
            im[from + v] = a[2 * v + 1];
        }
    }
}
