package org.tacerisk.app.roi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tacerisk.app.roi.RoiFixtures.at;
import static org.tacerisk.app.roi.RoiFixtures.voxels;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.tacerisk.app.viewer.Orientation;
import org.tacerisk.app.viewer.ToolEvent;
import org.tacerisk.app.viewer.ViewerModel;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Volume;
import org.tacerisk.roi.RoiAction;

/**
 * The tool adapters driven by synthetic {@link ToolEvent}s on small volumes whose answers are counted by hand: which
 * voxels a polygon drawn on a coronal view fills on series stored flipped or acquired coronally, brush sizes and
 * shapes, grow from seed with a leak, and one undo step per action.
 */
class RoiToolAdaptersTest {

    private final AtomicLong clock = new AtomicLong();
    private final List<Notice> notices = new ArrayList<>();

    private RoiViewerTool tools(RoiSession session, ViewerModel model) {
        session.addNoticeListener(notices::add);
        RoiViewerTool t = new RoiViewerTool(session, model, clock::get);
        session.addToolListener(t::toolChanged);
        return t;
    }

    /** Clicks the corners (continuous indices) on view {@code o}, 1 s apart, then presses Enter. */
    private void polygon(RoiViewerTool t, ViewerModel m, Orientation o, double[]... corners) {
        for (double[] c : corners) {
            clock.addAndGet(1_000_000_000L);
            t.handle(at(m, ToolEvent.Kind.PRESS, o, c, false));
            t.handle(at(m, ToolEvent.Kind.RELEASE, o, c, false));
        }
        assertTrue(t.key(RoiKey.ENTER, false));
    }

    @Test
    void polygonOnTheCoronalViewOfAFlippedSeriesFillsTheClickedVoxels() {
        // flipped rows and slices: the coronal view shows i reversed and k reversed, but the tool works in indices
        ImageGeometry g = RoiFixtures.grid(6, 5, 6, new double[] {0.8, 0.8, 2}, RoiFixtures.FLIPPED);
        ViewerModel m = RoiFixtures.model(RoiFixtures.uniform(g, 40));
        assertEquals(1, m.plane(Orientation.CORONAL).normalAxis(), "coronal view of an axial series: normal j");
        RoiSession s = new RoiSession(m.volume().volume(), null);
        RoiViewerTool t = tools(s, m);
        s.setTool(RoiTool.POLYGON);
        // square with corners (i, k) = (1, 1) … (3, 3) on coronal plane j = 2: half-open fill → i, k ∈ {1, 2}
        polygon(t, m, Orientation.CORONAL, new double[] {1, 2, 1}, new double[] {3, 2, 1}, new double[] {3, 2, 3},
                new double[] {1, 2, 3});
        assertEquals(List.of("1,2,1", "2,2,1", "1,2,2", "2,2,2"), voxels(s.mask()));
        assertEquals(RoiAction.POLYGON, s.history().nextUndo().orElseThrow());
    }

    @Test
    void polygonOnTheCoronalViewOfACoronalAcquisitionIsAnAxialIndexPlane() {
        ImageGeometry g = RoiFixtures.grid(6, 6, 5, new double[] {0.8, 2, 0.8}, RoiFixtures.CORONAL_ACQUISITION);
        ViewerModel m = RoiFixtures.model(RoiFixtures.uniform(g, 40));
        assertEquals(2, m.plane(Orientation.CORONAL).normalAxis(), "slices along P: the coronal view's normal is k");
        RoiSession s = new RoiSession(m.volume().volume(), null);
        RoiViewerTool t = tools(s, m);
        s.setTool(RoiTool.POLYGON);
        // triangle (i, j) = (0, 0), (4, 0), (0, 4) on k = 3: centres with i + j < 4 and the half-open rule:
        // row j = 0: i 0..3; j = 1: 0..2; j = 2: 0..1; j = 3: 0
        polygon(t, m, Orientation.CORONAL, new double[] {0, 0, 3}, new double[] {4, 0, 3}, new double[] {0, 4, 3});
        assertEquals(List.of("0,0,3", "1,0,3", "2,0,3", "3,0,3", "0,1,3", "1,1,3", "2,1,3", "0,2,3", "1,2,3",
                "0,3,3"), voxels(s.mask()));
    }

