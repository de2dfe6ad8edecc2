package org.tacerisk.radiomics.filter;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacerisk.image.ImageGeometry;

/**
 * Issue 11 for the separable wavelets, which are in voxels (every grid is accepted; the tests use the thick-slice
 * spacing). The high-pass g has Σg = 0, so every band with an H gives 0 for a constant, at every level (the levels
 * below filter the LL…L band, a constant again); LLL is the constant times (√2)^(axes·level). A ramp is annihilated
 * by an H along an axis the ramp does not vary along, for every family, and by an H along the ramp for families with
 * at least two vanishing moments (all but haar = db1, whose band gives −slope·spacing/√2 times the low-pass gains).
 * Constants are checked everywhere with nearest, mirror and periodic padding; ramps along the H axis in the interior.
 */
class WaveletPolynomialTest {

    private static final double CONSTANT = 100;
    private static final List<BoundaryCondition> KEEP_CONSTANT = List.of(BoundaryCondition.NEAREST,
            BoundaryCondition.MIRROR, BoundaryCondition.PERIODIC);

    @Test
    void constantGivesZeroInEveryBandWithAHighPass() {
        ImageGeometry g = ImageGeometry.axisAligned(12, 10, 8, new double[] {0.98, 0.98, 3.27}, new double[3]);
        float[] image = PolynomialImages.constant(g, CONSTANT);
        for (String family : WaveletCoefficients.names()) {
            for (BoundaryCondition padding : KEEP_CONSTANT) {
                for (int level = 1; level <= 2; level++) {
                    for (boolean twoD : new boolean[] {false, true}) {
                        int axes = twoD ? 2 : 3;
                        for (int bits = 0; bits < 1 << axes; bits++) {
                            String band = band(bits, axes);
                            double expected = bits == 0 ? CONSTANT * Math.pow(Math.sqrt(2), axes * level) : 0;
                            float[] r = new WaveletFilter(family, band, level, false, twoD, padding).apply(image, g);
                            assertTrue(PolynomialImages.worst(r, expected) <= 1e-6 * CONSTANT, family + " " + band
                                    + " level " + level + " " + padding + ": " + r[0] + " instead of " + expected);
                        }
                    }
                }
            }
        }
    }

    @Test
    void rotationInvariantBandsGiveZeroForAConstant() {
        ImageGeometry g = ImageGeometry.axisAligned(9, 8, 7, new double[] {0.98, 0.98, 3.27}, new double[3]);
        float[] image = PolynomialImages.constant(g, CONSTANT);
        for (String band : List.of("LHL", "HHH", "LLH")) {
            float[] r = new WaveletFilter("db3", band, 2, true, false, BoundaryCondition.MIRROR).apply(image, g);
            assertTrue(PolynomialImages.worst(r, 0) <= 1e-6 * CONSTANT, band + ": " + r[0]);
        }
    }

    /**
     * A ramp along z, band LLH at level 1, in the interior along z (the filter's length): 0, except haar/db1. The image
     * is thin in x and y, so only the paddings that keep it constant along x and y there (not zero padding).
     */
    @Test
    void rampAlongTheHighPassAxisGivesZeroWithTwoVanishingMoments() {
        ImageGeometry g = ImageGeometry.axisAligned(4, 3, 72, new double[] {0.98, 0.98, 3.27}, new double[3]);
        double slope = 5;
        float[] image = PolynomialImages.image(g, (x, y, z) -> slope * z);
        double largest = PolynomialImages.worst(image, 0);
        for (String family : WaveletCoefficients.names()) {
            int length = WaveletCoefficients.lowPass(family).length;
            // haar: r[n] = (x[n] − x[n + 1])/√2 along z, times the gain √2 of each low-pass along x and y
            double expected = length == 2 ? -slope * g.spacing(2) / Math.sqrt(2) * 2 : 0;
            for (BoundaryCondition padding : KEEP_CONSTANT) {
                float[] r = new WaveletFilter(family, "LLH", 1, false, false, padding).apply(image, g);
                double worst = PolynomialImages.worstInterior(r, g, new int[] {0, 0, length}, expected);
                assertTrue(worst <= 1e-6 * largest, family + " " + padding + ": off by " + worst + " from " + expected);
            }
        }
    }

    /** A ramp along x, band LLH: the high-pass runs along z, where the image is constant: 0 everywhere. */
    @Test
    void rampAcrossTheHighPassAxisGivesZeroEverywhere() {
        ImageGeometry g = ImageGeometry.axisAligned(16, 5, 6, new double[] {0.98, 0.98, 3.27}, new double[3]);
        float[] image = PolynomialImages.image(g, (x, y, z) -> 7 * x - 3 * y);
        for (String family : WaveletCoefficients.names()) {
            for (BoundaryCondition padding : KEEP_CONSTANT) {
                float[] r = new WaveletFilter(family, "LLH", 1, false, false, padding).apply(image, g);
                assertTrue(PolynomialImages.worst(r, 0) <= 1e-6 * 100, family + " " + padding + ": " + r[0]);
            }
        }
    }

    /** Band letters for bit pattern {@code bits}: bit a set → H along axis a (x first). */
    private static String band(int bits, int axes) {
        StringBuilder s = new StringBuilder();
        for (int a = 0; a < axes; a++) {
            s.append((bits >> a & 1) == 0 ? 'L' : 'H');
        }
        return s.toString();
    }
}
