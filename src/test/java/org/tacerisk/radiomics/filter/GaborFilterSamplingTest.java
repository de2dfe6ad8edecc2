package org.tacerisk.radiomics.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacerisk.image.ImageGeometry;

/**
 * Issue 11 for the Gabor filter. IBSI-2 keeps the kernel's DC component, so a constant c gives c·|Σ g|, which for a
 * well-sampled kernel is c·(2πσ²/γ)·exp(−2π²σ²/λ²)/(s_a·s_b): the test checks that value (it is what IBSI-2
 * defines), that it vanishes for the IBSI-2 phase-2 parameters, and that grids which cannot sample the envelope or
 * the carrier are refused.
 */
class GaborFilterSamplingTest {

    private static final double CONSTANT = 100;

    private static GaborFilter gabor(double sigma, double lambda, double gamma, double[] thetas, boolean planes,
            boolean twoD) {
        return new GaborFilter(sigma, lambda, gamma, thetas, false, planes, 4, twoD, BoundaryCondition.NEAREST, "g");
    }

    /**
     * σ 3 mm, λ 8 mm, γ 1 on 1 mm pixels, nearest padding: every voxel is 100·|Σ g| over the kernel's 25 × 25 taps
     * (radius ⌊4σ + 0.5⌋ = 12), summed here from the formula, and that is the continuous 100·2π·9·exp(−2π²·9/64)
     * = 352.29 to 0.1 % (the 4σ cut-off).
     */
    @Test
    void constantGivesTheKernelsDcGainAsIbsi2DefinesIt() {
        ImageGeometry g = ImageGeometry.axisAligned(40, 36, 3, new double[] {1, 1, 2.5}, new double[3]);
        double continuous = CONSTANT * 2 * Math.PI * 9 * Math.exp(-2 * Math.PI * Math.PI * 9 / 64);
        assertEquals(352.29, continuous, 0.005);
        for (double theta : new double[] {0, Math.PI / 6, Math.PI / 2}) {
            double re = 0;
            double im = 0;
            for (int v = -12; v <= 12; v++) {
                for (int u = -12; u <= 12; u++) {
                    double along = u * Math.cos(theta) + v * Math.sin(theta);
                    double envelope = Math.exp(-(u * u + v * v) / 18.0);
                    re += envelope * Math.cos(2 * Math.PI * along / 8);
                    im += envelope * Math.sin(2 * Math.PI * along / 8);
                }
            }
            double expected = CONSTANT * Math.hypot(re, im);
            assertEquals(continuous, expected, 1e-3 * continuous, "θ " + theta);
            float[] r = gabor(3, 8, 1, new double[] {theta}, false, true).apply(PolynomialImages.constant(g,
                    CONSTANT), g);
            assertTrue(PolynomialImages.worst(r, expected) < 1e-5 * expected, "θ " + theta + ": " + r[0] + ", |Σ g|·c "
                    + expected);
        }
    }

    /**
     * IBSI-2 phase 2 configuration 5 (σ 5 mm, λ 2 mm, γ 3/2, 16 orientations, average) on its 0.98 mm pixels and, in
     * 3D with the orthogonal planes, on 1 mm voxels: exp(−2π²·6.25) ≈ 10⁻⁵⁴ for the continuous kernel; the envelope's
     * 4σ cut-off leaves 5·10⁻⁵ (2D) and 4·10⁻⁴ (3D, λ at exactly two voxels) of the constant, below 10⁻⁵ of the
     * kernel's gain at its carrier frequency (2πσ²/γ/s² ≈ 105).
     */
    @Test
    void phase2ParametersGiveZeroForAConstant() {
        double[] thetas = new double[16];
        for (int k = 0; k < thetas.length; k++) {
            thetas[k] = k * Math.PI / 8;
        }
        ImageGeometry pixels = ImageGeometry.axisAligned(40, 40, 2, new double[] {0.977, 0.977, 2}, new double[3]);
        ImageGeometry voxels = ImageGeometry.axisAligned(34, 34, 34, new double[] {1, 1, 1}, new double[3]);
        float[] r2d = gabor(5, 2, 1.5, thetas, false, true).apply(PolynomialImages.constant(pixels, CONSTANT),
                pixels);
        float[] r3d = gabor(5, 2, 1.5, thetas, true, false).apply(PolynomialImages.constant(voxels, CONSTANT),
                voxels);
        assertTrue(PolynomialImages.worst(r2d, 0) < 1e-4 * CONSTANT, "2D: " + PolynomialImages.worst(r2d, 0));
        assertTrue(PolynomialImages.worst(r3d, 0) < 1e-3 * CONSTANT, "3D: " + PolynomialImages.worst(r3d, 0));
    }

