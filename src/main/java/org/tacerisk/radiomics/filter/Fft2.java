package org.tacerisk.radiomics.filter;

/**
 * In-place radix-2 complex FFT of a 2D array (rows of {@code nx} values, {@code ny} rows, both powers of two),
 * split into real and imaginary arrays. Used by {@link GaborFilter} for circular convolution of a padded image
 * plane with a kernel (the caller pads so that the wrap-around never reaches the voxels it keeps).
 */
final class Fft2 {

    private final int nx;
    private final int ny;
    private final double[] cosX;
    private final double[] sinX;
    private final double[] cosY;
    private final double[] sinY;

    Fft2(int nx, int ny) {
        if (Integer.bitCount(nx) != 1 || Integer.bitCount(ny) != 1) {
            throw new IllegalArgumentException("FFT sizes must be powers of two: " + nx + "x" + ny);
        }
        this.nx = nx;
        this.ny = ny;
        cosX = new double[nx / 2];
        sinX = new double[nx / 2];
        cosY = new double[ny / 2];
        sinY = new double[ny / 2];
        twiddles(nx, cosX, sinX);
        twiddles(ny, cosY, sinY);
    }

    /** The smallest power of two that is at least {@code n}. */
    static int size(int n) {
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

    /** Forward (e^{-i...}) transform when {@code inverse} is false; the inverse includes the 1/(nx·ny) factor. */
    void transform(double[] re, double[] im, boolean inverse) {
        double[] rowRe = new double[nx];
        double[] rowIm = new double[nx];
        for (int y = 0; y < ny; y++) {
            int base = y * nx;
            System.arraycopy(re, base, rowRe, 0, nx);
            System.arraycopy(im, base, rowIm, 0, nx);
            fft1(rowRe, rowIm, cosX, sinX, inverse);
            System.arraycopy(rowRe, 0, re, base, nx);
            System.arraycopy(rowIm, 0, im, base, nx);
        }
        double[] colRe = new double[ny];
        double[] colIm = new double[ny];
        for (int x = 0; x < nx; x++) {
            for (int y = 0; y < ny; y++) {
                colRe[y] = re[y * nx + x];
                colIm[y] = im[y * nx + x];
            }
            fft1(colRe, colIm, cosY, sinY, inverse);
            for (int y = 0; y < ny; y++) {
                re[y * nx + x] = colRe[y];
                im[y * nx + x] = colIm[y];
            }
        }
        if (inverse) {
            double scale = 1.0 / ((double) nx * ny);
            for (int n = 0; n < re.length; n++) {
                re[n] *= scale;
                im[n] *= scale;
            }
        }
    }

    private static void twiddles(int n, double[] c, double[] s) {
        for (int k = 0; k < n / 2; k++) {
            double a = -2 * Math.PI * k / n;
            c[k] = Math.cos(a);
            s[k] = Math.sin(a);
        }
    }

    /** Iterative Cooley-Tukey, decimation in time, bit-reversed input order. */
    private static void fft1(double[] re, double[] im, double[] cos, double[] sin, boolean inverse) {
        int n = re.length;
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) {
                j ^= bit;
            }
            j ^= bit;
            if (i < j) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
        double sign = inverse ? -1 : 1;
        for (int len = 2; len <= n; len <<= 1) {
            int half = len >> 1;
            int step = n / len;
            for (int start = 0; start < n; start += len) {
                for (int k = 0; k < half; k++) {
                    double wr = cos[k * step];
                    double wi = sign * sin[k * step];
                    int a = start + k;
                    int b = a + half;
                    double xr = re[b] * wr - im[b] * wi;
                    double xi = re[b] * wi + im[b] * wr;
                    re[b] = re[a] - xr;
                    im[b] = im[a] - xi;
                    re[a] += xr;
                    im[a] += xi;
                }
            }
        }
    }
}
