package org.tacerisk.radiomics.filter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Sanity of the wavelet tables (IBSI-2 separable wavelets): orthonormality, gain and vanishing moments. */
class WaveletCoefficientsTest {

    @Test
    void everyFamilyIsPresent() {
        for (String name : new String[] {"haar", "db1", "db2", "db3", "db4", "db5", "db6", "db7", "db8", "sym2", "sym3",
            "sym4", "sym5", "sym6", "sym7", "sym8", "coif1", "coif2", "coif3", "coif4", "coif5"}) {
            assertTrue(WaveletCoefficients.names().contains(name), name);
        }
    }

    @Test
    void orthonormalWithGainRootTwo() {
        for (String name : WaveletCoefficients.names()) {
            double[] h = WaveletCoefficients.lowPass(name);
            double[] g = WaveletCoefficients.highPass(name);
            double sum = 0;
            for (double v : h) {
                sum += v;
            }
            assertEquals(Math.sqrt(2), sum, 1e-12, name + " Σh");
            // Σ h[n] h[n + 2k] = δ_k (the tables' precision: about 1e-11, coif5 about 5e-9)
            double tol = name.equals("coif5") ? 1e-8 : 5e-11;
            for (int k = 0; 2 * k < h.length; k++) {
                assertEquals(k == 0 ? 1 : 0, shifted(h, h, 2 * k), tol, name + " Σh[n]h[n+" + 2 * k + "]");
                assertEquals(k == 0 ? 1 : 0, shifted(g, g, 2 * k), tol, name + " Σg[n]g[n+" + 2 * k + "]");
                assertEquals(0, shifted(h, g, 2 * k), tol, name + " Σh[n]g[n+" + 2 * k + "]");
                assertEquals(0, shifted(g, h, 2 * k), tol, name + " Σg[n]h[n+" + 2 * k + "]");
            }
        }
    }

    @Test
    void highPassHasTheVanishingMoments() {
        for (String name : WaveletCoefficients.names()) {
            double[] g = WaveletCoefficients.highPass(name);
            // db N and sym N: N vanishing moments (L = 2N); coif N: 2N (L = 6N)
            int moments = name.startsWith("coif") ? g.length / 3 : g.length / 2;
            for (int p = 0; p < moments; p++) {
                double s = 0;
                double scale = 0;
                for (int m = 0; m < g.length; m++) {
                    s += g[m] * Math.pow(m, p);
                    scale += Math.abs(g[m] * Math.pow(m, p));
                }
                assertEquals(0, s / scale, name.equals("coif5") ? 1e-6 : 1e-9, name + " moment " + p);
            }
        }
    }

    @Test
    void haarAndDb2ClosedForms() {
        double r = Math.sqrt(0.5);
        assertArrayEquals(new double[] {r, r}, WaveletCoefficients.lowPass("haar"), 1e-15);
        assertArrayEquals(new double[] {-r, r}, WaveletCoefficients.highPass("haar"), 1e-15);
        double s3 = Math.sqrt(3);
        double d = 4 * Math.sqrt(2);
        // db2 h = (1+√3, 3+√3, 3−√3, 1−√3)/(4√2); dec_lo is its reverse
        assertArrayEquals(new double[] {(1 - s3) / d, (3 - s3) / d, (3 + s3) / d, (1 + s3) / d},
                WaveletCoefficients.lowPass("db2"), 1e-12);
    }

    private static double shifted(double[] a, double[] b, int shift) {
        double s = 0;
        for (int n = 0; n + shift < a.length; n++) {
            s += a[n] * b[n + shift];
        }
        return s;
    }
}
