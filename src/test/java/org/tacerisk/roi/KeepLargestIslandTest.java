package org.tacerisk.roi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.tacerisk.image.ImageGeometry;

class KeepLargestIslandTest {

    private final ImageGeometry g = RoiFixtures.grid(12, 12, 8, 1, 1, 2);

    private static boolean bigBox(int i, int j, int k) {
        return i >= 2 && i <= 4 && j >= 2 && j <= 4 && k >= 2 && k <= 4;
    }

    @Test
    void keepsTheLargestSixConnectedComponent() {
        // a 27-voxel box, an 8-voxel cube far away, and a voxel touching the box's corner only along an edge
        EditableMask m = RoiFixtures.mask(g, (i, j, k) -> bigBox(i, j, k)
                || i >= 8 && i <= 9 && j >= 8 && j <= 9 && k >= 5 && k <= 6
                || i == 5 && j == 5 && k == 4);
        KeepLargestIsland.Result result = RoiFixtures.edit(m, RoiAction.KEEP_LARGEST_ISLAND, KeepLargestIsland::apply);
        assertEquals(new KeepLargestIsland.Result(3, 27, 9), result);
        assertEquals(RoiFixtures.where(g, KeepLargestIslandTest::bigBox), RoiFixtures.voxels(m));
    }

    @Test
    void oneIslandIsLeftAlone() {
        EditableMask m = RoiFixtures.mask(g, KeepLargestIslandTest::bigBox);
        assertEquals(new KeepLargestIsland.Result(1, 27, 0),
                RoiFixtures.edit(m, RoiAction.KEEP_LARGEST_ISLAND, KeepLargestIsland::apply));
    }

    @Test
    void refusesAnEmptyMask() {
        EditableMask m = new EditableMask(g);
        m.beginEdit(RoiAction.KEEP_LARGEST_ISLAND);
        assertEquals(RoiToolException.Problem.MASK_EMPTY,
                assertThrows(RoiToolException.class, () -> KeepLargestIsland.apply(m)).problem());
    }
}
