package org.tacerisk.roi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Volume;

class RegionGrowTest {

    private final ImageGeometry g = RoiFixtures.grid(24, 20, 14, 1, 1, 2);
    private final HuRange tumour = new HuRange(50, 150);

    /** Two overlapping ellipsoids and a one-voxel spur: an irregular blob of 100 HU. */
    private static boolean blob(int i, int j, int k) {
        return sq(i - 8) / 16.0 + sq(j - 9) / 9.0 + sq(k - 6) / 4.0 <= 1
                || sq(i - 12) / 9.0 + sq(j - 10) / 16.0 + sq(k - 7) / 9.0 <= 1
                || i == 16 && j == 10 && k == 7;
    }

    /** A second 100 HU blob that touches the first only along an edge (diagonally). */
    private static boolean neighbour(int i, int j, int k) {
        return i == 17 && j == 11 && k >= 5 && k <= 9;
    }

    @Test
    void growsExactlyTheSixConnectedBlobAroundTheSeed() {
        Volume ct = RoiFixtures.ct(g, (i, j, k) -> blob(i, j, k) || neighbour(i, j, k) ? 100 : 0);
        RoiEditor editor = new RoiEditor(ct, new EditableMask(g), new UndoHistory());
        RegionGrow.Result result = editor.perform(RoiAction.GROW_FROM_SEED,
                m -> RegionGrow.grow(m, ct, new int[] {8, 9, 6}, tumour, 5));
        Set<String> expected = RoiFixtures.where(g, RegionGrowTest::blob);
        assertEquals(expected, RoiFixtures.voxels(editor.mask()));
        assertEquals(RegionGrow.Status.GROWN, result.status());
        assertEquals(expected.size(), result.regionVoxels());
        assertEquals(expected.size(), result.addedVoxels());
        assertEquals(expected.size() * 2 / 1000.0, result.regionMl(), 1e-12);
        assertFalse(RoiFixtures.voxels(editor.mask()).contains("17,11,7"), "a diagonal touch is no connection");
    }

    @Test
    void aRegionOfExactlyTheCapIsGrown() {
        Volume ct = RoiFixtures.ct(g, (i, j, k) -> blob(i, j, k) ? 100 : 0);
        int voxels = RoiFixtures.where(g, RegionGrowTest::blob).size();
        EditableMask m = new EditableMask(g);
        RegionGrow.Result result = RoiFixtures.edit(m, RoiAction.GROW_FROM_SEED,
                x -> RegionGrow.grow(x, ct, new int[] {8, 9, 6}, tumour, voxels * 2 / 1000.0));
        assertEquals(RegionGrow.Status.GROWN, result.status());
        assertEquals(voxels, m.count());
    }

    @Test
    void stopsAtTheCapWhenTheRegionLeaksAndLeavesTheMaskAlone() {
        // the blob joins the slab k ≥ 11 (100 HU, 24 × 20 × 3 voxels) through a one-voxel channel
        Volume ct = RoiFixtures.ct(g, (i, j, k) -> blob(i, j, k) || k >= 11 || i == 12 && j == 10 && k == 10 ? 100 : 0);
        EditableMask start = RoiFixtures.mask(g, (i, j, k) -> i == 0 && j == 0 && k == 0);
        RoiEditor editor = new RoiEditor(ct, start, new UndoHistory());
        double capMl = 1.0;
        RegionGrow.Result result = editor.perform(RoiAction.GROW_FROM_SEED,
                m -> RegionGrow.grow(m, ct, new int[] {8, 9, 6}, tumour, capMl));
        assertEquals(RegionGrow.Status.LEAKED, result.status());
        assertTrue(result.regionVoxels() > 500, "stopped beyond the cap of 500 voxels: " + result.regionVoxels());
        assertTrue(result.regionVoxels() <= 506, "and at once: " + result.regionVoxels());
        assertEquals(0, result.addedVoxels());
        assertEquals(Set.of("0,0,0"), RoiFixtures.voxels(editor.mask()));
        assertFalse(editor.history().canUndo(), "a leak is no undo step");
    }

    @Test
    void refusesSeedsAndCapsItCannotUse() {
        Volume ct = RoiFixtures.ct(g, (i, j, k) -> blob(i, j, k) ? 100 : 0);
        RoiEditor editor = new RoiEditor(ct, new EditableMask(g), new UndoHistory());
        RoiToolException outside = assertThrows(RoiToolException.class, () -> editor.perform(
                RoiAction.GROW_FROM_SEED, m -> RegionGrow.grow(m, ct, new int[] {24, 3, 3}, tumour, 5)));
        assertEquals(RoiToolException.Problem.OUTSIDE_VOLUME, outside.problem());
        assertEquals(List.of(24.0, 3.0, 3.0), outside.values());
        RoiToolException air = assertThrows(RoiToolException.class, () -> editor.perform(
                RoiAction.GROW_FROM_SEED, m -> RegionGrow.grow(m, ct, new int[] {0, 0, 0}, tumour, 5)));
        assertEquals(RoiToolException.Problem.SEED_OUTSIDE_RANGE, air.problem());
        assertEquals("the seed voxel is 0 HU, outside the range 50 … 150 HU", air.getMessage());
        RoiToolException cap = assertThrows(RoiToolException.class, () -> editor.perform(
                RoiAction.GROW_FROM_SEED, m -> RegionGrow.grow(m, ct, new int[] {8, 9, 6}, tumour, 0)));
        assertEquals(RoiToolException.Problem.CAP_NOT_POSITIVE, cap.problem());
        assertTrue(editor.mask().isEmpty());
        assertFalse(editor.mask().isEditing());
    }

    private static double sq(double x) {
        return x * x;
    }
}
