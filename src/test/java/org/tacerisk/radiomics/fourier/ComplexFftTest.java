package org.tacerisk.radiomics.fourier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The code base's one FFT (Fourier-domain filters, Gabor, Moran's I and Geary's C): agreement with the DFT's
 * definition on 5-smooth and prime lengths along each axis, 3D separability, round trips in 3D and in-plane.
 */
class ComplexFftTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 8, 9, 12, 15, 17, 25, 27, 45, 64, 75, 100, 125})
    void fftMatchesTheDefinitionOfTheDft(int n) {
        Random rnd = new Random(n);
        double[] re = new double[n];
        double[] im = new double[n];
        for (int j = 0; j < n; j++) {
            re[j] = rnd.nextGaussian();
            im[j] = rnd.nextGaussian();
        }
        double[] fr = re.clone();
        double[] fi = im.clone();
        new ComplexFft(n, 1, 1, false).forward(fr, fi);
        for (int k = 0; k < n; k++) {
            double sr = 0;
            double si = 0;
            for (int j = 0; j < n; j++) {
                double a = -2 * Math.PI * ((long) j * k % n) / n;
                sr += re[j] * Math.cos(a) - im[j] * Math.sin(a);
                si += re[j] * Math.sin(a) + im[j] * Math.cos(a);
            }
            assertEquals(sr, fr[k], 1e-9 * n, "re X[" + k + "], n " + n);
            assertEquals(si, fi[k], 1e-9 * n, "im X[" + k + "], n " + n);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 32, 63, 64})
    void inverseUndoesForward1d(int n) {
        Random rnd = new Random(7 * n);
        double[] re = rnd.doubles(n).toArray();
        double[] im = rnd.doubles(n).toArray();
        double[] r2 = re.clone();
        double[] i2 = im.clone();
        ComplexFft fft = new ComplexFft(1, n, 1, false);
        fft.forward(r2, i2);
        fft.inverse(r2, i2);
        assertArrayEquals(re, r2, 1e-12);
        assertArrayEquals(im, i2, 1e-12);
    }

    @Test
    void roundTrip3dOnMixedSizes() {
        for (boolean inPlane : new boolean[] {false, true}) {
            int nx = 12;
            int ny = 7;
            int nz = 16;
            Random rnd = new Random(3);
            double[] re = rnd.doubles(nx * ny * nz).toArray();
            double[] im = new double[re.length];
            double[] r2 = re.clone();
            ComplexFft fft = new ComplexFft(nx, ny, nz, inPlane);
            fft.forward(r2, im);
            fft.inverse(r2, im);
            assertArrayEquals(re, r2, 1e-12);
            assertArrayEquals(new double[re.length], im, 1e-12);
        }
    }

    /** Separability: the 3D DFT of a product f(i)·g(j)·h(k) is the product of the 1D transforms. */
    @Test
    void threeDimensionalTransformIsSeparable() {
        int nx = 6;
        int ny = 5;
        int nz = 4;
        double[] f = {1, 2, 0, -1, 3, 1};
        double[] g = {0.5, -1, 2, 0, 1};
        double[] h = {2, 1, -1, 0.5};
        double[] re = new double[nx * ny * nz];
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    re[(k * ny + j) * nx + i] = f[i] * g[j] * h[k];
                }
            }
        }
        double[] im = new double[re.length];
        new ComplexFft(nx, ny, nz, false).forward(re, im);
        double[][] ft = {transform(f), transform(g), transform(h)};
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    double ar = ft[0][2 * i];
                    double ai = ft[0][2 * i + 1];
                    double br = ar * ft[1][2 * j] - ai * ft[1][2 * j + 1];
                    double bi = ar * ft[1][2 * j + 1] + ai * ft[1][2 * j];
                    int v = (k * ny + j) * nx + i;
                    assertEquals(br * ft[2][2 * k] - bi * ft[2][2 * k + 1], re[v], 1e-9);
                    assertEquals(br * ft[2][2 * k + 1] + bi * ft[2][2 * k], im[v], 1e-9);
                }
            }
        }
    }

    private static double[] transform(double[] x) {
        double[] re = x.clone();
        double[] im = new double[x.length];
        new ComplexFft(1, 1, x.length, false).forward(re, im);
        double[] out = new double[2 * x.length];
        for (int k = 0; k < x.length; k++) {
            out[2 * k] = re[k];
            out[2 * k + 1] = im[k];
        }
        return out;
    }

    /** A 3D transform with 5-smooth sizes (as Moran's I uses them) at one frequency, from the definition. */
    @Test
    void threeDimensionalBinMatchesTheDefinition() {
        int lx = 6;
        int ly = 5;
        int lz = 4;
        Random random = new Random(3);
        double[] re = new double[lx * ly * lz];
        double[] im = new double[re.length];
        for (int t = 0; t < re.length; t++) {
            re[t] = random.nextGaussian();
            im[t] = random.nextGaussian();
        }
        double[] r0 = re.clone();
        double[] i0 = im.clone();
        new ComplexFft(lx, ly, lz, false).forward(re, im);
        int fx = 2;
        int fy = 3;
        int fz = 1;
        double sumRe = 0;
        double sumIm = 0;
        for (int z = 0; z < lz; z++) {
            for (int y = 0; y < ly; y++) {
                for (int x = 0; x < lx; x++) {
                    double angle = -2 * Math.PI * ((double) fx * x / lx + (double) fy * y / ly + (double) fz * z / lz);
                    int v = x + lx * (y + ly * z);
                    sumRe += r0[v] * Math.cos(angle) - i0[v] * Math.sin(angle);
                    sumIm += r0[v] * Math.sin(angle) + i0[v] * Math.cos(angle);
                }
            }
        }
        int f = fx + lx * (fy + ly * fz);
        assertEquals(sumRe, re[f], 1e-10);
        assertEquals(sumIm, im[f], 1e-10);
    }

    @Test
    void goodSizesHaveOnlyFactorsTwoThreeAndFive() {
        assertEquals(100, ComplexFft.goodSize(99));
        assertEquals(80, ComplexFft.goodSize(79));
        assertEquals(125, ComplexFft.goodSize(121));
        assertEquals(1, ComplexFft.goodSize(1));
        assertEquals(128, ComplexFft.goodSize(126));
        assertEquals(64, ComplexFft.powerOfTwoAtLeast(33));
    }
}