    /** Configuration 5.B on the thick grid: 22.5° puts 0.38/λ cycles per mm on the 3.27 mm axis, above Nyquist. */
    @Test
    void orthogonalPlanesAcrossThickSlicesAreRefused() {
        double[] thetas = {0, Math.PI / 8};
        ScaleTooFineException e = assertThrows(ScaleTooFineException.class,
                () -> gabor(5, 2, 1.5, thetas, true, false).checkGrid(PolynomialImages.THICK));
        assertEquals(2, e.axis());
        assertEquals(1 / Math.sin(Math.PI / 8), e.maxSpacingMm(), 1e-9);
        for (String part : List.of("λ = 2 mm", "z (k)", "spacing 3.27 mm", "at most 2.613 mm", "axial plane only")) {
            assertTrue(e.getMessage().contains(part), part + " missing in " + e.getMessage());
        }
        gabor(5, 2, 1.5, thetas, false, false).checkGrid(PolynomialImages.THICK); // the axial plane is sampled
    }

    @Test
    void envelopeNarrowerThanAPixelIsRefused() {
        ScaleTooFineException e = assertThrows(ScaleTooFineException.class,
                () -> gabor(0.5, 2, 1, new double[] {0}, false, true).checkGrid(PolynomialImages.THICK));
        assertTrue(e.getMessage().contains("envelope σ = 0.5 mm is below one voxel along x (i)"), e.getMessage());
        ScaleTooFineException across = assertThrows(ScaleTooFineException.class,
                () -> gabor(1.2, 4, 2, new double[] {0}, false, true).checkGrid(PolynomialImages.THICK));
        assertTrue(across.getMessage().contains("envelope σ/γ = 0.6 mm"), across.getMessage());
    }

    /**
     * λ equal to the spacing samples the carrier at whole periods: the kernel is the bare envelope, a smoothing that
     * passes a constant whole. Refused; λ of exactly two pixels (the Nyquist limit, IBSI-2 4.a: 4 mm on 2 mm) is not.
     */
    @Test
    void carrierAboveNyquistIsRefusedAndAtNyquistAccepted() {
        GaborFilter aliased = gabor(3, 1, 1, new double[] {0}, false, true);
        double[][] k = aliased.kernel(0, 12, 12, 1, 1);
        double re = 0;
        double im = 0;
        double envelope = 0;
        for (int v = -12; v <= 12; v++) {
            for (int u = -12; u <= 12; u++) {
                re += k[0][(v + 12) * 25 + u + 12];
                im += k[1][(v + 12) * 25 + u + 12];
                envelope += Math.exp(-(u * u + v * v) / 18.0);
            }
        }
        assertEquals(envelope, re, 1e-9 * envelope);
        assertEquals(0, im, 1e-9 * envelope);
        ImageGeometry iso = ImageGeometry.axisAligned(8, 8, 8, new double[] {1, 1, 1}, new double[3]);
        ScaleTooFineException e = assertThrows(ScaleTooFineException.class, () -> aliased.checkGrid(iso));
        assertTrue(e.getMessage().contains("λ = 1 mm has fewer than two samples per period along x (i)"),
                e.getMessage());
        gabor(10, 4, 0.5, new double[] {0, Math.PI / 4, Math.PI / 2}, true, false).checkGrid(
                ImageGeometry.axisAligned(8, 8, 8, new double[] {2, 2, 2}, new double[3]));
    }
}