    @Test
    void polygonClosesOnTheFirstPointOrADoubleClickAndRemovesWithControl() {
        ImageGeometry g = RoiFixtures.grid(8, 8, 3, new double[] {1, 1, 1}, RoiFixtures.IDENTITY);
        ViewerModel m = RoiFixtures.model(RoiFixtures.uniform(g, 40));
        RoiSession s = new RoiSession(m.volume().volume(), null);
        RoiViewerTool t = tools(s, m);
        s.setTool(RoiTool.POLYGON);
        PolygonTool polygon = (PolygonTool) t.active();
        double[][] square = {{1, 1, 1}, {5, 1, 1}, {5, 5, 1}, {1, 5, 1}};
        for (double[] c : square) {
            clock.addAndGet(1_000_000_000L);
            t.handle(at(m, ToolEvent.Kind.PRESS, Orientation.AXIAL, c, false));
        }
        assertEquals(4, polygon.pointCount());
        t.handle(at(m, ToolEvent.Kind.PRESS, Orientation.AXIAL, new double[] {1.02, 1.01, 1}, false)); // near first
        assertEquals(16, s.mask().count(), "4 × 4 voxel centres");
        assertEquals(0, polygon.pointCount());
        // Backspace drops a point; a quick second click on the last point (a double click) closes; Ctrl removes
        for (double[] c : new double[][] {{2, 2, 1}, {4, 2, 1}, {4, 4, 1}, {7, 7, 1}}) {
            clock.addAndGet(1_000_000_000L);
            t.handle(at(m, ToolEvent.Kind.PRESS, Orientation.AXIAL, c, true));
        }
        assertTrue(t.key(RoiKey.BACKSPACE, false));
        t.handle(at(m, ToolEvent.Kind.PRESS, Orientation.AXIAL, new double[] {2, 4, 1}, true));
        clock.addAndGet(100_000_000L);
        t.handle(at(m, ToolEvent.Kind.PRESS, Orientation.AXIAL, new double[] {2, 4, 1}, true));
        // square (2, 2) … (4, 4): centres i, j ∈ {2, 3} removed from the 16
        assertEquals(12, s.mask().count());
        assertFalse(s.mask().contains(2, 2, 1));
        assertTrue(s.mask().contains(4, 4, 1));
        // Esc drops an outline; fewer than 3 points is reported, not filled
        t.handle(at(m, ToolEvent.Kind.PRESS, Orientation.AXIAL, new double[] {0, 0, 1}, false));
        assertTrue(t.key(RoiKey.ESCAPE, false));
        assertEquals(0, polygon.pointCount());
        clock.addAndGet(1_000_000_000L);
        t.handle(at(m, ToolEvent.Kind.PRESS, Orientation.AXIAL, new double[] {0, 0, 1}, false));
        clock.addAndGet(1_000_000_000L);
        t.handle(at(m, ToolEvent.Kind.PRESS, Orientation.AXIAL, new double[] {3, 0, 1}, false));
        t.key(RoiKey.ENTER, false);
        assertEquals("roi.problem.TOO_FEW_POINTS", notices.get(notices.size() - 1).key());
        assertEquals(12, s.mask().count());
    }

    @Test
    void freehandFillsTheDraggedPath() {
        ImageGeometry g = RoiFixtures.grid(8, 8, 3, new double[] {1, 1, 1}, RoiFixtures.IDENTITY);
        ViewerModel m = RoiFixtures.model(RoiFixtures.uniform(g, 40));
        RoiSession s = new RoiSession(m.volume().volume(), null);
        RoiViewerTool t = tools(s, m);
        s.setTool(RoiTool.FREEHAND);
        t.handle(at(m, ToolEvent.Kind.PRESS, Orientation.AXIAL, new double[] {1, 1, 2}, false));
        t.handle(at(m, ToolEvent.Kind.DRAG, Orientation.AXIAL, new double[] {4, 1, 2}, false));
        t.handle(at(m, ToolEvent.Kind.DRAG, Orientation.AXIAL, new double[] {4, 4, 2}, false));
        t.handle(at(m, ToolEvent.Kind.RELEASE, Orientation.AXIAL, new double[] {1, 4, 2}, false));
        assertEquals(9, s.mask().count(), "3 × 3 centres");
        assertEquals(1, s.history().usage().undoSteps());
    }

