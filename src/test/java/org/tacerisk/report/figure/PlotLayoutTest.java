package org.tacerisk.report.figure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlotLayoutTest {

    private static Plot unit() {
        return new Plot(Plot.Axis.pretty("x", 0, 1), Plot.Axis.pretty("y", 0, 1));
    }

    private static List<Scene.Polyline> clippedLines(Scene s) {
        return s.items().stream().filter(i -> i instanceof Scene.Polyline p && p.clipped())
                .map(i -> (Scene.Polyline) i).toList();
    }

    @Test
    void prettyAxesUseRsPrettyTicksInsideTheRange() {
        Plot.Axis a = Plot.Axis.pretty("p", 0, 1);
        assertArrayEquals(new String[] {"0.0", "0.2", "0.4", "0.6", "0.8", "1.0"}, a.tickLabels());
        Plot.Axis nb = Plot.Axis.pretty("nb", -0.05, 0.31);
        assertEquals(-0.05, nb.min());
        assertTrue(nb.ticks()[0] >= -0.05 && nb.ticks()[nb.ticks().length - 1] <= 0.31);
        Plot.Axis wide = Plot.Axis.prettyCovering("t", 0.01, 0.99);
        assertEquals(0.0, wide.min());
        assertEquals(1.0, wide.max());
        assertThrows(IllegalArgumentException.class, () -> Plot.Axis.pretty("bad", 1, 1));
    }

    @Test
    void nanBreaksALineAndStepsAreStairs() {
        Plot p = unit().add(new Plot.Series("a", Plot.Kind.LINE, new double[] {0, 0.5, Double.NaN, 0.7, 1},
                new double[] {0, 0.5, 0.5, 0.7, 1}, Color.BLUE, 2, null))
                .add(new Plot.Series(null, Plot.Kind.STEP, new double[] {0, 0.5, 1}, new double[] {0, 0.5, 1},
                        Color.RED, 2, null));
        List<Scene.Polyline> lines = clippedLines(p.scene());
        assertEquals(3, lines.size());
        assertEquals(2, lines.get(0).xs().length);
        assertEquals(2, lines.get(1).xs().length);
        Scene.Polyline step = lines.get(2);
        assertEquals(5, step.xs().length);
        assertEquals(step.ys()[0], step.ys()[1]);
        assertEquals(step.xs()[1], step.xs()[2]);
    }

    @Test
    void legendListsNamedSeriesAndReferencesOnly() {
        Plot p = unit().add(new Plot.Reference("Ideal", 0, 1, Color.GRAY, Palette.DASHED))
                .add(new Plot.Series("Model", Plot.Kind.LINE, new double[] {0, 1}, new double[] {0, 1}, Color.BLUE,
                        2, null))
                .add(new Plot.Series(null, Plot.Kind.SPIKES, new double[] {0.5}, new double[] {0.1}, Color.GRAY, 1,
                        null));
        List<String> texts = p.scene().items().stream().filter(i -> i instanceof Scene.Text)
                .map(i -> ((Scene.Text) i).text()).toList();
        assertTrue(texts.contains("Model"));
        assertTrue(texts.contains("Ideal"));
        assertEquals(1, texts.stream().filter("Model"::equals).count());
    }

    @Test
    void decisionCurveClipsBelowTheFloorAndKeepsTreatNone() {
        Plot p = FigureSamples.decision().plot();
        assertEquals(DecisionCurveFigure.Y_FLOOR, p.y().min());
        assertTrue(p.y().max() > 0.29 && p.y().max() < 0.35, "y max " + p.y().max());
        assertTrue(p.references().stream().anyMatch(r -> "Treat none".equals(r.legend()) && r.slope() == 0));
        assertTrue(clippedLines(p.scene()).size() >= 4);
    }

    @Test
    void rocLegendCarriesAucAndInterval() {
        assertEquals("Nomogram  AUC 0.86 (0.79\u20130.93)",
                new RocFigure.Curve("Nomogram", new double[] {0, 1}, new double[] {0, 1}, 0.8571, 0.791, 0.928)
                        .legend());
        assertEquals("A", new RocFigure.Curve("A", new double[] {0, 1}, new double[] {0, 1}, Double.NaN,
                Double.NaN, Double.NaN).legend());
    }

    @Test
    void calibrationHistogramScalesTheFullestBin() {
        double[][] h = CalibrationFigure.histogram(new double[] {0.001, 0.002, 0.5, 1.0, Double.NaN});
        assertEquals(CalibrationFigure.HISTOGRAM_BINS, h[0].length);
        assertEquals(CalibrationFigure.HISTOGRAM_HEIGHT, h[1][0], 1e-12);
        assertEquals(CalibrationFigure.HISTOGRAM_HEIGHT / 2, h[1][50], 1e-12);
        assertEquals(CalibrationFigure.HISTOGRAM_HEIGHT / 2, h[1][99], 1e-12);
    }

    @Test
    void theAreaIsWhereTheSceneDrawsTheData() {
        Plot p = unit().title("t").watermark("w").size(420, 360).add(new Plot.Series("a", Plot.Kind.LINE,
                new double[] {0.25, 0.75}, new double[] {0.1, 0.9}, Color.BLUE, 2, null));
        Plot.Area a = p.area();
        // by hand: 30 + 15 + the widest y tick ("0.0", 3 × 13 × 0.56) + 14 from the left; 30 from the right;
        // title (10 + 20 + 10) + watermark band 26 + 16 from the top; 62 from the bottom
        assertEquals(30 + 15 + 3 * 13 * 0.56 + 14, a.left(), 1e-9);
        assertEquals(390, a.right());
        assertEquals(40 + 26 + 16, a.top());
        assertEquals(298, a.bottom());
        Scene.Polyline line = clippedLines(p.scene()).get(0);
        assertEquals(a.left() + 0.25 * (a.right() - a.left()), line.xs()[0], 1e-9);
        assertEquals(a.bottom() - 0.9 * (a.bottom() - a.top()), line.ys()[1], 1e-9);
        assertEquals(a.px(0.75), line.xs()[1], 1e-12);
        assertEquals(a.py(0.1), line.ys()[0], 1e-12);
    }

    @Test
    void relabelTranslatesTheWordsAndKeepsTheData() {
        Plot p = unit().title("Title").add(new Plot.Series("Model", Plot.Kind.LINE, new double[] {0, 1},
                new double[] {0, 1}, Color.BLUE, 2, null)).add(new Plot.Reference("Ideal", 0, 1, Color.GRAY, null));
        Plot q = p.relabel(w -> "<" + w + ">");
        assertEquals("<x>", q.x().label());
        assertEquals("<Title>", q.title());
        assertEquals("<Model>", q.series().get(0).legend());
        assertEquals("<Ideal>", q.references().get(0).legend());
        assertArrayEquals(p.series().get(0).y(), q.series().get(0).y());
        assertArrayEquals(p.x().tickLabels(), q.x().tickLabels());
    }

    @Test
    void chineseCharactersCountAsWideInTheLayout() {
        assertEquals(2 * 0.56 * 10, Scene.textWidth("ab", 10), 1e-12);
        assertEquals(4 * 10 + 0.56 * 10, Scene.textWidth("联合模型a", 10), 1e-12);
        assertEquals(2 * 10, Scene.textWidth("（）", 10), 1e-12, "full-width brackets");
    }
}
