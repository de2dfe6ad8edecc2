package org.tacerisk.app.roi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.tacerisk.app.Messages;
import org.tacerisk.app.viewer.Orientation;
import org.tacerisk.app.viewer.ToolEvent;
import org.tacerisk.app.viewer.ViewerModel;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Volume;
import org.tacerisk.roi.EditableMask;
import org.tacerisk.roi.RoiAction;
import org.tacerisk.roi.RoiStats;
import org.tacerisk.roi.RoiToolException;
import org.tacerisk.roi.SlicePlane;

/**
 * The session: every action is one undo step that restores the mask bit for bit, imports (one step; another grid
 * refused naming both), listeners, and the measurements and undo names in words on a block counted by hand.
 */
class RoiSessionTest {

    private static final Messages EN = Messages.of(Locale.ENGLISH);

    /** 12 × 12 × 8 voxels of 1 mm, 60 HU everywhere (inside every default range). */
    private static ImageGeometry grid() {
        return RoiFixtures.grid(12, 12, 8, new double[] {1, 1, 1}, RoiFixtures.IDENTITY);
    }

    @Test
    void undoAfterEachActionRestoresTheMaskBitForBitAndRedoRepeatsIt() {
        Volume v = RoiFixtures.uniform(grid(), 60);
        ViewerModel m = RoiFixtures.model(v);
        RoiSession s = new RoiSession(v, null);
        List<Notice> notices = new ArrayList<>();
        s.addNoticeListener(notices::add);
        RoiViewerTool t = new RoiViewerTool(s, m, () -> 0);
        s.addToolListener(t::toolChanged);
        List<Consumer<RoiSession>> actions = List.of(
                x -> {
                    x.setTool(RoiTool.POLYGON);
                    for (double[] c : new double[][] {{2, 2, 2}, {8, 2, 2}, {8, 8, 2}, {2, 8, 2}}) {
                        t.handle(RoiFixtures.at(m, ToolEvent.Kind.PRESS, Orientation.AXIAL, c, false));
                    }
                    t.key(RoiKey.ENTER, false);
                },
                x -> {
                    x.setTool(RoiTool.POLYGON);
                    for (double[] c : new double[][] {{3, 3, 6}, {7, 3, 6}, {7, 7, 6}, {3, 7, 6}}) {
                        t.handle(RoiFixtures.at(m, ToolEvent.Kind.PRESS, Orientation.AXIAL, c, false));
                    }
                    t.key(RoiKey.ENTER, false);
                },
                x -> x.fillBetweenSlices(org.tacerisk.roi.Orientation.AXIAL),
                x -> {
                    x.setTool(RoiTool.ERASER);
                    x.setSettings(x.settings().withBrushMm(2));
                    t.handle(RoiFixtures.at(m, ToolEvent.Kind.PRESS, Orientation.AXIAL, new double[] {5, 5, 2}, false));
                    t.handle(RoiFixtures.at(m, ToolEvent.Kind.RELEASE, Orientation.AXIAL, new double[] {5, 5, 2},
                            false));
                },
                x -> x.fillHoles(org.tacerisk.roi.Orientation.AXIAL),
                x -> {
                    x.setTool(RoiTool.BRUSH);
                    t.handle(RoiFixtures.at(m, ToolEvent.Kind.PRESS, Orientation.AXIAL, new double[] {10, 10, 0},
                            false));
                    t.handle(RoiFixtures.at(m, ToolEvent.Kind.RELEASE, Orientation.AXIAL, new double[] {10, 10, 0},
                            false));
                },
                RoiSession::keepLargestIsland,
                x -> x.margin(true),
                x -> x.margin(false),
                RoiSession::smooth,
                x -> x.deleteOn(SlicePlane.axial(4)),
                x -> {
                    x.setTool(RoiTool.GROW);
                    t.handle(RoiFixtures.at(m, ToolEvent.Kind.PRESS, Orientation.AXIAL, new double[] {0, 0, 0},
                            false)); // 60 HU everywhere: leaks beyond 150 mL? no: 1152 voxels = 1.2 mL, grows all
                },
                RoiSession::clear);
        for (int n = 0; n < actions.size(); n++) {
            EditableMask before = s.mask().copy();
            int steps = s.history().usage().undoSteps();
            actions.get(n).accept(s);
            assertEquals(steps + 1, s.history().usage().undoSteps(), "action " + n + " is one step: " + notices);
            EditableMask after = s.mask().copy();
            assertFalse(after.sameVoxels(before), "action " + n + " changed the mask");
            assertTrue(s.undo());
            assertTrue(s.mask().sameVoxels(before), "undo of action " + n + " restores it bit for bit");
            assertTrue(s.redo());
            assertTrue(s.mask().sameVoxels(after), "redo of action " + n);
        }
    }

