package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacerisk.common.Progress;

/** GLSZM matrices and features of tiny ROIs computed by hand. */
class GlszmFamilyTest {

    @Test
    void ibsiTwoDimensionalExample() {
        // 8-connected zones of the 4 × 4 example: level 1 {(0,0),(0,1)}, (3,2), (1,3); level 2 one zone of five
        // (the diagonal (1,2)-(2,3) links it); level 3 {(3,0),(2,1),(3,1)} and (3,3); level 4 {(0,2),(0,3)}, (2,2).
        TextureGrid grid = TextureGrid.of(ZoneTestRois.slice(ZoneTestRois.IBSI_2D, 4), 1);
        SliceMatrices<GreyLevelCountMatrix> m = GlszmFamily.inPlane(grid, 1, Progress.NONE);
        double[][] expected = {
            {2, 1, 0, 0, 0},
            {0, 0, 0, 0, 1},
            {1, 0, 1, 0, 0},
            {1, 1, 0, 0, 0}};
        assertEquals(1, m.slices().size());
        assertMatrix(expected, m.slices().get(0).toDense());
        assertMatrix(expected, m.merged().toDense()); // the IBSI manual's GLSZM figure
        assertEquals(8, m.merged().itemCount());
        assertEquals(16, m.merged().voxelCount());

        List<FeatureValue> f = new GlszmFamily().compute(ZoneTestRois.slice(ZoneTestRois.IBSI_2D, 4),
                ZoneTestRois.context(Approach.TWO_D, Approach.TWO_AND_HALF_D));
        // SZE = (1/8)(s_.1/1 + s_.2/4 + s_.3/9 + s_.5/25) with s_.1 = 4, s_.2 = 2, s_.3 = 1, s_.5 = 1
        double sze = (4 + 2 / 4.0 + 1 / 9.0 + 1 / 25.0) / 8;
        assertEquals(sze, ZoneTestRois.value(f, "Small zone emphasis", "8QNN"), 1e-12);
        assertEquals(sze, ZoneTestRois.value(f, "Small zone emphasis", "62GR"), 1e-12);
        // GLNU = (3² + 1² + 2² + 2²) / 8
        assertEquals(18 / 8.0, ZoneTestRois.value(f, "Grey level non-uniformity", "8QNN"), 1e-12);
        assertEquals(8 / 16.0, ZoneTestRois.value(f, "Zone percentage", "62GR"), 1e-12);
        assertEquals(32, f.size(), "16 features × 2 approaches");
    }

    @Test
    void cubeInThreeDimensionsAndPerSlice() {
        ProcessedRoi roi = ZoneTestRois.roi(3, 3, 3, ZoneTestRois.cube(), null, 2);
        TextureGrid grid = TextureGrid.of(roi, 1);
        // 3D: the 26 level-1 voxels form one 26-connected zone around the single level-2 voxel
        assertMatrix(new double[][] {row(26, 26), row(26, 1)},
                GlszmFamily.volume(grid, 1, Progress.NONE).toDense());
        // 2D: slices 0 and 2 are one zone of 9; slice 1 is a ring of 8 (8-connected) around the centre
        SliceMatrices<GreyLevelCountMatrix> m = GlszmFamily.inPlane(grid, 1, Progress.NONE);
        assertEquals(3, m.slices().size());
        assertEquals(1, m.slices().get(0).count(1, 9));
        assertEquals(1, m.slices().get(1).count(1, 8));
        assertEquals(1, m.slices().get(1).count(2, 1));
        assertEquals(2, m.merged().count(1, 9));
        assertEquals(1, m.merged().count(1, 8));
        assertEquals(4, m.merged().itemCount());
        assertEquals(27, m.merged().voxelCount());

        List<FeatureValue> f = new GlszmFamily().compute(roi, ZoneTestRois.context(Approach.values()));
        // LZE 3D = (26² + 1²) / 2; 2D average of 81, 81 and (64 + 1)/2
        assertEquals((26 * 26 + 1) / 2.0, ZoneTestRois.value(f, "Large zone emphasis", "KOBO"), 1e-9);
        assertEquals((81 + 81 + 32.5) / 3, ZoneTestRois.value(f, "Large zone emphasis", "8QNN"), 1e-9);
        assertEquals((81 + 81 + 64 + 1) / 4.0, ZoneTestRois.value(f, "Large zone emphasis", "62GR"), 1e-9);
    }

    @Test
    void linkageDistanceTwoJoinsZonesOneVoxelApart() {
        ProcessedRoi roi = ZoneTestRois.slice(new int[][] {{1, 2, 1}}, 2);
        assertEquals(2, GlszmFamily.inPlane(TextureGrid.of(roi, 1), 1, Progress.NONE).merged().count(1, 1));
        assertEquals(1, GlszmFamily.inPlane(TextureGrid.of(roi, 2), 2, Progress.NONE).merged().count(1, 2));
    }

    /** A row of {@code length} with a 1 at count {@code j}. */
    private static double[] row(int length, int j) {
        double[] r = new double[length];
        r[j - 1] = 1;
        return r;
    }

    static void assertMatrix(double[][] expected, double[][] actual) {
        assertEquals(expected.length, actual.length, "grey levels");
        for (int i = 0; i < expected.length; i++) {
            assertArrayEquals(expected[i], actual[i], "grey level " + (i + 1));
        }
    }
}