    @Test
    void brushSizeFollowsShiftWheelAndBracketsAndADiscOrSpherePaintsTheHandCountedVoxels() {
        ImageGeometry g = RoiFixtures.grid(9, 9, 9, new double[] {1, 1, 1}, RoiFixtures.IDENTITY);
        ViewerModel m = RoiFixtures.model(RoiFixtures.uniform(g, 40));
        RoiSession s = new RoiSession(m.volume().volume(), null);
        RoiViewerTool t = tools(s, m);
        s.setTool(RoiTool.BRUSH);
        assertEquals(10, s.settings().brushMm());
        assertTrue(t.handle(RoiFixtures.wheel(m, Orientation.AXIAL, 3, true)));
        assertEquals(13, s.settings().brushMm());
        assertFalse(t.handle(RoiFixtures.wheel(m, Orientation.AXIAL, 3, false)), "a plain wheel scrolls slices");
        t.handle(RoiFixtures.wheel(m, Orientation.AXIAL, -20, true));
        assertEquals(ToolSettings.MIN_BRUSH_MM, s.settings().brushMm(), "clamped at 1 mm");
        t.key(RoiKey.BIGGER, false);
        t.key(RoiKey.BIGGER, false);
        assertEquals(3, s.settings().brushMm());
        // 3 mm disc at (4, 4, 4): centres within 1.5 mm: the voxel, 4 edge neighbours, 4 diagonals (1.41 mm) = 9
        double[] centre = {4, 4, 4};
        t.handle(at(m, ToolEvent.Kind.PRESS, Orientation.AXIAL, centre, false));
        t.handle(at(m, ToolEvent.Kind.RELEASE, Orientation.AXIAL, centre, false));
        assertEquals(9, s.mask().count());
        assertEquals(1, t.preview(Orientation.AXIAL, 4).size(), "the brush circle under the cursor");
        // the same as a sphere adds 5 voxels on each neighbouring slice (1 and √2 mm; the corners are √3): 19
        s.setSettings(s.settings().withBrush3d(true));
        t.handle(at(m, ToolEvent.Kind.PRESS, Orientation.AXIAL, centre, false));
        t.handle(at(m, ToolEvent.Kind.RELEASE, Orientation.AXIAL, centre, false));
        assertEquals(19, s.mask().count());
        assertEquals(2, s.history().usage().undoSteps(), "one step per stroke");
        // the eraser stroke with a drag from (4, 4) to (4, 6) as a disc: clears 9 + 3 + 3 on slice 4
        s.setTool(RoiTool.ERASER);
        s.setSettings(s.settings().withBrush3d(false));
        t.handle(at(m, ToolEvent.Kind.PRESS, Orientation.AXIAL, centre, false));
        t.handle(at(m, ToolEvent.Kind.DRAG, Orientation.AXIAL, new double[] {4, 6, 4}, false));
        t.handle(at(m, ToolEvent.Kind.RELEASE, Orientation.AXIAL, new double[] {4, 6, 4}, false));
        assertEquals(10, s.mask().count(), "the sphere's two outer slices stay");
    }

    @Test
    void thresholdPaintSetsOnlyVoxelsInTheRange() {
        ImageGeometry g = RoiFixtures.grid(5, 5, 1, new double[] {1, 1, 1}, RoiFixtures.IDENTITY);
        short[] hu = new short[25];
        for (int n = 0; n < 25; n++) {
            hu[n] = (short) (n % 5 < 2 ? 100 : -50); // columns i = 0, 1 bright
        }
        Volume v = Volume.ofShorts(g, hu, Volume.HU);
        ViewerModel m = RoiFixtures.model(v);
        RoiSession s = new RoiSession(v, null);
        RoiViewerTool t = tools(s, m);
        s.setTool(RoiTool.THRESHOLD_PAINT);
        s.setSettings(s.settings().withBrushMm(20).withHuRange(50, 150));
        t.handle(at(m, ToolEvent.Kind.PRESS, Orientation.AXIAL, new double[] {2, 2, 0}, false));
        t.handle(at(m, ToolEvent.Kind.RELEASE, Orientation.AXIAL, new double[] {2, 2, 0}, false));
        assertEquals(10, s.mask().count(), "the 2 bright columns of 5");
    }