    @Test
    void importIsOneStepAndAnotherGridIsRefusedNamingBoth() {
        Volume v = RoiFixtures.uniform(grid(), 60);
        RoiSession s = new RoiSession(v, null);
        int[] steps = {0};
        s.addStepListener(() -> steps[0]++);
        byte[] voxels = new byte[grid().voxelCount()];
        voxels[grid().index(3, 4, 5)] = 1;
        s.replaceWith(Mask.of(grid(), voxels));
        assertEquals(1, s.mask().count());
        assertEquals(RoiAction.IMPORT, s.history().nextUndo().orElseThrow());
        assertEquals(1, steps[0]);
        ImageGeometry other = RoiFixtures.grid(12, 12, 9, new double[] {1, 1, 1}, RoiFixtures.IDENTITY);
        RoiToolException e = assertThrows(RoiToolException.class,
                () -> s.replaceWith(Mask.of(other, new byte[other.voxelCount()])));
        assertEquals(RoiToolException.Problem.GRID_MISMATCH, e.problem());
        assertTrue(e.getMessage().contains(other.toString()) && e.getMessage().contains(grid().toString()),
                e.getMessage());
        assertEquals(1, s.mask().count(), "unchanged");
        assertTrue(s.undo());
        assertTrue(s.mask().isEmpty());
        assertThrows(RoiToolException.class, () -> new RoiSession(v, Mask.of(other, new byte[other.voxelCount()])));
    }

    @Test
    void toolAndSettingsChangesAreHeard() {
        RoiSession s = new RoiSession(RoiFixtures.uniform(grid(), 60), null);
        int[] heard = {0};
        s.addToolListener(() -> heard[0]++);
        s.setTool(RoiTool.BRUSH);
        s.setTool(RoiTool.BRUSH);
        s.setSettings(s.settings().withBrushMm(4));
        assertEquals(2, heard[0], "a repeated choice is not a change");
    }

    @Test
    void measurementsAndUndoNamesInWordsOnABlockCountedByHand() {
        // a 10 × 10 × 10 block of 1 mm voxels at (1..10, 1..10, 1..10)… of a 12 × 12 × 12 grid, HU 40 and 60
        // alternating by slice: 1000 voxels = 1.0 mL; mean 50, SD over 500 × 40 and 500 × 60 with n − 1:
        // sqrt(1000 · 100 / 999) = 10.005 → "50 ± 10 HU"; axial: the square's diagonals 9√2 = 12.73 mm both, on the
        // first slice holding it (k = 1, shown as slice 2); 3D: the cube's diagonal 9√3 = 15.59 mm
        ImageGeometry g = RoiFixtures.grid(12, 12, 12, new double[] {1, 1, 1}, RoiFixtures.IDENTITY);
        short[] hu = new short[g.voxelCount()];
        byte[] block = new byte[g.voxelCount()];
        for (int k = 1; k <= 10; k++) {
            for (int j = 1; j <= 10; j++) {
                for (int i = 1; i <= 10; i++) {
                    hu[g.index(i, j, k)] = (short) (k % 2 == 0 ? 40 : 60);
                    block[g.index(i, j, k)] = 1;
                }
            }
        }
        RoiSession s = new RoiSession(Volume.ofShorts(g, hu, Volume.HU), null);
        s.replaceWith(Mask.of(g, block));
        RoiWords words = new RoiWords(EN::get);
        RoiStats stats = s.measurements().current();
        List<String> values = words.rows(stats, words.diameter3d(stats.maxDiameter3dMm())).stream()
                .map(RoiWords.Row::value).toList();
        assertEquals(List.of("1.0 mL", "1,000", "50 ± 10 HU", "12.7 × 12.7 mm", "2", "15.6 mm"), values);
        assertTrue(Double.isNaN(s.measurements().current(false).maxDiameter3dMm()), "no 3D diameter mid-stroke");
        assertTrue(words.undo(s.history()).matches("Undo: import \\(1 step, \\d+\\.\\d kB\\)"),
                words.undo(s.history()));
        assertEquals("Nothing to redo", words.redo(s.history()));
        s.undo();
        assertEquals("Redo: import", words.redo(s.history()));
        RoiStats empty = s.measurements().current();
        assertEquals(List.of("–", "0", "–", "–", "–", "–"), words.rows(empty, words.diameter3d(empty.maxDiameter3dMm()))
                .stream().map(RoiWords.Row::value).toList());
        assertEquals("Nothing added: the region leaked beyond 150 mL. Narrow the HU range (20 to 200 HU), raise the"
                + " cap, or draw a barrier with the eraser.", words.notice(Notice.problem("roi.grow.leaked", 150.0,
                20.0, 200.0)));
    }
}
