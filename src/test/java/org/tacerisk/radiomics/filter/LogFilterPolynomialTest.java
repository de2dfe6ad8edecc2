package org.tacerisk.radiomics.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.tacerisk.radiomics.filter.PolynomialImages.ISO_1MM;
import static org.tacerisk.radiomics.filter.PolynomialImages.THICK;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tacerisk.image.ImageGeometry;

/**
 * Issue 11: the LoG must annihilate constant images (with every padding, since each keeps a constant constant beyond
 * the edge except zero padding, checked in the interior) and linear ramps (in the interior: every padding bends a
 * ramp at the edge), and map a quadratic to its Laplacian, on isotropic and thick-slice grids, for every σ that the
 * settings accept (any σ &gt; 0 mm; the grid then refuses σ below one voxel along a filtered axis).
 *
 * <p>Quadratic: the LoG of X² + Y² + Z² (X in mm) is Σ_a s_a²·∂²/∂X_a²(X²+Y²+Z²) = 2·(s_x² + s_y² + s_z²) in the
 * voxel units of this (not scale-normalised: no σ² factor) LoG, whatever σ: Gaussian smoothing adds a constant to a
 * quadratic. The IBSI-2 4σ cut-off makes it 0.1–0.9 % smaller; an 8σ cut-off makes it exact.
 */
class LogFilterPolynomialTest {

    /** σ in mm: below, at and above the in-plane spacing (0.98 mm) and the slice spacing (3.27 mm). */
    private static final double[] SIGMAS_MM = {0.5, 0.98, 1, 1.5, 2, 3, 3.27, 4, 5};

    private static final double CONSTANT = 100;

    /** Issue 11 as reported: σ = 1 mm in 3D on 0.98 × 0.98 × 3.27 mm turned a constant 100 into −1266 everywhere. */
    @Test
    void sigmaBelowTheSliceSpacingIsRefusedInsteadOfTurningAConstantIntoMinus1266() {
        LogFilter log = new LogFilter(1, 4, false, BoundaryCondition.MIRROR);
        float[] r;
        try {
            r = log.apply(PolynomialImages.constant(THICK, CONSTANT), THICK);
        } catch (IllegalArgumentException e) {
            ScaleTooFineException refusal = assertInstanceOf(ScaleTooFineException.class, e);
            assertEquals(2, refusal.axis());
            assertEquals(3.27, refusal.spacingMm());
            assertEquals(1.0, refusal.maxSpacingMm(), 1e-12);
            for (String part : List.of("log-sigma-1-0-mm-3D", "σ = 1 mm", "z (k)", "3.27 mm", "at most 1 mm along",
                    "2D")) {
                assertTrue(e.getMessage().contains(part), part + " missing in: " + e.getMessage());
            }
            return;
        }
        fail("σ = 1 mm across 3.27 mm slices turned a constant " + CONSTANT + " into " + r[THICK.index(24, 24, 10)]);
    }

    /** The same σ = 1 mm in-plane (2D) on the thick grid, and in 3D on 1 mm voxels (was −0.0216 there). */
    @Test
    void sameSigmaIn2dOrOnIsotropicVoxelsGivesZeroForAConstant() {
        float[] thick2d = new LogFilter(1, 4, true, BoundaryCondition.MIRROR).apply(PolynomialImages.constant(THICK,
                CONSTANT), THICK);
        float[] iso3d = new LogFilter(1, 4, false, BoundaryCondition.MIRROR).apply(PolynomialImages.constant(ISO_1MM,
                CONSTANT), ISO_1MM);
        assertTrue(PolynomialImages.worst(thick2d, 0) < 1e-5, "2D: " + PolynomialImages.worst(thick2d, 0));
        assertTrue(PolynomialImages.worst(iso3d, 0) < 1e-5, "3D, 1 mm: " + PolynomialImages.worst(iso3d, 0));
    }

    static Stream<Arguments> sigmasAndGrids() {
        List<Arguments> out = new ArrayList<>();
        for (String grid : List.of("thick", "iso")) {
            for (boolean twoD : new boolean[] {false, true}) {
                for (double sigma : SIGMAS_MM) {
                    out.add(Arguments.of(sigma, grid, twoD));
                }
            }
        }
        return out.stream();
    }

