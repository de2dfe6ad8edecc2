package org.tacerisk.radiomics.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tacerisk.image.ImageGeometry;

/**
 * Issue 11 for the Laws kernels, which are in voxels (no scale to sample, so every grid is accepted). The 1D
 * kernels E3, S3, E5, S5, W5 and R5 sum to 0; L3 (4/√6) and L5 (16/√70) are smoothings. A product kernel therefore
 * annihilates a constant exactly when one factor is not L; L-only kernels (L5L5L5) are smoothings and scale it.
 * Along a ramp the second-derivative-like S3, S5, R5 and the antisymmetric W5 (first moment 0) give 0, while E3 and
 * E5, first derivatives, give the slope times −Σ t·h[t] (2/√2, 8/√10). Constants are checked everywhere with the
 * paddings that keep them constant (nearest, mirror, periodic), ramps in the interior.
 */
class LawsPolynomialTest {

    private static final double CONSTANT = 100;
    private static final ImageGeometry GRID = ImageGeometry.axisAligned(14, 10, 8, new double[] {0.98, 0.98, 3.27},
            new double[3]);
    private static final List<String> NAMES = List.of("L3", "E3", "S3", "L5", "E5", "S5", "W5", "R5");
    private static final Map<String, Double> SUMS = Map.of("L3", 4 / Math.sqrt(6), "L5", 16 / Math.sqrt(70));
    private static final List<BoundaryCondition> KEEP_CONSTANT = List.of(BoundaryCondition.NEAREST,
            BoundaryCondition.MIRROR, BoundaryCondition.PERIODIC);

    /** All 512 3D and 64 2D kernels: c·Π Σh, i.e. 0 unless every factor is L3 or L5. */
    @Test
    void constantGivesZeroUnlessEveryFactorIsASmoothing() {
        float[] image = PolynomialImages.constant(GRID, CONSTANT);
        for (BoundaryCondition padding : KEEP_CONSTANT) {
            for (String x : NAMES) {
                for (String y : NAMES) {
                    check(x + y, true, image, padding, CONSTANT * sum(x) * sum(y));
                    for (String z : NAMES) {
                        check(x + y + z, false, image, padding, CONSTANT * sum(x) * sum(y) * sum(z));
                    }
                }
            }
        }
    }

    /** Rotation-invariant pooling and energy maps of a kernel with a derivative factor keep the 0. */
    @Test
    void pooledAndEnergyResponsesToAConstantAreZero() {
        float[] image = PolynomialImages.constant(GRID, CONSTANT);
        for (LawsFilter.Pooling pooling : LawsFilter.Pooling.values()) {
            for (int energy : new int[] {-1, 2}) {
                float[] r3 = new LawsFilter("E5L5S5", false, BoundaryCondition.MIRROR, pooling, energy).apply(image,
                        GRID);
                float[] r2 = new LawsFilter("L5E5", true, BoundaryCondition.MIRROR, pooling, energy).apply(image, GRID);
                assertTrue(PolynomialImages.worst(r3, 0) <= 1e-6 * CONSTANT, pooling + " " + energy);
                assertTrue(PolynomialImages.worst(r2, 0) <= 1e-6 * CONSTANT, pooling + " " + energy);
            }
        }
    }

    /** Ramp 3X (mm) filtered by <k>L5L5: 0 for S3, S5, W5, R5; −3·s_x·Σt·h[t]·(16/√70)² for E3, E5. */
    @Test
    void rampGivesZeroForSecondOrderFactorsAndTheSlopeForFirstDerivatives() {
        float[] image = PolynomialImages.image(GRID, (x, y, z) -> 3 * x);
        double smoothing = sum("L5") * sum("L5");
        Map<String, Double> firstMoment = Map.of("E3", 2 / Math.sqrt(2), "E5", 8 / Math.sqrt(10));
        for (BoundaryCondition padding : BoundaryCondition.values()) {
            for (String x : List.of("E3", "S3", "E5", "S5", "W5", "R5")) {
                float[] r = new LawsFilter(x + "L5L5", false, padding, null, -1).apply(image, GRID);
                double expected = -3 * GRID.spacing(0) * firstMoment.getOrDefault(x, 0.0) * smoothing;
                // the ramp varies along x only: y and z see a constant, so only x needs an interior (zero padding: all)
                int[] margin = padding == BoundaryCondition.ZERO ? new int[] {2, 2, 2} : new int[] {2, 0, 0};
                double worst = PolynomialImages.worstInterior(r, GRID, margin, expected);
                assertTrue(worst <= 1e-5 * 3 * 7 * GRID.spacing(0), x + " " + padding + ": off by " + worst
                        + " from " + expected);
            }
        }
    }

    private static void check(String kernel, boolean twoD, float[] image, BoundaryCondition padding, double expected) {
        float[] r = new LawsFilter(kernel, twoD, padding, null, -1).apply(image, GRID);
        assertEquals(expected, r[GRID.index(3, 4, 5)], 1e-5 * CONSTANT, kernel + " " + padding);
        assertTrue(PolynomialImages.worst(r, expected) <= 1e-5 * CONSTANT, kernel + " " + padding);
    }

    private static double sum(String kernel) {
        return SUMS.getOrDefault(kernel, 0.0);
    }
}
