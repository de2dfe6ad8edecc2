package org.tacerisk.radiomics.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tacerisk.common.BadInputException;

/** The Gabor filter (IBSI-2 tests 4.a.1 and 4.a.2) and kernel properties. */
class GaborFilterTest {

    private static GaborFilter gabor(double theta) {
        return new GaborFilter(10, 4, 0.5, new double[] {theta}, false, false, 4, true, BoundaryCondition.ZERO, "g");
    }

    @Test
    void kernelIsHermitianWithUnitPeak() {
        int r = 12;
        double[][] k = gabor(Math.PI / 3).kernel(Math.PI / 3, r, r, 2, 2);
        int w = 2 * r + 1;
        assertEquals(1, k[0][r * w + r], 1e-15);
        assertEquals(0, k[1][r * w + r], 1e-15);
        for (int v = -r; v <= r; v++) {
            for (int u = -r; u <= r; u++) {
                int a = (v + r) * w + u + r;
                int b = (-v + r) * w - u + r;
                assertEquals(k[0][a], k[0][b], 1e-14, "real part even");
                assertEquals(k[1][a], -k[1][b], 1e-14, "imaginary part odd");
            }
        }
    }

    @Test
    void envelopeIsWideAcrossTheCarrier() {
        // θ = 0: the carrier runs along i; the envelope is σ along i and σ/γ = 2σ along j
        double[][] k = gabor(0).kernel(0, 10, 10, 2, 2);
        int w = 21;
        double alongI = Math.hypot(k[0][10 * w + 15], k[1][10 * w + 15]);
        double alongJ = Math.hypot(k[0][15 * w + 10], k[1][15 * w + 10]);
        assertEquals(Math.exp(-100.0 / 200), alongI, 1e-12);
        assertEquals(Math.exp(-25.0 / 200), alongJ, 1e-12);
    }

    @Test
    void specChecks() {
        assertThrows(BadInputException.class, () -> ReferenceMaps.filter("gabor",
                Map.of("sigma_mm", 10, "lambda_mm", 4, "orthogonal_planes", true), true, BoundaryCondition.ZERO));
        assertThrows(BadInputException.class, () -> ReferenceMaps.filter("gabor",
                Map.of("sigma_mm", 10, "lambda_mm", 4, "pooling", "median"), true, BoundaryCondition.ZERO));
    }

    /** IBSI-2 4.a.1: σ 10 mm, λ 4 mm, γ 1/2, θ = π/3 (60°), axial plane only, zero padding, impulse phantom. */
    @Test
    void ibsi4a1() throws Exception {
        ReferenceMaps.check("4_a_1", "impulse", ReferenceMaps.filter("gabor", Map.of("sigma_mm", 10, "lambda_mm", 4,
                "gamma", 0.5, "theta_deg", 60), true, BoundaryCondition.ZERO));
    }

    /** IBSI-2 4.a.2: as 4.a.1, rotation invariant (Δθ = π/4, average), averaged over the 3 orthogonal planes. */
    @Test
    void ibsi4a2() throws Exception {
        ReferenceMaps.check("4_a_2", "impulse", ReferenceMaps.filter("gabor", Map.of("sigma_mm", 10, "lambda_mm", 4,
                "gamma", 0.5, "rotation_invariant", true, "delta_theta_deg", 45, "orthogonal_planes", true), false,
                BoundaryCondition.ZERO));
    }
}