    /** Constant → 0 within 10⁻⁷ of the constant; a σ below one voxel along a filtered axis is refused instead. */
    @ParameterizedTest(name = "sigma {0} mm, {1} grid, 2D {2}")
    @MethodSource("sigmasAndGrids")
    void constantImageGivesZero(double sigma, String gridName, boolean twoD) {
        ImageGeometry g = grid(gridName);
        float[] image = PolynomialImages.constant(g, CONSTANT);
        for (BoundaryCondition padding : BoundaryCondition.values()) {
            LogFilter log = new LogFilter(sigma, 4, twoD, padding);
            if (!sampled(sigma, g, twoD)) {
                assertThrows(ScaleTooFineException.class, () -> log.apply(image, g), padding::toString);
                continue;
            }
            float[] r = log.apply(image, g);
            double worst = padding == BoundaryCondition.ZERO ? PolynomialImages.worstInterior(r, g,
                    radii(sigma, 4, g, twoD), 0) : PolynomialImages.worst(r, 0);
            assertTrue(worst <= 1e-7 * CONSTANT, padding + ": |response| up to " + worst);
        }
    }

    /** Linear ramp 3X − 2Y + 5Z (mm) → 0 in the interior within 10⁻⁶ of the ramp's largest value, every padding. */
    @ParameterizedTest(name = "sigma {0} mm, {1} grid, 2D {2}")
    @MethodSource("sigmasAndGrids")
    void linearRampGivesZeroInTheInterior(double sigma, String gridName, boolean twoD) {
        ImageGeometry g = grid(gridName);
        if (!sampled(sigma, g, twoD)) {
            return; // refused: constantImageGivesZero
        }
        float[] image = PolynomialImages.image(g, (x, y, z) -> 3 * x - 2 * y + 5 * z);
        double largest = PolynomialImages.worst(image, 0);
        for (BoundaryCondition padding : BoundaryCondition.values()) {
            float[] r = new LogFilter(sigma, 4, twoD, padding).apply(image, g);
            double worst = PolynomialImages.worstInterior(r, g, radii(sigma, 4, g, twoD), 0);
            assertTrue(worst <= 1e-6 * largest, padding + ": |response| up to " + worst);
        }
    }

    /** X² + Y² + Z² (mm) → 2·Σ s_a² over the filtered axes, less the 4σ cut-off's deficit (at most 1 %). */
    @ParameterizedTest(name = "sigma {0} mm, {1} grid, 2D {2}")
    @MethodSource("sigmasAndGrids")
    void quadraticGivesItsLaplacianInVoxelUnits(double sigma, String gridName, boolean twoD) {
        ImageGeometry g = grid(gridName);
        if (!sampled(sigma, g, twoD)) {
            return;
        }
        float[] image = PolynomialImages.image(g, (x, y, z) -> x * x + y * y + z * z);
        double laplacian = laplacianInVoxelUnits(g, twoD);
        float[] r = new LogFilter(sigma, 4, twoD, BoundaryCondition.MIRROR).apply(image, g);
        int[] margin = radii(sigma, 4, g, twoD);
        for (int k = margin[2]; k < g.nz() - margin[2]; k++) {
            for (int j = margin[1]; j < g.ny() - margin[1]; j++) {
                for (int i = margin[0]; i < g.nx() - margin[0]; i++) {
                    double v = r[g.index(i, j, k)];
                    assertTrue(v <= laplacian * (1 + 1e-5) && v >= laplacian * 0.99, "voxel (" + i + ", " + j + ", "
                            + k + "): " + v + ", Laplacian " + laplacian);
                }
            }
        }
    }

    /** With an 8σ cut-off the LoG of a quadratic is its Laplacian to 10⁻⁴ (where the image holds that support). */
    @Test
    void quadraticGivesItsLaplacianExactlyWithAWideCutoff() {
        record Case(ImageGeometry grid, boolean twoD, double sigma) {
        }
        for (Case c : List.of(new Case(ISO_1MM, false, 1), new Case(ISO_1MM, false, 2), new Case(ISO_1MM, true, 2.5),
                new Case(THICK, true, 1), new Case(THICK, true, 2))) {
            ImageGeometry g = c.grid();
            float[] image = PolynomialImages.image(g, (x, y, z) -> x * x + y * y + z * z);
            double laplacian = laplacianInVoxelUnits(g, c.twoD());
            float[] r = new LogFilter(c.sigma(), 8, c.twoD(), BoundaryCondition.NEAREST).apply(image, g);
            double worst = PolynomialImages.worstInterior(r, g, radii(c.sigma(), 8, g, c.twoD()), laplacian);
            assertTrue(worst <= 1e-4 * laplacian, c + ": off by " + worst + " from " + laplacian);
        }
    }