    @Test
    void growThatLeaksIsReportedAndNotAppliedAndAContainedOneIsAdded() {
        // 10 × 10 × 4 at 1 mm: a bright 2 × 2 × 2 block (8 voxels) and, apart, a bright slab over all of slice 3
        ImageGeometry g = RoiFixtures.grid(10, 10, 4, new double[] {1, 1, 1}, RoiFixtures.IDENTITY);
        short[] hu = new short[g.voxelCount()];
        java.util.Arrays.fill(hu, (short) -100);
        for (int k = 0; k < 2; k++) {
            for (int j = 1; j < 3; j++) {
                for (int i = 1; i < 3; i++) {
                    hu[g.index(i, j, k)] = 80;
                }
            }
        }
        for (int n = 0; n < 100; n++) {
            hu[3 * 100 + n] = 80;
        }
        Volume v = Volume.ofShorts(g, hu, Volume.HU);
        ViewerModel m = RoiFixtures.model(v);
        RoiSession s = new RoiSession(v, null);
        RoiViewerTool t = tools(s, m);
        s.setTool(RoiTool.GROW);
        s.setSettings(s.settings().withHuRange(50, 150).withGrowCapMl(0.05)); // 50 voxels of 1 mm³
        t.handle(at(m, ToolEvent.Kind.PRESS, Orientation.AXIAL, new double[] {5, 5, 3}, false));
        assertTrue(s.mask().isEmpty(), "a leak adds nothing");
        assertFalse(s.history().canUndo(), "and records no step");
        Notice leak = notices.get(notices.size() - 1);
        assertTrue(leak.problem());
        assertEquals("roi.grow.leaked", leak.key());
        assertEquals(0.05, (double) leak.args()[0], 1e-12);
        t.handle(at(m, ToolEvent.Kind.PRESS, Orientation.AXIAL, new double[] {1, 2, 0}, false));
        assertEquals(8, s.mask().count());
        assertEquals("roi.grow.grown", notices.get(notices.size() - 1).key());
        // a seed outside the range is refused in words
        t.handle(at(m, ToolEvent.Kind.PRESS, Orientation.AXIAL, new double[] {7, 7, 0}, false));
        assertEquals("roi.problem.SEED_OUTSIDE_RANGE", notices.get(notices.size() - 1).key());
        assertEquals(8, s.mask().count());
    }

    @Test
    void choosingAnotherToolDropsTheOutlineBeingDrawn() {
        ImageGeometry g = RoiFixtures.grid(8, 8, 3, new double[] {1, 1, 1}, RoiFixtures.IDENTITY);
        ViewerModel m = RoiFixtures.model(RoiFixtures.uniform(g, 40));
        RoiSession s = new RoiSession(m.volume().volume(), null);
        RoiViewerTool t = tools(s, m);
        s.setTool(RoiTool.POLYGON);
        PolygonTool polygon = (PolygonTool) t.active();
        t.handle(at(m, ToolEvent.Kind.PRESS, Orientation.AXIAL, new double[] {1, 1, 1}, false));
        assertEquals(1, t.preview(Orientation.AXIAL, 1).size());
        assertEquals(0, t.preview(Orientation.AXIAL, 2).size(), "drawn only on its own slice");
        s.setTool(RoiTool.BRUSH);
        assertEquals(0, polygon.pointCount());
        s.setTool(RoiTool.NONE);
        assertFalse(t.handle(at(m, ToolEvent.Kind.PRESS, Orientation.AXIAL, new double[] {1, 1, 1}, false)),
                "no tool: the left button is the viewer's");
    }
}
