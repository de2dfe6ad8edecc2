package org.tacerisk.roi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Volume;

class BrushTest {

    private final ImageGeometry aniso = RoiFixtures.grid(11, 11, 5, 0.8, 1.2, 2.0);

    @Test
    void discCoversTheVoxelsWithinTheRadiusInMillimetres() {
        RoiEditor editor = editor(aniso);
        editor.beginStroke(Brush.paint(4, Brush.Shape.DISC), SlicePlane.axial(1), 5, 5).end();
        // r = 2 mm: |di| ≤ 2 (1.6 mm) on the row; on rows dj = ±1 (1.2 mm) 1.44 + 0.64 di² ≤ 4 → |di| ≤ 2 too
        assertEquals(RoiFixtures.where(aniso, (i, j, k) -> k == 1 && Math.abs(i - 5) <= 2 && Math.abs(j - 5) <= 1),
                RoiFixtures.voxels(editor.mask()));
        assertEquals(15, editor.mask().count());
    }

    @Test
    void sphereReachesTheNeighbouringPlanes() {
        RoiEditor editor = editor(aniso);
        editor.beginStroke(Brush.paint(5, Brush.Shape.SPHERE), SlicePlane.coronal(5), 5, 2).end();
        // centre (5, 5, 2), r = 2.5 mm
        Set<String> ball = RoiFixtures.where(aniso, (i, j, k) -> sq(0.8 * (i - 5)) + sq(1.2 * (j - 5))
                + sq(2.0 * (k - 2)) <= 6.25);
        assertEquals(ball, RoiFixtures.voxels(editor.mask()));
        assertTrue(ball.contains("5,5,3") && ball.contains("5,7,2") && !ball.contains("5,5,4"));
    }

    @Test
    void aFastStrokeLeavesNoGapAndIsOneUndoStep() {
        ImageGeometry g = RoiFixtures.grid(60, 40, 1, 0.5, 0.5, 1);
        RoiEditor editor = editor(g);
        // three mouse events 30 mm apart with a 1 mm brush: the segments between them must be painted whole
        BrushStroke stroke = editor.beginStroke(Brush.paint(1, Brush.Shape.DISC), SlicePlane.axial(0), 2, 2);
        stroke.lineTo(55, 35);
        stroke.lineTo(5, 35);
        stroke.end();
        Set<String> capsules = RoiFixtures.where(g, (i, j, k) -> distanceToSegmentMm(i, j, 2, 2, 55, 35, 0.5) <= 0.5
                || distanceToSegmentMm(i, j, 55, 35, 5, 35, 0.5) <= 0.5);
        assertEquals(capsules, RoiFixtures.voxels(editor.mask()));
        assertEquals(1, editor.history().usage().undoSteps());
        assertEquals(RoiAction.BRUSH, editor.history().nextUndo().orElseThrow());
        editor.undo();
        assertTrue(editor.mask().isEmpty());
    }

    @Test
    void eraserClearsTheDisc() {
        RoiEditor editor = new RoiEditor(RoiFixtures.ct(aniso, (i, j, k) -> 0),
                RoiFixtures.mask(aniso, (i, j, k) -> true), new UndoHistory());
        editor.beginStroke(Brush.eraser(4, Brush.Shape.DISC), SlicePlane.axial(1), 5, 5).end();
        assertEquals(RoiFixtures.where(aniso, (i, j, k) -> !(k == 1 && Math.abs(i - 5) <= 2 && Math.abs(j - 5) <= 1)),
                RoiFixtures.voxels(editor.mask()));
        assertEquals(RoiAction.ERASER, editor.history().nextUndo().orElseThrow());
    }

    @Test
    void thresholdBrushSetsOnlyVoxelsInItsRange() {
        Volume ct = RoiFixtures.ct(aniso, (i, j, k) -> 10 * i);
        RoiEditor editor = new RoiEditor(ct, new EditableMask(aniso), new UndoHistory());
        editor.beginStroke(Brush.thresholdPaint(4, Brush.Shape.DISC, ct, new HuRange(20, 50)), SlicePlane.axial(1),
                5, 5).end();
        // the disc holds i = 3 … 7; HU 20 … 50 keeps i = 3, 4, 5
        assertEquals(RoiFixtures.where(aniso, (i, j, k) -> k == 1 && i >= 3 && i <= 5 && Math.abs(j - 5) <= 1),
                RoiFixtures.voxels(editor.mask()));
        assertEquals(RoiAction.THRESHOLD_PAINT, editor.history().nextUndo().orElseThrow());
    }

    @Test
    void aBrushSmallerThanAVoxelPaintsTheVoxelUnderThePoint() {
        RoiEditor editor = editor(aniso);
        editor.beginStroke(Brush.paint(0.1, Brush.Shape.DISC), SlicePlane.axial(4), 3.4, 4.6).end();
        assertEquals(Set.of("3,5,4"), RoiFixtures.voxels(editor.mask()));
    }

    @Test
    void refusesSizesAndRangesThatPaintNothing() {
        for (double size : new double[] {0, -2, Double.NaN, Double.POSITIVE_INFINITY}) {
            RoiToolException e = assertThrows(RoiToolException.class, () -> Brush.paint(size, Brush.Shape.DISC));
            assertEquals(RoiToolException.Problem.SIZE_NOT_POSITIVE, e.problem());
        }
        RoiToolException range = assertThrows(RoiToolException.class, () -> new HuRange(80, 20));
        assertEquals(RoiToolException.Problem.HU_RANGE_INVALID, range.problem());
        assertTrue(range.getMessage().contains("80 … 20 HU"), range.getMessage());
        RoiEditor editor = editor(aniso);
        RoiToolException plane = assertThrows(RoiToolException.class, () -> editor.beginStroke(
                Brush.paint(2, Brush.Shape.DISC), SlicePlane.sagittal(11), 1, 1));
        assertEquals(RoiToolException.Problem.PLANE_OUTSIDE_VOLUME, plane.problem());
        assertTrue(!editor.mask().isEditing());
    }

    private static RoiEditor editor(ImageGeometry g) {
        return new RoiEditor(RoiFixtures.ct(g, (i, j, k) -> 0), new EditableMask(g), new UndoHistory());
    }

    private static double sq(double x) {
        return x * x;
    }

    /** Distance in mm from voxel centre (i, j) to the segment (a → b) on an isotropic plane of spacing s. */
    private static double distanceToSegmentMm(int i, int j, double ai, double aj, double bi, double bj, double s) {
        double dx = bi - ai;
        double dy = bj - aj;
        double t = Math.max(0, Math.min(1, ((i - ai) * dx + (j - aj) * dy) / (dx * dx + dy * dy)));
        return s * Math.hypot(i - ai - t * dx, j - aj - t * dy);
    }
}
