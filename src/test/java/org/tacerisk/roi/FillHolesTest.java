package org.tacerisk.roi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.tacerisk.image.ImageGeometry;

class FillHolesTest {

    private final ImageGeometry g = RoiFixtures.grid(10, 10, 7, 1, 1, 1);

    @Test
    void fillsTheHoleOfARingOnOnePlane() {
        EditableMask m = RoiFixtures.mask(g, (i, j, k) -> k == 3 && square(i, j, 2, 7) && !square(i, j, 4, 5));
        int added = RoiFixtures.edit(m, RoiAction.FILL_HOLES, x -> FillHoles.inPlane(x, SlicePlane.axial(3)));
        assertEquals(4, added);
        assertEquals(RoiFixtures.where(g, (i, j, k) -> k == 3 && square(i, j, 2, 7)), RoiFixtures.voxels(m));
    }

    @Test
    void aDiagonalGapDoesNotLetAHoleEscape() {
        // a diamond outline, joined only through corners: 8-connected, so its inside is a hole
        EditableMask m = RoiFixtures.mask(g, (i, j, k) -> k == 0 && Math.abs(i - 5) + Math.abs(j - 5) == 3);
        RoiFixtures.edit(m, RoiAction.FILL_HOLES, x -> FillHoles.inPlane(x, SlicePlane.axial(0)));
        assertEquals(RoiFixtures.where(g, (i, j, k) -> k == 0 && Math.abs(i - 5) + Math.abs(j - 5) <= 3),
                RoiFixtures.voxels(m));
    }

    @Test
    void aBayOpenToTheOutsideIsNoHole() {
        EditableMask m = RoiFixtures.mask(g, (i, j, k) -> k == 3 && square(i, j, 2, 7) && !(i >= 4 && i <= 5 && j >= 4));
        int added = RoiFixtures.edit(m, RoiAction.FILL_HOLES, x -> FillHoles.inPlane(x, SlicePlane.axial(3)));
        assertEquals(0, added);
    }

    @Test
    void anOpenCupIsFilledSliceBySliceButNotIn3d() {
        // bottom at k = 1, walls up to k = 4, open at the top
        EditableMask cup = RoiFixtures.mask(g, Cup::cup);
        EditableMask in3d = cup.copy();
        assertEquals(0, (int) RoiFixtures.edit(in3d, RoiAction.FILL_HOLES, FillHoles::in3d));
        int added = RoiFixtures.edit(cup, RoiAction.FILL_HOLES, x -> FillHoles.eachSlice(x, Orientation.AXIAL));
        assertEquals(3 * 16, added);
        assertEquals(RoiFixtures.where(g, (i, j, k) -> k >= 1 && k <= 4 && square(i, j, 2, 7)),
                RoiFixtures.voxels(cup));
        // on coronal planes the cup is a U, open at the top: nothing to fill
        EditableMask coronal = RoiFixtures.mask(g, Cup::cup);
        assertEquals(0, (int) RoiFixtures.edit(coronal, RoiAction.FILL_HOLES,
                x -> FillHoles.eachSlice(x, Orientation.CORONAL)));
    }

    @Test
    void aClosedBoxIsFilledIn3d() {
        EditableMask box = RoiFixtures.mask(g, (i, j, k) -> Cup.cup(i, j, k) || k == 5 && square(i, j, 2, 7));
        int added = RoiFixtures.edit(box, RoiAction.FILL_HOLES, FillHoles::in3d);
        assertEquals(3 * 16, added);
        assertEquals(RoiFixtures.where(g, (i, j, k) -> k >= 1 && k <= 5 && square(i, j, 2, 7)),
                RoiFixtures.voxels(box));
    }

    @Test
    void refusesAnEmptyMask() {
        EditableMask m = new EditableMask(g);
        m.beginEdit(RoiAction.FILL_HOLES);
        assertEquals(RoiToolException.Problem.MASK_EMPTY,
                assertThrows(RoiToolException.class, () -> FillHoles.in3d(m)).problem());
    }

    static boolean square(int i, int j, int from, int to) {
        return i >= from && i <= to && j >= from && j <= to;
    }

    /** A square cup: bottom plate at k = 1, one-voxel walls up to k = 4, open at the top. */
    static final class Cup {
        static boolean cup(int i, int j, int k) {
            return k == 1 && square(i, j, 2, 7) || k >= 2 && k <= 4 && square(i, j, 2, 7) && !square(i, j, 3, 6);
        }
    }
}
