package org.tacerisk.radiomics.filter;

/**
 * A reusable plan for the complex discrete Fourier transform of one length n (any n ≥ 1):
 * {@code X[k] = Σ_j x[j]·exp(−2πi·jk/n)} forward, and the inverse with the 1/n factor. Powers of two use an
 * iterative radix-2 transform; other lengths use Bluestein's chirp-z identity
 * {@code jk = (j² + k² − (k−j)²)/2}, which turns the transform into a circular convolution of power-of-two length.
 * Used by the Fourier-domain IBSI-2 filters (Simoncelli wavelets, Riesz transforms), which must work on the image
 * size itself (periodic boundary) and so cannot round it up. Immutable; thread-safe (work arrays are per call).
 */
final class Fft1d {

    private final int n;
    private final boolean powerOfTwo;
    /** Radix-2 tables for length {@code m}: cos and −sin of 2πk/m, k < m/2, and the bit-reversal permutation. */
    private final int m;
    private final double[] cos;
    private final double[] sin;
    private final int[] reversed;
    /** Bluestein: chirp w_j = exp(−iπ j²/n) and the transform of the conjugate chirp (length m). */
    private final double[] chirpRe;
    private final double[] chirpIm;
    private final double[] kernelRe;
    private final double[] kernelIm;

    Fft1d(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("FFT length must be positive: " + n);
        }
        this.n = n;
        this.powerOfTwo = Integer.bitCount(n) == 1;
        this.m = powerOfTwo ? n : Integer.highestOneBit(2 * n - 1) << 1;
        this.cos = new double[Math.max(1, m / 2)];
        this.sin = new double[Math.max(1, m / 2)];
        for (int k = 0; k < m / 2; k++) {
            double a = 2 * Math.PI * k / m;
            cos[k] = Math.cos(a);
            sin[k] = -Math.sin(a);
        }
        int bits = Integer.numberOfTrailingZeros(m);
        this.reversed = new int[m];
        for (int k = 0; k < m; k++) {
            reversed[k] = bits == 0 ? 0 : Integer.reverse(k) >>> (32 - bits);
        }
        if (powerOfTwo) {
            chirpRe = chirpIm = kernelRe = kernelIm = null;
        } else {
            chirpRe = new double[n];
            chirpIm = new double[n];
            for (int j = 0; j < n; j++) {
                // j² mod 2n keeps the angle small and exact for large j.
                double a = Math.PI * (double) (((long) j * j) % (2L * n)) / n;
                chirpRe[j] = Math.cos(a);
                chirpIm[j] = -Math.sin(a);
            }
            kernelRe = new double[m];
            kernelIm = new double[m];
            for (int j = 0; j < n; j++) {
                kernelRe[j] = chirpRe[j];
                kernelIm[j] = -chirpIm[j];
                if (j > 0) {
                    kernelRe[m - j] = chirpRe[j];
                    kernelIm[m - j] = -chirpIm[j];
                }
            }
            radix2(kernelRe, kernelIm);
        }
    }

    int length() {
        return n;
    }

    /** In-place forward transform of {@code re[0..n)}, {@code im[0..n)}. */
    void forward(double[] re, double[] im) {
        if (powerOfTwo) {
            radix2(re, im);
        } else {
            bluestein(re, im);
        }
    }

    /** In-place inverse transform (with the 1/n factor): the conjugate of the forward transform of the conjugate. */
    void inverse(double[] re, double[] im) {
        for (int k = 0; k < n; k++) {
            im[k] = -im[k];
        }
        forward(re, im);
        double scale = 1.0 / n;
        for (int k = 0; k < n; k++) {
            re[k] *= scale;
            im[k] = -im[k] * scale;
        }
    }

    private void radix2(double[] re, double[] im) {
        for (int k = 0; k < m; k++) {
            int r = reversed[k];
            if (r > k) {
                double t = re[k];
                re[k] = re[r];
                re[r] = t;
                t = im[k];
                im[k] = im[r];
                im[r] = t;
            }
        }
        for (int half = 1; half < m; half <<= 1) {
            int step = m / (2 * half);
            for (int start = 0; start < m; start += 2 * half) {
                for (int k = 0; k < half; k++) {
                    double wr = cos[k * step];
                    double wi = sin[k * step];
                    int a = start + k;
                    int b = a + half;
                    double tr = re[b] * wr - im[b] * wi;
                    double ti = re[b] * wi + im[b] * wr;
                    re[b] = re[a] - tr;
                    im[b] = im[a] - ti;
                    re[a] += tr;
                    im[a] += ti;
                }
            }
        }
    }

    /** X[k] = w_k · Σ_j (x_j·w_j)·conj(w_{k−j}), the sum a circular convolution of length m ≥ 2n − 1. */
    private void bluestein(double[] re, double[] im) {
        double[] ar = new double[m];
        double[] ai = new double[m];
        for (int j = 0; j < n; j++) {
            ar[j] = re[j] * chirpRe[j] - im[j] * chirpIm[j];
            ai[j] = re[j] * chirpIm[j] + im[j] * chirpRe[j];
        }
        radix2(ar, ai);
        for (int k = 0; k < m; k++) {
            double r = ar[k] * kernelRe[k] - ai[k] * kernelIm[k];
            ai[k] = ar[k] * kernelIm[k] + ai[k] * kernelRe[k];
            ar[k] = r;
        }
        // Inverse radix-2 through conjugation; the 1/m factor is applied below.
        for (int k = 0; k < m; k++) {
            ai[k] = -ai[k];
        }
        radix2(ar, ai);
        double scale = 1.0 / m;
        for (int k = 0; k < n; k++) {
            double cr = ar[k] * scale;
            double ci = -ai[k] * scale;
            re[k] = cr * chirpRe[k] - ci * chirpIm[k];
            im[k] = cr * chirpIm[k] + ci * chirpRe[k];
        }
    }
}
