package org.tacerisk.roi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tacerisk.image.ImageGeometry;

class MarginTest {

    private final ImageGeometry aniso = RoiFixtures.grid(15, 13, 9, 0.7, 1.1, 2.4);

    @Test
    void growingOneVoxelGivesTheVoxelsWithinTheMarginOnAnAnisotropicGrid() {
        EditableMask m = RoiFixtures.mask(aniso, (i, j, k) -> i == 7 && j == 6 && k == 4);
        int added = RoiFixtures.edit(m, RoiAction.MARGIN, x -> Margin.grow(x, 3.0));
        Set<String> ball = RoiFixtures.where(aniso, (i, j, k) -> sq(0.7 * (i - 7)) + sq(1.1 * (j - 6))
                + sq(2.4 * (k - 4)) <= 9.0);
        assertEquals(ball, RoiFixtures.voxels(m));
        assertEquals(ball.size() - 1, added);
        // by hand along the axes: 4 voxels each way along i (2.8 mm), 2 along j (2.2 mm), 1 along k (2.4 mm)
        for (String v : new String[] {"11,6,4", "3,6,4", "7,8,4", "7,4,4", "7,6,5", "7,6,3"}) {
            assertEquals(true, ball.contains(v), v);
        }
        for (String v : new String[] {"12,6,4", "7,9,4", "7,6,6", "9,8,5"}) {
            assertEquals(false, ball.contains(v), v);
        }
    }

    @Test
    void aVoxelExactlyAtTheMarginIsInside() {
        EditableMask m = RoiFixtures.mask(aniso, (i, j, k) -> i == 7 && j == 6 && k == 4);
        RoiFixtures.edit(m, RoiAction.MARGIN, x -> Margin.grow(x, 2.4));
        assertEquals(true, m.contains(7, 6, 5));
        assertEquals(true, m.contains(7, 6, 3));
        assertEquals(true, m.contains(7, 8, 4), "2 voxels along j: 2.2 mm");
        assertEquals(false, m.contains(7, 9, 4), "3 voxels along j: 3.3 mm");
    }

    @Test
    void shrinkingRemovesTheVoxelsWithinTheMarginOfTheOutside() {
        ImageGeometry g = RoiFixtures.grid(14, 14, 9, 1, 1, 2.5);
        EditableMask m = RoiFixtures.mask(g, (i, j, k) -> box(i, j, k, 2, 11, 2, 6));
        int removed = RoiFixtures.edit(m, RoiAction.MARGIN, x -> Margin.shrink(x, 2.0));
        // within 2 mm of outside: two layers along i and j; along k the outside is 2.5 mm away, so no layer goes
        assertEquals(RoiFixtures.where(g, (i, j, k) -> box(i, j, k, 4, 9, 2, 6)), RoiFixtures.voxels(m));
        assertEquals(10 * 10 * 5 - 6 * 6 * 5, removed);
    }

    @Test
    void theEdgeOfTheSeriesIsNotBackground() {
        ImageGeometry g = RoiFixtures.grid(10, 10, 4, 1, 1, 1);
        EditableMask m = RoiFixtures.mask(g, (i, j, k) -> i <= 5);
        RoiFixtures.edit(m, RoiAction.MARGIN, x -> Margin.shrink(x, 1.0));
        assertEquals(RoiFixtures.where(g, (i, j, k) -> i <= 4), RoiFixtures.voxels(m));
    }

    @Test
    void refusesMarginsThatReachNoVoxelAndAnEmptyMask() {
        EditableMask m = RoiFixtures.mask(aniso, (i, j, k) -> i == 7 && j == 6 && k == 4);
        m.beginEdit(RoiAction.MARGIN);
        RoiToolException small = assertThrows(RoiToolException.class, () -> Margin.grow(m, 0.5));
        assertEquals(RoiToolException.Problem.SIZE_BELOW_VOXEL, small.problem());
        assertEquals("the margin of 0.5 mm is smaller than the smallest voxel spacing (0.7 mm), so it would change "
                + "nothing", small.getMessage());
        assertEquals(RoiToolException.Problem.SIZE_NOT_POSITIVE,
                assertThrows(RoiToolException.class, () -> Margin.shrink(m, -1)).problem());
        m.abortEdit();
        EditableMask empty = new EditableMask(aniso);
        empty.beginEdit(RoiAction.MARGIN);
        assertEquals(RoiToolException.Problem.MASK_EMPTY,
                assertThrows(RoiToolException.class, () -> Margin.grow(empty, 2)).problem());
    }

    static boolean box(int i, int j, int k, int from, int to, int k0, int k1) {
        return i >= from && i <= to && j >= from && j <= to && k >= k0 && k <= k1;
    }

    private static double sq(double x) {
        return x * x;
    }
}
