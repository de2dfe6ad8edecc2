package org.tacerisk.report.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacerisk.nomogram.NomogramPredictor;
import org.tacerisk.nomogram.NomogramScale;

/**
 * The layout a view places its markers with is where the figure draws: each axis label sits 5 px below its row's y
 * (baseline), and each predictor tick's line starts at x = left + points * pointsScale on its row.
 */
class NomogramFigureLayoutTest {

    @Test
    void theLayoutIsWhereTheSceneDrawsEveryAxis() {
        NomogramScale scale = NomogramScale.of(-2, List.of(
                NomogramPredictor.numeric("A", 0.5, new double[] {0, 10, 20}),
                NomogramPredictor.categorical("C", List.of("no", "yes"), new double[] {1.5})), -3, 3);
        NomogramFigure figure = NomogramFigure.of(scale, List.of("Alpha", "Colour")).watermark("SYNTHETIC");
        NomogramFigure.Layout l = figure.layout();
        Scene scene = figure.scene();
        assertEquals(l.width(), scene.width());
        assertEquals(l.height(), scene.height());
        assertLabelAt(scene, "Points", l.labelRight(), l.pointsY());
        assertLabelAt(scene, "Alpha", l.labelRight(), l.predictorY()[0]);
        assertLabelAt(scene, "Colour", l.labelRight(), l.predictorY()[1]);
        assertLabelAt(scene, "Total Points", l.labelRight(), l.totalY());
        assertLabelAt(scene, "Linear Predictor", l.labelRight(), l.linearPredictorY());
        assertLabelAt(scene, "Probability", l.labelRight(), l.probabilityY());
        // A = 10: 50 points; its tick is drawn there on A's row
        double x = l.xOfPoints(50);
        double y = l.predictorY()[0];
        assertTrue(scene.items().stream().anyMatch(i -> i instanceof Scene.Polyline p && p.xs()[0] == x
                && p.xs()[1] == x && p.ys()[0] == y), "a tick at " + x + "," + y);
        double[] total = scale.totalPointsAxis();
        double end = l.xOfTotal(total[total.length - 1]);
        assertEquals(l.right(), end, 1e-9, "the total points axis ends at the right edge");
    }

    private static void assertLabelAt(Scene scene, String label, double x, double rowY) {
        assertTrue(scene.items().stream().anyMatch(i -> i instanceof Scene.Text t && t.text().equals(label)
                && t.x() == x && t.y() == rowY + 5), label + " at row y " + rowY);
    }
}
