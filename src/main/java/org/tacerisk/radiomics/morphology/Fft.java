package org.tacerisk.radiomics.morphology;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.tacerisk.common.Progress;

/**
 * Forward complex discrete Fourier transform X(f) = Σ x(t) e<sup>−2πi f t / n</sup> for lengths whose prime factors
 * are 2, 3 and 5 (Stockham autosort, mixed radix), in one and three dimensions. Written for the exact
 * inverse-distance sums of Moran's I and Geary's C: zero-padded correlation sizes 2n − 1 rounded up to a 5-smooth
 * length stay within a few per cent of the minimum, where powers of two would cost up to 8 times as much in 3D.
 */
public final class Fft {

    private final int n;
    private final int[] factors;
    /** Per stage, the twiddles ω^(p·k·stride) for p &lt; m and 1 ≤ k &lt; radix, stored at p·(radix − 1) + k − 1. */
    private final double[][] twiddleRe;
    private final double[][] twiddleIm;

    public Fft(int n) {
        if (n < 1 || !isSmooth(n)) {
            throw new IllegalArgumentException("FFT length must be a positive product of 2, 3 and 5: " + n);
        }
        this.n = n;
        List<Integer> f = new ArrayList<>();
        int rest = n;
        for (int p : new int[] {4, 2, 3, 5}) {
            while (rest % p == 0) {
                f.add(p);
                rest /= p;
            }
        }
        factors = f.stream().mapToInt(Integer::intValue).toArray();
        twiddleRe = new double[factors.length][];
        twiddleIm = new double[factors.length][];
        int length = n;
        int stride = 1;
        for (int stage = 0; stage < factors.length; stage++) {
            int radix = factors[stage];
            int m = length / radix;
            double[] re = new double[m * (radix - 1)];
            double[] im = new double[m * (radix - 1)];
            for (int p = 0; p < m; p++) {
                for (int k = 1; k < radix; k++) {
                    double angle = -2 * Math.PI * (((long) p * k * stride) % n) / n;
                    re[p * (radix - 1) + k - 1] = Math.cos(angle);
                    im[p * (radix - 1) + k - 1] = Math.sin(angle);
                }
            }
            twiddleRe[stage] = re;
            twiddleIm[stage] = im;
            length = m;
            stride *= radix;
        }
    }

    /** The smallest length ≥ {@code min} whose only prime factors are 2, 3 and 5. */
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

    public int length() {
        return n;
    }

    /** Transforms (re, im) in place; the work arrays need length ≥ n. */
    public void transform(double[] re, double[] im, double[] workRe, double[] workIm) {
        transform(re, im, workRe, workIm, 1);
    }

    /**
     * Transforms {@code batch} interleaved sequences at once: element t of sequence b is at index b + batch·t.
     * Stockham's stages treat the batch as one more leading stride, so the innermost loops run over contiguous
     * memory; that is how the y and z passes of a 3D transform avoid strided gathers.
     */
    public void transform(double[] re, double[] im, double[] workRe, double[] workIm, int batch) {
        double[] xr = re;
        double[] xi = im;
        double[] yr = workRe;
        double[] yi = workIm;
        int length = n;
        int stride = batch;
        for (int stage = 0; stage < factors.length; stage++) {
            int radix = factors[stage];
            int m = length / radix;
            switch (radix) {
                case 2 -> radix2(xr, xi, yr, yi, m, stride, twiddleRe[stage], twiddleIm[stage]);
                case 3 -> radix3(xr, xi, yr, yi, m, stride, twiddleRe[stage], twiddleIm[stage]);
                case 4 -> radix4(xr, xi, yr, yi, m, stride, twiddleRe[stage], twiddleIm[stage]);
                default -> radix5(xr, xi, yr, yi, m, stride, twiddleRe[stage], twiddleIm[stage]);
            }
            double[] swap = xr;
            xr = yr;
            yr = swap;
            swap = xi;
            xi = yi;
            yi = swap;
            length = m;
            stride *= radix;
        }
        if (xr != re) {
            System.arraycopy(xr, 0, re, 0, n * batch);
            System.arraycopy(xi, 0, im, 0, n * batch);
        }
    }

    // Stockham stage: inputs x[q + s(p + r·m)], outputs y[q + s(radix·p + k)] = ω^(p·k·s) Σ_r x_r ω_radix^(r·k).

