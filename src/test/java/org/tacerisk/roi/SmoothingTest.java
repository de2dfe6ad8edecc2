package org.tacerisk.roi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.tacerisk.image.ImageGeometry;

class SmoothingTest {

    /** A slab through the whole grid in i and j, slices 3 … 7. */
    private final ImageGeometry g = RoiFixtures.grid(9, 9, 12, 1, 1, 1);

    private static boolean slab(int i, int j, int k) {
        return k >= 3 && k <= 7;
    }

    @Test
    void medianRemovesASpikeAndFillsADentAndKeepsAFlatSurface() {
        // kernel 3 mm: the 19 voxels within 1.5 mm. The spike above the slab has 5 of them inside, the dent 13.
        EditableMask m = RoiFixtures.mask(g, (i, j, k) -> slab(i, j, k) && !(i == 2 && j == 6 && k == 7)
                || i == 4 && j == 4 && k == 8);
        int changed = RoiFixtures.edit(m, RoiAction.SMOOTHING, x -> Smoothing.apply(x, Smoothing.Method.MEDIAN, 3));
        assertEquals(RoiFixtures.where(g, SmoothingTest::slab), RoiFixtures.voxels(m));
        assertEquals(2, changed);
    }

    @Test
    void openingRemovesAThinPillar() {
        EditableMask m = RoiFixtures.mask(g, (i, j, k) -> slab(i, j, k) || i == 4 && j == 4 && k >= 8 && k <= 10);
        RoiFixtures.edit(m, RoiAction.SMOOTHING, x -> Smoothing.apply(x, Smoothing.Method.OPENING, 3));
        assertEquals(RoiFixtures.where(g, SmoothingTest::slab), RoiFixtures.voxels(m));
    }

    @Test
    void closingFillsANarrowGroove() {
        EditableMask m = RoiFixtures.mask(g, (i, j, k) -> slab(i, j, k) && !(i == 5 && k == 7));
        int changed = RoiFixtures.edit(m, RoiAction.SMOOTHING, x -> Smoothing.apply(x, Smoothing.Method.CLOSING, 3));
        assertEquals(RoiFixtures.where(g, SmoothingTest::slab), RoiFixtures.voxels(m));
        assertEquals(9, changed);
    }

    @Test
    void refusesAKernelThatReachesNoNeighbour() {
        EditableMask m = RoiFixtures.mask(g, SmoothingTest::slab);
        m.beginEdit(RoiAction.SMOOTHING);
        assertEquals(RoiToolException.Problem.SIZE_BELOW_VOXEL, assertThrows(RoiToolException.class,
                () -> Smoothing.apply(m, Smoothing.Method.MEDIAN, 1.5)).problem());
    }
}
