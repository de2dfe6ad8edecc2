package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacerisk.common.Progress;

/** Distance maps, GLDZMs and features of tiny ROIs computed by hand. */
class GldzmFamilyTest {

    @Test
    void ibsiTwoDimensionalExample() {
        ProcessedRoi roi = ZoneTestRois.slice(ZoneTestRois.IBSI_2D, 4);
        TextureGrid grid = TextureGrid.of(roi, 1);
        // 4-connected taxicab distance to the edge of the 4 × 4 mask: 1 on the border, 2 inside
        assertArrayEquals(new int[] {
            1, 1, 1, 1,
            1, 2, 2, 1,
            1, 2, 2, 1,
            1, 1, 1, 1}, grid.toFullGrid(BorderDistanceMap.compute(grid, false)));
        // The zones are the GLSZM's 8 (8-connected); only level 4's single voxel at (2,2) lies inside. The manual's
        // GLDZM figure has d(2,1) = 2 and d(3,1) = 2 because it draws 4-connected zones (level 2 split in two);
        // its text, and the reference values, use 8-connected ones.
        SliceMatrices<GreyLevelCountMatrix> m = GldzmFamily.inPlane(grid, 1, Progress.NONE);
        GlszmFamilyTest.assertMatrix(new double[][] {
            {3, 0},
            {1, 0},
            {2, 0},
            {1, 1}}, m.merged().toDense());

        List<FeatureValue> f = new GldzmFamily().compute(roi, ZoneTestRois.context(Approach.TWO_D));
        // SDE = (1/8)(7/1² + 1/2²); LDE = (1/8)(7 + 4)
        assertEquals((7 + 0.25) / 8, ZoneTestRois.value(f, "Small distance emphasis", "8QNN"), 1e-12);
        assertEquals(11 / 8.0, ZoneTestRois.value(f, "Large distance emphasis", "8QNN"), 1e-12);
    }

    @Test
    void cubeDistancesInThreeDimensionsAndPerSlice() {
        ProcessedRoi roi = ZoneTestRois.roi(3, 3, 3, ZoneTestRois.cube(), null, 2);
        TextureGrid grid = TextureGrid.of(roi, 1);
        int[] three = grid.toFullGrid(BorderDistanceMap.compute(grid, true));
        int[] two = grid.toFullGrid(BorderDistanceMap.compute(grid, false));
        for (int v = 0; v < 27; v++) {
            assertEquals(v == 13 ? 2 : 1, three[v], "3D: only the centre is 2 from the edge");
            assertEquals(v % 9 == 4 ? 2 : 1, two[v], "2D: each slice's centre is 2 from the slice's edge");
        }
        GlszmFamilyTest.assertMatrix(new double[][] {{1, 0}, {0, 1}},
                GldzmFamily.volume(grid, 1, Progress.NONE).toDense());
        // per slice: slices 0 and 2 one level-1 zone at distance 1; slice 1 the ring (1) and the centre (2)
        GlszmFamilyTest.assertMatrix(new double[][] {{3, 0}, {0, 1}},
                GldzmFamily.inPlane(grid, 1, Progress.NONE).merged().toDense());
    }

    @Test
    void distancesComeFromTheMorphologicalMask() {
        // Re-segmentation removes the face centre (1,1,0) from the intensity mask only. The centre voxel stays
        // 2 from the edge of the morphological mask (it would be 1 from the edge of the intensity mask).
        int[] grey = ZoneTestRois.cube();
        grey[4] = 0;
        byte[] morph = new byte[27];
        java.util.Arrays.fill(morph, (byte) 1);
        ProcessedRoi roi = ZoneTestRois.roi(3, 3, 3, grey, morph, 2);
        GreyLevelCountMatrix m = GldzmFamily.volume(TextureGrid.of(roi, 1), 1, Progress.NONE);
        GlszmFamilyTest.assertMatrix(new double[][] {{1, 0}, {0, 1}}, m.toDense());
        assertEquals(26, m.voxelCount());
    }
}