    private static void radix2(double[] xr, double[] xi, double[] yr, double[] yi, int m, int s, double[] tr,
            double[] ti) {
        for (int p = 0; p < m; p++) {
            double w1r = tr[p];
            double w1i = ti[p];
            for (int q = 0; q < s; q++) {
                int i0 = q + s * p;
                int i1 = i0 + s * m;
                double ar = xr[i0] - xr[i1];
                double ai = xi[i0] - xi[i1];
                int o = q + s * 2 * p;
                yr[o] = xr[i0] + xr[i1];
                yi[o] = xi[i0] + xi[i1];
                yr[o + s] = ar * w1r - ai * w1i;
                yi[o + s] = ar * w1i + ai * w1r;
            }
        }
    }

    private static void radix3(double[] xr, double[] xi, double[] yr, double[] yi, int m, int s, double[] tr,
            double[] ti) {
        final double c = Math.sqrt(3) / 2;
        for (int p = 0; p < m; p++) {
            double w1r = tr[2 * p];
            double w1i = ti[2 * p];
            double w2r = tr[2 * p + 1];
            double w2i = ti[2 * p + 1];
            for (int q = 0; q < s; q++) {
                int i0 = q + s * p;
                int i1 = i0 + s * m;
                int i2 = i1 + s * m;
                double sr = xr[i1] + xr[i2];
                double si = xi[i1] + xi[i2];
                double dr = xr[i1] - xr[i2];
                double di = xi[i1] - xi[i2];
                double br = xr[i0] - sr / 2;
                double bi = xi[i0] - si / 2;
                double t1r = br + c * di;
                double t1i = bi - c * dr;
                double t2r = br - c * di;
                double t2i = bi + c * dr;
                int o = q + s * 3 * p;
                yr[o] = xr[i0] + sr;
                yi[o] = xi[i0] + si;
                yr[o + s] = t1r * w1r - t1i * w1i;
                yi[o + s] = t1r * w1i + t1i * w1r;
                yr[o + 2 * s] = t2r * w2r - t2i * w2i;
                yi[o + 2 * s] = t2r * w2i + t2i * w2r;
            }
        }
    }

    private static void radix4(double[] xr, double[] xi, double[] yr, double[] yi, int m, int s, double[] tr,
            double[] ti) {
        for (int p = 0; p < m; p++) {
            double w1r = tr[3 * p];
            double w1i = ti[3 * p];
            double w2r = tr[3 * p + 1];
            double w2i = ti[3 * p + 1];
            double w3r = tr[3 * p + 2];
            double w3i = ti[3 * p + 2];
            for (int q = 0; q < s; q++) {
                int i0 = q + s * p;
                int i1 = i0 + s * m;
                int i2 = i1 + s * m;
                int i3 = i2 + s * m;
                double s02r = xr[i0] + xr[i2];
                double s02i = xi[i0] + xi[i2];
                double d02r = xr[i0] - xr[i2];
                double d02i = xi[i0] - xi[i2];
                double s13r = xr[i1] + xr[i3];
                double s13i = xi[i1] + xi[i3];
                double d13r = xr[i1] - xr[i3];
                double d13i = xi[i1] - xi[i3];
                // ω_4 = −i: t1 = d02 − i·d13, t3 = d02 + i·d13
                double t1r = d02r + d13i;
                double t1i = d02i - d13r;
                double t2r = s02r - s13r;
                double t2i = s02i - s13i;
                double t3r = d02r - d13i;
                double t3i = d02i + d13r;
                int o = q + s * 4 * p;
                yr[o] = s02r + s13r;
                yi[o] = s02i + s13i;
                yr[o + s] = t1r * w1r - t1i * w1i;
                yi[o + s] = t1r * w1i + t1i * w1r;
                yr[o + 2 * s] = t2r * w2r - t2i * w2i;
                yi[o + 2 * s] = t2r * w2i + t2i * w2r;
                yr[o + 3 * s] = t3r * w3r - t3i * w3i;
                yi[o + 3 * s] = t3r * w3i + t3i * w3r;
            }
        }
    }