    /**
     * The 1D kernels against the analytic samples G(m) = exp(−m²/2σ²)/(σ√2π), G''(m) = G(m)(m²/σ⁴ − 1/σ²): Σ g = 1
     * and Σ d2 = 0 exactly, d2 symmetric, its second moment 2 less at most 1 % (4σ cut-off), and no tap more than
     * 10⁻³ of the peak away from G'' (the IBSI-2 kernel), for σ from 1 to 8 voxels.
     */
    @Test
    void kernelsSumToOneAndZeroAndStayCloseToTheAnalyticSamples() {
        for (double sigma = 1; sigma <= 8; sigma += 0.01) {
            double[][] k = LogFilter.kernels(sigma, 4);
            double[] g = k[0];
            double[] d2 = k[1];
            int radius = g.length / 2;
            assertEquals((int) Math.floor(4 * sigma + 0.5), radius);
            double sumG = 0;
            double sumD2 = 0;
            double secondMoment = 0;
            double peak = 1 / (sigma * sigma) / (sigma * Math.sqrt(2 * Math.PI));
            double worstTap = 0;
            for (int m = -radius; m <= radius; m++) {
                double analytic = Math.exp(-m * m / (2 * sigma * sigma)) / (sigma * Math.sqrt(2 * Math.PI))
                        * (m * m / Math.pow(sigma, 4) - 1 / (sigma * sigma));
                sumG += g[m + radius];
                sumD2 += d2[m + radius];
                secondMoment += (double) m * m * d2[m + radius];
                worstTap = Math.max(worstTap, Math.abs(d2[m + radius] - analytic) / peak);
                assertEquals(d2[m + radius], d2[radius - m], 0, "symmetry");
            }
            assertEquals(1, sumG, 1e-14, "sigma " + sigma);
            assertEquals(0, sumD2, 1e-15 * peak * g.length, "sigma " + sigma);
            assertTrue(secondMoment <= 2 && secondMoment >= 1.98, "sigma " + sigma + ": Σm²d2 = " + secondMoment);
            assertTrue(worstTap <= 1.1e-3, "sigma " + sigma + ": a tap moved by " + worstTap + " of the peak");
        }
    }

    @Test
    void cutoffBelowOneSigmaIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LogFilter(2, 0.9, false, BoundaryCondition.ZERO));
        new LogFilter(2, 1, false, BoundaryCondition.ZERO);
    }

    private static ImageGeometry grid(String name) {
        return name.equals("thick") ? THICK : ISO_1MM;
    }

    /** σ spans at least one voxel along every filtered axis (the rule of ScaleSampling). */
    private static boolean sampled(double sigma, ImageGeometry g, boolean twoD) {
        for (int a = 0; a < (twoD ? 2 : 3); a++) {
            if (sigma < g.spacing(a) * (1 - 1e-9)) {
                return false;
            }
        }
        return true;
    }

    /** Kernel radius ⌊t·σ/s + 0.5⌋ per filtered axis, 0 along z in 2D. */
    private static int[] radii(double sigma, double truncate, ImageGeometry g, boolean twoD) {
        int[] r = new int[3];
        for (int a = 0; a < (twoD ? 2 : 3); a++) {
            r[a] = (int) Math.floor(truncate * sigma / g.spacing(a) + 0.5);
        }
        return r;
    }

    /** 2·Σ s_a² over the filtered axes: the voxel-unit Laplacian of X² + Y² + Z². */
    private static double laplacianInVoxelUnits(ImageGeometry g, boolean twoD) {
        double sum = 0;
        for (int a = 0; a < (twoD ? 2 : 3); a++) {
            sum += 2 * g.spacing(a) * g.spacing(a);
        }
        return sum;
    }
}
