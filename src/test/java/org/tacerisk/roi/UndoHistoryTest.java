package org.tacerisk.roi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Volume;

class UndoHistoryTest {

    private static final ImageGeometry GRID = RoiFixtures.grid(13, 11, 7, 0.8, 1.0, 2.0);
    /** A CT with structure for the HU-aware tools: a bright ball in a gradient. */
    private static final Volume CT = RoiFixtures.ct(GRID, (i, j, k) -> (i - 6) * (i - 6) + (j - 5) * (j - 5)
            + 2 * (k - 3) * (k - 3) <= 16 ? 120 : 8 * i - 40);

    /**
     * Random sequences of every tool (refusals included): undoing every step gives back the original mask bit for
     * bit, and redoing every step the final one; each undo on the way back gives the mask as it was after the step
     * before.
     */
    @Property(tries = 150)
    void undoAllThenRedoAllIsBitForBit(@ForAll @Size(min = 5, max = 40) List<Long> seeds, @ForAll long start) {
        RoiEditor editor = new RoiEditor(CT, randomMask(new Random(start)), new UndoHistory());
        List<EditableMask> states = new ArrayList<>();
        states.add(editor.mask().copy());
        for (long seed : seeds) {
            boolean recorded = randomEdit(editor, new Random(seed));
            if (recorded) {
                states.add(editor.mask().copy());
            } else {
                assertTrue(editor.mask().sameVoxels(states.get(states.size() - 1)), "a refused or empty edit"
                        + " changes nothing");
            }
        }
        assertEquals(states.size() - 1, editor.history().usage().undoSteps());
        for (int n = states.size() - 2; n >= 0; n--) {
            assertTrue(editor.undo());
            assertTrue(editor.mask().sameVoxels(states.get(n)), "after undoing to state " + n);
        }
        assertFalse(editor.undo());
        for (int n = 1; n < states.size(); n++) {
            assertTrue(editor.redo());
            assertTrue(editor.mask().sameVoxels(states.get(n)), "after redoing to state " + n);
        }
        assertFalse(editor.redo());
    }

    @Test
    void keepsAtLeastAHundredStepsByDefault() {
        ImageGeometry g = RoiFixtures.grid(512, 512, 4, 0.7, 0.7, 1);
        RoiEditor editor = new RoiEditor(RoiFixtures.ct(g, (i, j, k) -> 0), new EditableMask(g), new UndoHistory());
        for (int step = 0; step < 150; step++) {
            editor.beginStroke(Brush.paint(5, Brush.Shape.DISC), SlicePlane.axial(step % 4), 3 * step, 100)
                    .end();
        }
        UndoHistory.Usage usage = editor.history().usage();
        assertEquals(150, usage.undoSteps());
        assertEquals(0, usage.droppedSteps());
        assertTrue(usage.bytes() < 150 * 1000, "a brush dab costs well under 1 kB: " + usage.bytes());
        for (int step = 0; step < 150; step++) {
            assertTrue(editor.undo());
        }
        assertTrue(editor.mask().isEmpty());
    }

    @Test
    void dropsTheOldestStepsBeyondTheMemoryCapAndReportsTheUse() {
        ImageGeometry g = RoiFixtures.grid(64, 64, 8, 1, 1, 1);
        EditableMask mask = new EditableMask(g);
        UndoHistory history = new UndoHistory(100, 1_000);
        RoiEditor editor = new RoiEditor(RoiFixtures.ct(g, (i, j, k) -> 0), mask, history);
        for (int step = 0; step < 12; step++) {
            int k = step % 8;
            int row = step;
            editor.perform(RoiAction.POLYGON, m -> PolygonFill.fill(m, SlicePlane.axial(k),
                    new double[] {0, row, 40, row + 10, 3, row + 30}, PolygonFill.Mode.ADD));
        }
        UndoHistory.Usage usage = history.usage();
        assertTrue(usage.bytes() <= 1_000, "within the cap: " + usage);
        assertTrue(usage.droppedSteps() > 0, "the oldest went: " + usage);
        assertEquals(12, usage.undoSteps() + usage.droppedSteps());
        assertEquals(1_000, usage.capBytes());
        // what is left can be undone; the dropped steps cannot
        while (editor.undo()) {
            assertTrue(history.usage().redoSteps() > 0);
        }
        assertFalse(mask.isEmpty(), "the dropped steps' voxels stay");
    }

