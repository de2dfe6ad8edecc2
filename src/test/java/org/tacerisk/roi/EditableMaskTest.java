package org.tacerisk.roi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;

class EditableMaskTest {

    private final ImageGeometry small = RoiFixtures.grid(4, 3, 2, 0.8, 0.9, 2.5);

    @Test
    void roundTripsThroughImageMaskBitForBit() {
        ImageGeometry g = RoiFixtures.grid(70, 9, 5, 1, 1, 1);
        byte[] bytes = new byte[g.voxelCount()];
        Random random = new Random(3);
        for (int n = 0; n < bytes.length; n++) {
            bytes[n] = (byte) (random.nextInt(3) == 0 ? 1 : 0);
        }
        Mask original = Mask.of(g, bytes.clone());
        EditableMask editable = EditableMask.of(original);
        assertArrayEquals(bytes, editable.toMask().toByteArray());
        assertEquals(original.count(), editable.count());
        assertArrayEquals(original.boundingBox(), editable.boundingBox());
    }

    @Test
    void copiesEachOrientationsPlaneWithUFastest() {
        EditableMask m = RoiFixtures.mask(small, (i, j, k) -> i == 3 && j == 2 && k == 1 || i == 0 && j == 2 && k == 0
                || i == 1 && j == 0 && k == 1);
        byte[] axial = new byte[12];
        m.copyPlane(SlicePlane.axial(1), axial);
        // (i, j) with i fastest: (1, 0) and (3, 2)
        assertArrayEquals(new byte[] {0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}, axial);
        byte[] coronal = new byte[8];
        m.copyPlane(SlicePlane.coronal(2), coronal);
        // (i, k): (0, 0) and (3, 1)
        assertArrayEquals(new byte[] {1, 0, 0, 0, 0, 0, 0, 1}, coronal);
        byte[] sagittal = new byte[6];
        m.copyPlane(SlicePlane.sagittal(3), sagittal);
        // (j, k): (2, 1)
        assertArrayEquals(new byte[] {0, 0, 0, 0, 0, 1}, sagittal);
        assertTrue(m.isEmpty(SlicePlane.sagittal(2)));
        assertFalse(m.isEmpty(SlicePlane.coronal(0)));
    }

    @Test
    void refusesChangesOutsideAnEdit() {
        EditableMask m = new EditableMask(small);
        assertThrows(IllegalStateException.class, () -> m.set(0, 0, 0));
        assertThrows(IllegalStateException.class, () -> m.clear(0, 0, 0));
        assertThrows(IllegalStateException.class, m::clearAll);
        m.beginEdit(RoiAction.BRUSH);
        assertThrows(IndexOutOfBoundsException.class, () -> m.set(4, 0, 0));
        assertThrows(IllegalStateException.class, () -> m.beginEdit(RoiAction.POLYGON));
    }

    @Test
    void tellsListenersTheBoxOfEachChange() {
        EditableMask m = new EditableMask(small);
        List<MaskChange> changes = new ArrayList<>();
        m.addChangeListener(changes::add);
        m.beginEdit(RoiAction.BRUSH);
        m.set(1, 2, 0);
        m.set(3, 0, 1);
        m.publish();
        m.set(2, 1, 1);
        m.endEdit();
        assertEquals(List.of(new MaskChange(1, 0, 0, 3, 2, 1), new MaskChange(2, 1, 1, 2, 1, 1)), changes);
        assertTrue(changes.get(0).touches(SlicePlane.coronal(1)));
        assertFalse(changes.get(1).touches(SlicePlane.sagittal(3)));
    }

    @Test
    void anEditThatChangesNothingIsNoUndoStep() {
        EditableMask m = new EditableMask(small);
        m.beginEdit(RoiAction.BRUSH);
        m.set(1, 1, 1);
        m.clear(1, 1, 1);
        assertEquals(Optional.empty(), m.endEdit());
        m.beginEdit(RoiAction.BRUSH);
        m.setRow(1, 1, 0, 3, true);
        MaskDelta delta = m.endEdit().orElseThrow();
        assertEquals(1, delta.sliceCount());
        assertEquals(4, delta.changedVoxels());
        assertEquals(RoiAction.BRUSH, delta.action());
    }

    @Test
    void abortPutsEverySliceBack() {
        EditableMask m = RoiFixtures.mask(small, (i, j, k) -> i == j);
        EditableMask before = m.copy();
        List<MaskChange> changes = new ArrayList<>();
        m.addChangeListener(changes::add);
        m.beginEdit(RoiAction.CLEAR);
        m.clearAll();
        m.set(3, 2, 1);
        m.abortEdit();
        assertTrue(m.sameVoxels(before));
        assertFalse(m.isEditing());
        assertEquals(1, changes.size());
    }

    @Test
    void storesOnlyTheSlicesThatHoldTumour() {
        ImageGeometry series = RoiFixtures.grid(512, 512, 500, 0.78, 0.78, 1);
        EditableMask m = new EditableMask(series);
        assertTrue(m.memoryBytes() < 5_000, "empty: " + m.memoryBytes());
        m.beginEdit(RoiAction.BRUSH);
        m.set(100, 200, 250);
        m.endEdit();
        // one slice of 512 × 512 bits = 32 KiB, plus the slice table
        assertEquals(16 + 8 * 500 + 16 + 8 * 4096, m.memoryBytes());
        m.beginEdit(RoiAction.ERASER);
        m.clear(100, 200, 250);
        m.endEdit();
        assertTrue(m.memoryBytes() < 5_000, "an emptied slice gives its storage back");
        assertNull(m.boundingBox());
    }

    @Test
    void anImportReplacesTheMaskAsOneUndoStepAndRefusesAnotherGrid() {
        RoiEditor editor = new RoiEditor(RoiFixtures.ct(small, (i, j, k) -> 0),
                RoiFixtures.mask(small, (i, j, k) -> k == 0), new UndoHistory());
        EditableMask before = editor.mask().copy();
        Mask imported = RoiFixtures.mask(small, (i, j, k) -> k == 1 && i < 2).toMask();
        editor.perform(RoiAction.IMPORT, m -> {
            m.replaceWith(imported);
            return null;
        });
        assertArrayEquals(imported.toByteArray(), editor.mask().toMask().toByteArray());
        editor.undo();
        assertTrue(editor.mask().sameVoxels(before));
        Mask elsewhere = Mask.empty(RoiFixtures.grid(4, 3, 3, 0.8, 0.9, 2.5));
        RoiToolException e = assertThrows(RoiToolException.class, () -> editor.perform(RoiAction.IMPORT, m -> {
            m.replaceWith(elsewhere);
            return null;
        }));
        assertEquals(RoiToolException.Problem.GRID_MISMATCH, e.problem());
        assertTrue(e.getMessage().contains("4x3x3") && e.getMessage().contains("4x3x2"), e.getMessage());
        assertTrue(editor.mask().sameVoxels(before));
    }
}
