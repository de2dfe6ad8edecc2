package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacerisk.common.Progress;

/**
 * NGTDMs and all five features of tiny ROIs computed by hand (δ = 1; neighbours only inside the intensity mask).
 * Expected values are exact fractions worked out from the definitions (IBSI-1 IPET), never the code's own output.
 */
class NgtdmFamilyTest {

    /**
     * IBSI-1's 4 × 4 texture example. Every pixel counts, with the neighbours it has in the ROI (3 at corners, 5 on
     * edges, 8 inside); |i − mean of neighbours| per pixel, rows top to bottom:
     * <pre>
     *   2/3  1/5  3/5  1/3
     *   6/5  3/8  5/8  2/5
     *   2    5/8  15/8 2
     *   5/3  11/5 1/5  2/3
     * </pre>
     * (the four inner pixels are the manual's 19/8, 19/8, 21/8, 17/8 neighbourhood means). So n = (4, 5, 4, 3),
     * N_v,c = 16, s_1 = 91/15, s_2 = 2, s_3 = 81/40, s_4 = 133/24, Σ s_i = 469/30 and Σ p_i s_i = 7079/1920.
     */
    private static final double S1 = 91 / 15.0;
    private static final double S2 = 2;
    private static final double S3 = 81 / 40.0;
    private static final double S4 = 133 / 24.0;

    @Test
    void ibsiTwoDimensionalExampleMatrix() {
        NgtdmMatrix m = NgtdmMatrix.inPlane(TextureGrid.of(ZoneTestRois.slice(ZoneTestRois.IBSI_2D, 4), 1), 1,
                Progress.NONE).merged();
        double[] n = {0, 4, 5, 4, 3};
        double[] s = {0, S1, S2, S3, S4};
        for (int i = 1; i <= 4; i++) {
            assertEquals(n[i], m.count(i), "n_" + i);
            assertEquals(s[i], m.difference(i), 1e-12, "s_" + i);
        }
        assertEquals(16, m.validVoxelCount());
    }

    /**
     * The five features of the example, each worked out by hand from n and s above (p = (4, 5, 4, 3) / 16,
     * N_g,p = 4). A single slice: the 2D average, the 2.5D merge and the 3D matrix (no neighbours above or below)
     * are the same matrix.
     */
    @Test
    void ibsiTwoDimensionalExampleFeatures() {
        List<FeatureValue> f = new NgtdmFamily().compute(ZoneTestRois.slice(ZoneTestRois.IBSI_2D, 4),
                ZoneTestRois.context(Approach.values()));
        for (String code : List.of("8QNN", "62GR", "KOBO")) {
            // coarseness = 1 / Σ p_i s_i = 1920 / 7079
            assertEquals(1920 / 7079.0, ZoneTestRois.value(f, "Coarseness", code), 1e-12, code);
            // contrast: Σ_a Σ_b p_a p_b (a − b)² = 2 (20 + 64 + 108 + 20 + 60 + 12) / 256 = 71/32, over
            // N_g,p (N_g,p − 1) = 12, times Σ s_i / N_v,c = 469/480: 33299/184320
            assertEquals(33299 / 184320.0, ZoneTestRois.value(f, "Contrast", code), 1e-12, code);
            // busyness: i p_i = (4, 10, 12, 12) / 16; Σ_a Σ_b |a p_a − b p_b| = 2 (6 + 8 + 8 + 2 + 2 + 0) / 16
            // = 13/4, so 7079/1920 / (13/4) = 7079/6240
            assertEquals(7079 / 6240.0, ZoneTestRois.value(f, "Busyness", code), 1e-12, code);
            // complexity: (1/16) Σ_a Σ_b |a − b| (p_a s_a + p_b s_b) / (p_a + p_b) = 1258697/241920
            assertEquals(1258697 / 241920.0, ZoneTestRois.value(f, "Complexity", code), 1e-12, code);
            // strength: Σ_a Σ_b (p_a + p_b)(a − b)² = 2 (9 + 32 + 63 + 9 + 32 + 7) / 16 = 19, over Σ s_i: 570/469
            assertEquals(570 / 469.0, ZoneTestRois.value(f, "Strength", code), 1e-12, code);
        }
    }

