package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacerisk.common.Progress;

/** NGLDMs and features of tiny ROIs computed by hand (δ = 1, centre voxel counted, neighbours in the ROI only). */
class NgldmFamilyTest {

    @Test
    void ibsiTwoDimensionalExample() {
        // α = 0: dependence j = 1 + equal 8-neighbours in the ROI, rows top to bottom:
        //   2 3 3 3
        //   2 4 3 3
        //   2 3 1 1
        //   2 1 2 1
        ProcessedRoi roi = ZoneTestRois.slice(ZoneTestRois.IBSI_2D, 4);
        SliceMatrices<GreyLevelCountMatrix> m = NgldmFamily.inPlane(TextureGrid.of(roi, 1), 1, 0, Progress.NONE);
        GlszmFamilyTest.assertMatrix(new double[][] {
            {2, 2, 0, 0},
            {0, 1, 3, 1},
            {1, 0, 3, 0},
            {1, 2, 0, 0}}, m.merged().toDense());
        assertEquals(16, m.merged().itemCount());

        List<FeatureValue> f = new NgldmFamily().compute(roi, ZoneTestRois.context(Approach.TWO_D));
        // s_.j = 4, 5, 6, 1: LDE = (4 + 5/4 + 6/9 + 1/16)/16, DCNU = (16 + 25 + 36 + 1)/16
        assertEquals((4 + 5 / 4.0 + 6 / 9.0 + 1 / 16.0) / 16, ZoneTestRois.value(f, "Low dependence emphasis", "8QNN"),
                1e-12);
        assertEquals(78 / 16.0, ZoneTestRois.value(f, "Dependence count non-uniformity", "8QNN"), 1e-12);
        assertEquals(1, ZoneTestRois.value(f, "Dependence count percentage", "8QNN"));
    }

    @Test
    void cubeInThreeDimensionsWithCoarsenessZeroAndOne() {
        ProcessedRoi roi = ZoneTestRois.roi(3, 3, 3, ZoneTestRois.cube(), null, 2);
        TextureGrid grid = TextureGrid.of(roi, 1);
        // α = 0: corners 1 + 6, edge middles 1 + 10, face centres 1 + 16 (the centre differs); centre 1
        GreyLevelCountMatrix strict = NgldmFamily.volume(grid, 1, 0, Progress.NONE);
        assertEquals(8, strict.count(1, 7));
        assertEquals(12, strict.count(1, 11));
        assertEquals(6, strict.count(1, 17));
        assertEquals(1, strict.count(2, 1));
        assertEquals(27, strict.itemCount());
        // α = 1: every neighbour in the ROI is dependent: corners 8, edges 12, faces 18, centre 27
        GreyLevelCountMatrix coarse = NgldmFamily.volume(grid, 1, 1, Progress.NONE);
        assertEquals(8, coarse.count(1, 8));
        assertEquals(12, coarse.count(1, 12));
        assertEquals(6, coarse.count(1, 18));
        assertEquals(1, coarse.count(2, 27));

        TextureParameters alphaOne = new TextureParameters(1, 1, 1, 1, 1, true);
        List<FeatureValue> f = new NgldmFamily().compute(roi, ZoneTestRois.context(alphaOne, Approach.THREE_D));
        assertEquals((8 * 64 + 12 * 144 + 6 * 324 + 729) / 27.0,
                ZoneTestRois.value(f, "High dependence emphasis", "KOBO"), 1e-9);
    }
}
