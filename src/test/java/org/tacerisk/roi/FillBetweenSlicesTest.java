package org.tacerisk.roi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tacerisk.image.ImageGeometry;

class FillBetweenSlicesTest {

    @Test
    void twoConcentricDiscsGiveDiscsOfTheInterpolatedRadius() {
        ImageGeometry g = RoiFixtures.grid(40, 40, 20, 1, 1, 2.5);
        double r1 = 4;
        double r2 = 14;
        EditableMask m = RoiFixtures.mask(g, (i, j, k) -> k == 2 && disc(i, j, r1) || k == 16 && disc(i, j, r2));
        FillBetweenSlices.Result result = RoiFixtures.edit(m, RoiAction.FILL_BETWEEN_SLICES,
                x -> FillBetweenSlices.fill(x, Orientation.AXIAL));
        assertArrayEquals(new int[] {2, 16}, result.drawnPlanes());
        assertEquals(13, result.filledPlanes());
        for (int k = 3; k < 16; k++) {
            double r = r1 + (r2 - r1) * (k - 2) / 14.0;
            for (int j = 0; j < 40; j++) {
                for (int i = 0; i < 40; i++) {
                    if (disc(i, j, r - 1)) {
                        assertTrue(m.contains(i, j, k), "inside r - 1 = " + (r - 1) + ": " + i + "," + j + "," + k);
                    } else if (!disc(i, j, r + 1)) {
                        assertTrue(!m.contains(i, j, k), "outside r + 1 = " + (r + 1) + ": " + i + "," + j + "," + k);
                    }
                }
            }
        }
        for (int k : new int[] {2, 16}) {
            for (int j = 0; j < 40; j++) {
                for (int i = 0; i < 40; i++) {
                    assertEquals(disc(i, j, k == 2 ? r1 : r2), m.contains(i, j, k), "drawn slices are kept");
                }
            }
        }
        assertEquals(0, m.countInSlice(0) + m.countInSlice(1) + m.countInSlice(17));
    }

    @Test
    void interpolatesInMillimetresOnAnAnisotropicPlane() {
        // coronal planes (u = i at 0.5 mm, v = k at 1.5 mm); discs of 3 mm and 9 mm in the plane, drawn at j = 1 and 7
        ImageGeometry g = RoiFixtures.grid(60, 9, 20, 0.5, 2, 1.5);
        EditableMask m = RoiFixtures.mask(g, (i, j, k) -> j == 1 && discMm(i, k, 3) || j == 7 && discMm(i, k, 9));
        RoiFixtures.edit(m, RoiAction.FILL_BETWEEN_SLICES, x -> FillBetweenSlices.fill(x, Orientation.CORONAL));
        for (int j = 2; j < 7; j++) {
            double r = 3 + 6 * (j - 1) / 6.0;
            for (int k = 0; k < 20; k++) {
                for (int i = 0; i < 60; i++) {
                    // ± one voxel: the larger in-plane spacing, 1.5 mm
                    if (discMm(i, k, r - 1.5)) {
                        assertTrue(m.contains(i, j, k), i + "," + j + "," + k);
                    } else if (!discMm(i, k, r + 1.5)) {
                        assertTrue(!m.contains(i, j, k), i + "," + j + "," + k);
                    }
                }
            }
        }
    }

    @Test
    void fillsEveryGapAndLeavesContiguousSlicesAlone() {
        ImageGeometry g = RoiFixtures.grid(12, 12, 12, 1, 1, 1);
        // the same square drawn on slices 1, 2, 5 and 9
        EditableMask m = RoiFixtures.mask(g, (i, j, k) -> (k == 1 || k == 2 || k == 5 || k == 9)
                && i >= 3 && i <= 7 && j >= 4 && j <= 8);
        FillBetweenSlices.Result result = RoiFixtures.edit(m, RoiAction.FILL_BETWEEN_SLICES,
                x -> FillBetweenSlices.fill(x, Orientation.AXIAL));
        assertEquals(5, result.filledPlanes());
        assertEquals(5 * 25, result.addedVoxels());
        assertEquals(RoiFixtures.where(g, (i, j, k) -> k >= 1 && k <= 9 && i >= 3 && i <= 7 && j >= 4 && j <= 8),
                RoiFixtures.voxels(m));
    }

    @Test
    void refusesWhenThereIsNoGapToFill() {
        ImageGeometry g = RoiFixtures.grid(8, 8, 8, 1, 1, 1);
        EditableMask one = RoiFixtures.mask(g, (i, j, k) -> k == 3 && i == 3);
        one.beginEdit(RoiAction.FILL_BETWEEN_SLICES);
        RoiToolException e = assertThrows(RoiToolException.class, () -> FillBetweenSlices.fill(one,
                Orientation.AXIAL));
        assertEquals(RoiToolException.Problem.NOTHING_TO_INTERPOLATE, e.problem());
        // along the sagittal axis the same mask is one plane (i = 3) too; along coronal, 8 contiguous planes
        assertThrows(RoiToolException.class, () -> FillBetweenSlices.fill(one, Orientation.SAGITTAL));
        assertThrows(RoiToolException.class, () -> FillBetweenSlices.fill(one, Orientation.CORONAL));
    }

    private static boolean disc(int i, int j, double r) {
        return (i - 20) * (i - 20) + (j - 20) * (j - 20) <= r * r;
    }

    private static boolean discMm(int i, int k, double r) {
        double x = (i - 30) * 0.5;
        double z = (k - 10) * 1.5;
        return x * x + z * z <= r * r;
    }
}