    /**
     * A 3 × 3 × 3 cube, level 2 at the centre and 1 elsewhere. The centre has 26 neighbours of level 1: s_2 = 1.
     * A level-1 voxel has the centre among its neighbours: the 8 corners 7 neighbours (mean 8/7), the 12 edge
     * middles 11 (12/11), the 6 face centres 17 (18/17), so s_1 = 8/7 + 12/11 + 6/17 = 3386/1309; n = (26, 1),
     * p = (26, 1)/27, Σ p_i s_i = 89345/35343, Σ s_i = 4695/1309.
     */
    @Test
    void cubeInThreeDimensions() {
        ProcessedRoi roi = ZoneTestRois.roi(3, 3, 3, ZoneTestRois.cube(), null, 2);
        NgtdmMatrix m = NgtdmMatrix.volume(TextureGrid.of(roi, 1), 1, Progress.NONE);
        assertEquals(26, m.count(1));
        assertEquals(1, m.count(2));
        assertEquals(3386 / 1309.0, m.difference(1), 1e-12);
        assertEquals(1, m.difference(2), 1e-12);

        List<FeatureValue> f = new NgtdmFamily().compute(roi, ZoneTestRois.context(Approach.THREE_D));
        // coarseness = 35343/89345
        assertEquals(35343 / 89345.0, ZoneTestRois.value(f, "Coarseness", "KOBO"), 1e-12);
        // contrast = [2 p_1 p_2 · 1² / (2 · 1)] · Σ s_i / 27 = (26/729) · (4695/1309) / 27 = 40690/8588349
        assertEquals(40690 / 8588349.0, ZoneTestRois.value(f, "Contrast", "KOBO"), 1e-12);
        // busyness = Σ p_i s_i / (2 |26/27 − 2/27|) = (89345/35343) / (48/27) = 89345/62832
        assertEquals(89345 / 62832.0, ZoneTestRois.value(f, "Busyness", "KOBO"), 1e-12);
        // complexity = (1/27) · 2 · |1 − 2| · (p_1 s_1 + p_2 s_2) / (p_1 + p_2) = 178690/954261
        assertEquals(178690 / 954261.0, ZoneTestRois.value(f, "Complexity", "KOBO"), 1e-12);
        // strength = 2 (p_1 + p_2)(1 − 2)² / Σ s_i = 2 · 1309/4695 = 2618/4695
        assertEquals(2618 / 4695.0, ZoneTestRois.value(f, "Strength", "KOBO"), 1e-12);
    }

    @Test
    void voxelsWithoutNeighboursAreLeftOutAndHomogeneousRoisFollowIbsi() {
        // Two isolated voxels: no valid neighbourhood anywhere, so every feature is undefined (NaN with a reason)
        ProcessedRoi isolated = ZoneTestRois.slice(new int[][] {{1, 0, 2}}, 2);
        for (FeatureValue v : new NgtdmFamily().compute(isolated, ZoneTestRois.context(Approach.values()))) {
            assertTrue(Double.isNaN(v.value()), v.toString());
            assertTrue(!v.undefinedReason().isEmpty(), v.toString());
        }
        // A homogeneous ROI: Σ p_i s_i = 0, so coarseness is IBSI's maximum 10⁶ and the others are 0
        List<FeatureValue> flat = new NgtdmFamily().compute(ZoneTestRois.slice(new int[][] {{3, 3}, {3, 3}}, 4),
                ZoneTestRois.context(Approach.TWO_D));
        assertEquals(1e6, ZoneTestRois.value(flat, "Coarseness", "8QNN"));
        for (String name : List.of("Contrast", "Busyness", "Complexity", "Strength")) {
            assertEquals(0, ZoneTestRois.value(flat, name, "8QNN"), name);
        }
    }
}
