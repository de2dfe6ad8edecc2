package org.tacerisk.radiomics.filter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tacerisk.image.ImageGeometry;

/** The FFT behind the IBSI-2 Fourier-domain filters: agreement with the DFT's definition, round trips, padding. */
class FourierTransformTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 8, 12, 17, 64, 100})
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
        new Fft1d(n).forward(fr, fi);
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
        Fft1d fft = new Fft1d(n);
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
            Fft3d fft = new Fft3d(nx, ny, nz, inPlane);
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
        new Fft3d(nx, ny, nz, false).forward(re, im);
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
        new Fft1d(x.length).forward(re, im);
        double[] out = new double[2 * x.length];
        for (int k = 0; k < x.length; k++) {
            out[2 * k] = re[k];
            out[2 * k + 1] = im[k];
        }
        return out;
    }

    @Test
    void centredGridRunsFromMinusPiToPiAndDftGridHasZeroAtBinZero() {
        double[] c = FrequencyGrid.CENTRED.frequencies(64);
        assertEquals(Math.PI / 63, c[0], 1e-15);
        assertEquals(-Math.PI, c[32], 1e-15);
        assertEquals(Math.PI, c[31], 1e-15);
        double[] odd = FrequencyGrid.CENTRED.frequencies(5);
        assertArrayEquals(new double[] {0, Math.PI / 2, Math.PI, -Math.PI, -Math.PI / 2}, odd, 1e-15);
        double[] d = FrequencyGrid.DFT.frequencies(4);
        assertArrayEquals(new double[] {0, Math.PI / 2, -Math.PI, -Math.PI / 2}, d, 1e-15);
    }

    /** The identity transfer function returns the image for every boundary condition (padding is cropped off). */
    @Test
    void identityTransferReturnsTheImage() {
        ImageGeometry g = ImageGeometry.axisAligned(9, 8, 5, new double[] {1, 1, 2}, new double[3]);
        float[] image = new float[g.voxelCount()];
        Random rnd = new Random(11);
        for (int v = 0; v < image.length; v++) {
            image[v] = (float) rnd.nextGaussian();
        }
        for (BoundaryCondition bc : BoundaryCondition.values()) {
            for (boolean twoD : new boolean[] {false, true}) {
                float[] out = FourierFiltering.apply(image, g, twoD, bc, FrequencyGrid.DFT, null, false,
                        (x, y, z, h) -> {
                            h[0] = 1;
                            h[1] = 0;
                        });
                assertArrayEquals(image, out, 1e-5f, bc + (twoD ? " 2D" : " 3D"));
            }
        }
    }
}
