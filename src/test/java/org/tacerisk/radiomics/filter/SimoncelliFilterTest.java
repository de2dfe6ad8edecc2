package org.tacerisk.radiomics.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tacerisk.common.BadInputException;
import org.tacerisk.image.Nifti;
import org.tacerisk.image.Volume;
import org.tacerisk.testsupport.SharedData;

/** IBSI-2 Simoncelli wavelet: tight-frame property and the reference response maps 8.a.1–8.a.3. */
class SimoncelliFilterTest {

    /**
     * Σ_{j=0..J} ψ_j(ρ)² + φ_J(ρ)² = 1 for 0 ≤ ρ ≤ π (IBSI-2: the Simoncelli wavelets form a tight frame), where
     * ψ_0, the level-1 profile dilated once more, is the high-pass residual on (π/2, π] that completes ψ_1 there.
     */
    @Test
    void squaredBandsAndLowPassPartitionUnity() {
        for (int levels = 1; levels <= 6; levels++) {
            for (int s = 0; s <= 20000; s++) {
                double rho = Math.PI * s / 20000;
                double sum = Math.pow(SimoncelliFilter.lowPass(levels, rho), 2);
                for (int j = 0; j <= levels; j++) {
                    sum += Math.pow(SimoncelliFilter.band(j, rho), 2);
                }
                assertEquals(1.0, sum, 1e-12, "J " + levels + ", rho " + rho);
            }
        }
    }

    @Test
    void bandPeaksAtPiOverTwoToTheLevelAndVanishesOutsideItsOctavePair() {
        for (int j = 1; j <= 4; j++) {
            double peak = Math.PI / Math.pow(2, j);
            assertEquals(1.0, SimoncelliFilter.band(j, peak), 1e-15);
            assertEquals(0.0, SimoncelliFilter.band(j, peak / 2), 1e-15);
            assertEquals(0.0, SimoncelliFilter.band(j, peak * 2.0001), 1e-15);
            assertEquals(0.0, SimoncelliFilter.band(j, 0), 1e-15);
        }
        assertEquals(0.0, SimoncelliFilter.band(1, Math.PI * 1.5), 0, "no high-pass residual beyond pi");
    }

    /** A band-pass filter removes a constant image (DC) on every boundary condition. */
    @Test
    void constantImageGivesZeroResponse() {
        var g = org.tacerisk.image.ImageGeometry.axisAligned(16, 16, 16, new double[] {1, 1, 1}, new double[3]);
        float[] image = new float[g.voxelCount()];
        java.util.Arrays.fill(image, 100f);
        for (BoundaryCondition bc : BoundaryCondition.values()) {
            if (bc == BoundaryCondition.ZERO) {
                continue;
            }
            for (float v : new SimoncelliFilter(1, false, bc, FrequencyGrid.DFT).apply(image, g)) {
                assertEquals(0, v, 1e-3, bc.toString());
            }
        }
    }

    @ParameterizedTest(name = "{0}: level {1}")
    @CsvSource({"8_a_1, 1", "8_a_2, 2", "8_a_3, 3"})
    void referenceResponseMaps(String test, int level) throws Exception {
        double worstPercent = ReferenceMaps.check(test, "checkerboard",
                ReferenceMaps.filter("simoncelli", Map.of("level", level), false, BoundaryCondition.PERIODIC));
        if (level > 1) {
            // Exact up to float rounding: the reference uses the centred [−π, π] frequency grid.
            assertTrue(worstPercent < 1e-3, worstPercent + " %");
        }
    }

    /**
     * Convention check: with the DFT's own frequencies (2πk/n instead of the centred grid) 8.a.2 and 8.a.3 fail
     * (2.5 % and 8.0 % worst error), so the reference maps need {@link FrequencyGrid#CENTRED}.
     */
    @Test
    void dftFrequencyGridMissesTheReferenceMaps() throws IOException {
        Volume image = Nifti.readVolume(SharedData.require(
                "data/ibsi/ibsi_2_digital_phantom/nifti/checkerboard/image/checkerboard.nii.gz"));
        for (int level : new int[] {2, 3}) {
            Volume ref = Nifti.readVolume(SharedData.require("reference/ibsi2/response_maps/8_a_" + level
                    + "-ValidCRM.nii.gz"));
            float[] out = new SimoncelliFilter(level, false, BoundaryCondition.PERIODIC, FrequencyGrid.DFT)
                    .apply(image.toFloatArray(), image.geometry());
            float[] range = ref.range();
            double worst = 0;
            for (int v = 0; v < out.length; v++) {
                worst = Math.max(worst, Math.abs(out[v] - ref.get(v)));
            }
            double percent = 100 * worst / (range[1] - range[0]);
            assertTrue(percent > 2, "DFT grid unexpectedly matches 8.a." + level + ": " + percent + " %");
        }
    }

    @Test
    void specParameters() {
        FilterParameters p = new FilterParameters(Path.of("t.yaml"), Map.of("level", 2));
        ImageFilter f = FilterRegistry.factory("simoncelli").create(p, false, BoundaryCondition.PERIODIC);
        p.requireAllUsed();
        assertEquals("simoncelli-level-2-3D", f.imageTypeName());
        FilterParameters bad = new FilterParameters(Path.of("t.yaml"), Map.of("level", 0));
        org.junit.jupiter.api.Assertions.assertThrows(BadInputException.class,
                () -> FilterRegistry.factory("simoncelli").create(bad, false, BoundaryCondition.PERIODIC));
    }
}
