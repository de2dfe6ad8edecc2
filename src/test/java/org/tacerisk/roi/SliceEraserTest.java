package org.tacerisk.roi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tacerisk.image.ImageGeometry;

class SliceEraserTest {

    private final ImageGeometry g = RoiFixtures.grid(5, 4, 3, 1, 1, 1);

    @Test
    void deletesTheVoxelsOfOnePlaneOfEachOrientation() {
        EditableMask m = RoiFixtures.mask(g, (i, j, k) -> true);
        assertEquals(20, (int) RoiFixtures.edit(m, RoiAction.DELETE_ON_SLICE,
                x -> SliceEraser.deleteOn(x, SlicePlane.axial(1))));
        assertEquals(10, (int) RoiFixtures.edit(m, RoiAction.DELETE_ON_SLICE,
                x -> SliceEraser.deleteOn(x, SlicePlane.coronal(3))));
        assertEquals(6, (int) RoiFixtures.edit(m, RoiAction.DELETE_ON_SLICE,
                x -> SliceEraser.deleteOn(x, SlicePlane.sagittal(0))));
        assertEquals(RoiFixtures.where(g, (i, j, k) -> k != 1 && j != 3 && i != 0), RoiFixtures.voxels(m));
        assertEquals(0, (int) RoiFixtures.edit(m, RoiAction.DELETE_ON_SLICE,
                x -> SliceEraser.deleteOn(x, SlicePlane.axial(1))), "an empty plane: nothing removed");
    }

    @Test
    void clearEmptiesTheMaskAsOneUndoStep() {
        RoiEditor editor = new RoiEditor(RoiFixtures.ct(g, (i, j, k) -> 0),
                RoiFixtures.mask(g, (i, j, k) -> i == j), new UndoHistory());
        EditableMask before = editor.mask().copy();
        editor.perform(RoiAction.CLEAR, m -> {
            m.clearAll();
            return null;
        });
        assertTrue(editor.mask().isEmpty());
        editor.undo();
        assertTrue(editor.mask().sameVoxels(before));
    }
}