    @Test
    void aNewEditClearsTheRedoSteps() {
        ImageGeometry g = RoiFixtures.grid(8, 8, 2, 1, 1, 1);
        RoiEditor editor = new RoiEditor(RoiFixtures.ct(g, (i, j, k) -> 0), new EditableMask(g), new UndoHistory());
        editor.beginStroke(Brush.paint(2, Brush.Shape.DISC), SlicePlane.axial(0), 2, 2).end();
        editor.beginStroke(Brush.paint(2, Brush.Shape.DISC), SlicePlane.axial(1), 5, 5).end();
        editor.undo();
        assertTrue(editor.history().canRedo());
        editor.beginStroke(Brush.eraser(2, Brush.Shape.DISC), SlicePlane.axial(0), 2, 2).end();
        assertFalse(editor.history().canRedo());
        assertEquals(0, editor.history().usage().redoSteps());
        assertEquals(RoiAction.ERASER, editor.history().nextUndo().orElseThrow());
    }

    @Test
    void refusesAHistoryShorterThanAHundredSteps() {
        assertThrows(IllegalArgumentException.class, () -> new UndoHistory(99, 1 << 20));
    }

    private static EditableMask randomMask(Random random) {
        double cx = 2 + random.nextInt(9);
        double cy = 2 + random.nextInt(7);
        double r = 1 + random.nextInt(4);
        return RoiFixtures.mask(GRID, (i, j, k) -> k >= 2 && k <= 4 && (i - cx) * (i - cx) + (j - cy) * (j - cy) <= r * r);
    }

    /** Runs one random tool; true when it recorded an undo step. */
    private static boolean randomEdit(RoiEditor editor, Random random) {
        int before = editor.history().usage().undoSteps();
        Orientation orientation = Orientation.values()[random.nextInt(3)];
        SlicePlane plane = new SlicePlane(orientation, random.nextInt(orientation.planeCount(GRID)));
        double u = random.nextDouble() * orientation.width(GRID);
        double v = random.nextDouble() * orientation.height(GRID);
        try {
            switch (random.nextInt(12)) {
                case 0, 1 -> {
                    Brush brush = random.nextBoolean() ? Brush.paint(1 + 4 * random.nextDouble(), shape(random))
                            : Brush.eraser(1 + 4 * random.nextDouble(), shape(random));
                    BrushStroke stroke = editor.beginStroke(brush, plane, u, v);
                    for (int p = random.nextInt(4); p > 0; p--) {
                        stroke.lineTo(random.nextDouble() * orientation.width(GRID),
                                random.nextDouble() * orientation.height(GRID));
                    }
                    stroke.end();
                }
                case 2 -> editor.beginStroke(Brush.thresholdPaint(3, shape(random), CT, new HuRange(0, 130)), plane,
                        u, v).end();
                case 3 -> editor.perform(RoiAction.POLYGON, m -> PolygonFill.fill(m, plane, new double[] {u, v,
                    u + 4 * random.nextGaussian(), v + 4 * random.nextGaussian(), u + 4 * random.nextGaussian(),
                    v + 4 * random.nextGaussian()}, random.nextBoolean() ? PolygonFill.Mode.ADD
                        : PolygonFill.Mode.REMOVE));
                case 4 -> editor.perform(RoiAction.GROW_FROM_SEED, m -> RegionGrow.grow(m, CT, new int[] {
                    random.nextInt(13), random.nextInt(11), random.nextInt(7)}, new HuRange(100, 130),
                    random.nextBoolean() ? 0.05 : 1));
                case 5 -> editor.perform(RoiAction.MARGIN, m -> random.nextBoolean() ? Margin.grow(m, 2.1)
                        : Margin.shrink(m, 1.2));
                case 6 -> editor.perform(RoiAction.FILL_HOLES, m -> random.nextBoolean() ? FillHoles.in3d(m)
                        : FillHoles.eachSlice(m, orientation));
                case 7 -> editor.perform(RoiAction.KEEP_LARGEST_ISLAND, KeepLargestIsland::apply);
                case 8 -> editor.perform(RoiAction.FILL_BETWEEN_SLICES, m -> FillBetweenSlices.fill(m, orientation));
                case 9 -> editor.perform(RoiAction.SMOOTHING, m -> Smoothing.apply(m,
                        Smoothing.Method.values()[random.nextInt(3)], 2.5));
                case 10 -> editor.perform(RoiAction.DELETE_ON_SLICE, m -> SliceEraser.deleteOn(m, plane));
                default -> editor.perform(RoiAction.CLEAR, m -> {
                    m.clearAll();
                    return null;
                });
            }
        } catch (RoiToolException refused) {
            assertFalse(editor.mask().isEditing());
        }
        return editor.history().usage().undoSteps() > before;
    }

    private static Brush.Shape shape(Random random) {
        return random.nextBoolean() ? Brush.Shape.DISC : Brush.Shape.SPHERE;
    }
}
