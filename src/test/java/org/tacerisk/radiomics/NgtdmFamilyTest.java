package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacerisk.common.Progress;

/** NGTDMs and features of tiny ROIs computed by hand (δ = 1; neighbours only inside the intensity mask). */
class NgtdmFamilyTest {

    @Test
    void ibsiTwoDimensionalExampleWithPartialNeighbourhoods() {
        // Every pixel of the 4 × 4 example counts, with the neighbours it has in the ROI (3 at corners, 5 on
        // edges, 8 inside). |i − mean of neighbours| per pixel, rows top to bottom:
        //   2/3  1/5  3/5  1/3
        //   6/5  3/8  5/8  2/5
        //   2    5/8  15/8 2
        //   5/3  11/5 1/5  2/3
        // (the four inner pixels are the manual's 19/8, 19/8, 21/8, 17/8 neighbourhood means)
        NgtdmMatrix m = NgtdmMatrix.inPlane(TextureGrid.of(ZoneTestRois.slice(ZoneTestRois.IBSI_2D, 4), 1), 1,
                Progress.NONE).merged();
        double s1 = 2 / 3.0 + 6 / 5.0 + 2 + 11 / 5.0;
        double s2 = 1 / 5.0 + 3 / 5.0 + 3 / 8.0 + 5 / 8.0 + 1 / 5.0;
        double s3 = 1 / 3.0 + 5 / 8.0 + 2 / 5.0 + 2 / 3.0;
        double s4 = 2 + 15 / 8.0 + 5 / 3.0;
        double[] n = {0, 4, 5, 4, 3};
        double[] s = {0, s1, s2, s3, s4};
        for (int i = 1; i <= 4; i++) {
            assertEquals(n[i], m.count(i), "n_" + i);
            assertEquals(s[i], m.difference(i), 1e-12, "s_" + i);
        }
        assertEquals(16, m.validVoxelCount());

        List<FeatureValue> f = new NgtdmFamily().compute(ZoneTestRois.slice(ZoneTestRois.IBSI_2D, 4),
                ZoneTestRois.context(Approach.TWO_D));
        double sumPs = (4 * s1 + 5 * s2 + 4 * s3 + 3 * s4) / 16;
        assertEquals(1 / sumPs, ZoneTestRois.value(f, "Coarseness", "8QNN"), 1e-12);
        // strength: Σ over ordered pairs (p_a + p_b)(a − b)² = 2 · (9·1 + 8·4 + 7·9 + 9·1 + 8·4 + 7·1)/16 = 19
        assertEquals(19 / (s1 + s2 + s3 + s4), ZoneTestRois.value(f, "Strength", "8QNN"), 1e-12);
    }

    @Test
    void cubeInThreeDimensions() {
        // Centre (level 2): 26 neighbours of level 1, difference 1. A level-1 voxel has the centre among its
        // neighbours: corners 7 neighbours (mean 8/7), edge middles 11 (12/11), face centres 17 (18/17).
        ProcessedRoi roi = ZoneTestRois.roi(3, 3, 3, ZoneTestRois.cube(), null, 2);
        NgtdmMatrix m = NgtdmMatrix.volume(TextureGrid.of(roi, 1), 1, Progress.NONE);
        assertEquals(26, m.count(1));
        assertEquals(1, m.count(2));
        assertEquals(8 / 7.0 + 12 / 11.0 + 6 / 17.0, m.difference(1), 1e-12);
        assertEquals(1, m.difference(2), 1e-12);
        // contrast = [1/(2·1) · 2 p_1 p_2 · 1²] · (s_1 + s_2)/27
        List<FeatureValue> f = new NgtdmFamily().compute(roi, ZoneTestRois.context(Approach.THREE_D));
        double p1 = 26 / 27.0;
        double p2 = 1 / 27.0;
        assertEquals(p1 * p2 * (m.difference(1) + 1) / 27, ZoneTestRois.value(f, "Contrast", "KOBO"), 1e-12);
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
