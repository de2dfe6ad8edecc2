package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tacerisk.radiomics.morphology.Fft;

/** The mixed-radix FFT behind Moran's I and Geary's C, checked against the DFT's definition. */
class MorphologyFourierTransformTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25, 27, 30, 32, 45, 60, 64, 75, 100, 125})
    void matchesTheDefinition(int n) {
        Random random = new Random(n);
        double[] re = new double[n];
        double[] im = new double[n];
        for (int t = 0; t < n; t++) {
            re[t] = random.nextGaussian();
            im[t] = random.nextGaussian();
        }
        double[] expectedRe = new double[n];
        double[] expectedIm = new double[n];
        for (int f = 0; f < n; f++) {
            for (int t = 0; t < n; t++) {
                double angle = -2 * Math.PI * ((long) f * t % n) / n;
                expectedRe[f] += re[t] * Math.cos(angle) - im[t] * Math.sin(angle);
                expectedIm[f] += re[t] * Math.sin(angle) + im[t] * Math.cos(angle);
            }
        }
        new Fft(n).transform(re, im, new double[n], new double[n]);
        for (int f = 0; f < n; f++) {
            assertEquals(expectedRe[f], re[f], 1e-10 * n, "re at " + f);
            assertEquals(expectedIm[f], im[f], 1e-10 * n, "im at " + f);
        }
    }

    @Test
    void threeDimensionsAreThreeOneDimensionalPasses() {
        int lx = 6;
        int ly = 5;
        int lz = 4;
        Random random = new Random(3);
        double[] re = new double[lx * ly * lz];
        double[] im = new double[re.length];
        for (int t = 0; t < re.length; t++) {
            re[t] = random.nextGaussian();
        }
        double[] original = re.clone();
        Fft.transform3d(re, im, lx, ly, lz);
        int fx = 2;
        int fy = 3;
        int fz = 1;
        double sumRe = 0;
        double sumIm = 0;
        for (int z = 0; z < lz; z++) {
            for (int y = 0; y < ly; y++) {
                for (int x = 0; x < lx; x++) {
                    double angle = -2 * Math.PI * ((double) fx * x / lx + (double) fy * y / ly + (double) fz * z / lz);
                    double v = original[x + lx * (y + ly * z)];
                    sumRe += v * Math.cos(angle);
                    sumIm += v * Math.sin(angle);
                }
            }
        }
        int f = fx + lx * (fy + ly * fz);
        assertEquals(sumRe, re[f], 1e-10);
        assertEquals(sumIm, im[f], 1e-10);
    }

    @Test
    void goodSizesHaveOnlyFactorsTwoThreeAndFive() {
        assertEquals(100, Fft.goodSize(99));
        assertEquals(80, Fft.goodSize(79));
        assertEquals(125, Fft.goodSize(121));
        assertEquals(1, Fft.goodSize(1));
        assertEquals(128, Fft.goodSize(126));
        assertThrows(IllegalArgumentException.class, () -> new Fft(7));
    }
}