    private static void radix5(double[] xr, double[] xi, double[] yr, double[] yi, int m, int s, double[] tr,
            double[] ti) {
        final double c1 = Math.cos(2 * Math.PI / 5);
        final double c2 = Math.cos(4 * Math.PI / 5);
        final double s1 = Math.sin(2 * Math.PI / 5);
        final double s2 = Math.sin(4 * Math.PI / 5);
        double[] outR = new double[5];
        double[] outI = new double[5];
        for (int p = 0; p < m; p++) {
            for (int q = 0; q < s; q++) {
                int i0 = q + s * p;
                int i1 = i0 + s * m;
                int i2 = i1 + s * m;
                int i3 = i2 + s * m;
                int i4 = i3 + s * m;
                double s14r = xr[i1] + xr[i4];
                double s14i = xi[i1] + xi[i4];
                double d14r = xr[i1] - xr[i4];
                double d14i = xi[i1] - xi[i4];
                double s23r = xr[i2] + xr[i3];
                double s23i = xi[i2] + xi[i3];
                double d23r = xr[i2] - xr[i3];
                double d23i = xi[i2] - xi[i3];
                double ar = xr[i0] + c1 * s14r + c2 * s23r;
                double ai = xi[i0] + c1 * s14i + c2 * s23i;
                double br = xr[i0] + c2 * s14r + c1 * s23r;
                double bi = xi[i0] + c2 * s14i + c1 * s23i;
                // −i·(u + iv) = v − iu
                double er = s1 * d14r + s2 * d23r;
                double ei = s1 * d14i + s2 * d23i;
                double fr = s2 * d14r - s1 * d23r;
                double fi = s2 * d14i - s1 * d23i;
                outR[0] = xr[i0] + s14r + s23r;
                outI[0] = xi[i0] + s14i + s23i;
                outR[1] = ar + ei;
                outI[1] = ai - er;
                outR[4] = ar - ei;
                outI[4] = ai + er;
                outR[2] = br + fi;
                outI[2] = bi - fr;
                outR[3] = br - fi;
                outI[3] = bi + fr;
                int o = q + s * 5 * p;
                yr[o] = outR[0];
                yi[o] = outI[0];
                for (int k = 1; k < 5; k++) {
                    double wr = tr[4 * p + k - 1];
                    double wi = ti[4 * p + k - 1];
                    yr[o + k * s] = outR[k] * wr - outI[k] * wi;
                    yi[o + k * s] = outR[k] * wi + outI[k] * wr;
                }
            }
        }
    }

    /**
     * 3D forward transform in place of an lx × ly × lz array (x fastest), one axis after the other, work spread
     * over the common fork-join pool: x lines one by one, y as batches of whole z-planes, z as batches of columns.
     */
    public static void transform3d(double[] re, double[] im, int lx, int ly, int lz) {
        transform3d(re, im, lx, ly, lz, Progress.NONE);
    }

    /** As {@link #transform3d(double[], double[], int, int, int)}, stopping with {@code Cancelled} on a cancel. */
    public static void transform3d(double[] re, double[] im, int lx, int ly, int lz, Progress progress) {
        int plane = lx * ly;
        int tasks = 4 * Runtime.getRuntime().availableProcessors();
        if (lx > 1) {
            Fft fx = new Fft(lx);
            int lines = ly * lz;
            IntStream.range(0, Math.min(tasks, lines)).parallel().forEach(task -> {
                double[][] buf = new double[4][lx];
                for (int line = task; line < lines; line += tasks) {
                    progress.checkCancelled();
                    gatherTransformScatter(fx, re, im, line * lx, lx, 1, buf);
                }
            });
        }
        if (ly > 1) {
            Fft fy = new Fft(ly);
            IntStream.range(0, lz).parallel().forEach(z -> {
                progress.checkCancelled();
                double[][] buf = new double[4][plane];
                gatherTransformScatter(fy, re, im, z * plane, plane, lx, buf);
            });
        }
        if (lz > 1) {
            Fft fz = new Fft(lz);
            int width = Math.max(1, Math.min(256, plane / Math.max(1, tasks)));
            int chunks = (plane + width - 1) / width;
            IntStream.range(0, chunks).parallel().forEach(chunk -> {
                progress.checkCancelled();
                int c0 = chunk * width;
                int w = Math.min(width, plane - c0);
                double[][] buf = new double[4][w * lz];
                for (int t = 0; t < lz; t++) {
                    System.arraycopy(re, c0 + t * plane, buf[0], t * w, w);
                    System.arraycopy(im, c0 + t * plane, buf[1], t * w, w);
                }
                fz.transform(buf[0], buf[1], buf[2], buf[3], w);
                for (int t = 0; t < lz; t++) {
                    System.arraycopy(buf[0], t * w, re, c0 + t * plane, w);
                    System.arraycopy(buf[1], t * w, im, c0 + t * plane, w);
                }
            });
        }
    }

    /** Copies a contiguous block out, transforms it as {@code batch} interleaved sequences, copies it back. */
    private static void gatherTransformScatter(Fft fft, double[] re, double[] im, int start, int size, int batch,
            double[][] buf) {
        System.arraycopy(re, start, buf[0], 0, size);
        System.arraycopy(im, start, buf[1], 0, size);
        fft.transform(buf[0], buf[1], buf[2], buf[3], batch);
        System.arraycopy(buf[0], 0, re, start, size);
        System.arraycopy(buf[1], 0, im, start, size);
    }
}
