package org.tacerisk.app.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tacerisk.app.figure.NomogramMarkers.AxisMapping;
import org.tacerisk.app.figure.NomogramMarkers.Kind;
import org.tacerisk.model.BundlePrediction;
import org.tacerisk.model.BundlePredictor;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.model.PredictorSpecification;
import org.tacerisk.nomogram.NomogramPredictor;
import org.tacerisk.nomogram.NomogramScale;

/**
 * The interactive nomogram's arithmetic, hand-computed on a small scale: A numeric (beta 0.5, axis 0..20), B numeric
 * (beta -0.2, axis 0..10), C categorical (levels no / yes / maybe, betas 0, 1.5, -0.5, codes 0, 1, 7); the widest
 * effect is A's (10), so sc = 10 points per unit and the adjusted intercept is -2 + 0 - 2 - 0.5 = -4.5.
 */
class NomogramMarkersTest {

    static NomogramScale smallScale() {
        return NomogramScale.of(-2, List.of(
                NomogramPredictor.numeric("A", 0.5, new double[] {0, 10, 20}),
                NomogramPredictor.numeric("B", -0.2, new double[] {0, 5, 10}),
                NomogramPredictor.categorical("C", List.of("no", "yes", "maybe"), new double[] {1.5, -0.5})),
                -3, 3);
    }

    static NomogramMarkers smallMarkers() {
        return new NomogramMarkers(smallScale(), List.of(AxisMapping.of(Kind.NUMERIC), AxisMapping.of(Kind.NUMERIC),
                new AxisMapping(Kind.CATEGORICAL, new double[] {0, 1, 7})));
    }

    @Test
    void valuesGiveTheirHandComputedPoints() {
        NomogramMarkers m = smallMarkers();
        assertEquals(10, m.scale().sc(), 1e-12);
        // A = 8: xbeta 4, min 0 → 40 points; B = 3: xbeta -0.6, min -2 → 14; C = yes: xbeta 1.5, min -0.5 → 20
        m.setValues(new double[] {8, 3, 1});
        assertEquals(40, m.points(0), 1e-12);
        assertEquals(14, m.points(1), 1e-12);
        assertEquals(20, m.points(2), 1e-12);
        assertEquals(74, m.totalPoints(), 1e-12);
        // lp = -2 + 0.5 * 8 - 0.2 * 3 + 1.5 = 2.9, the model's own linear predictor
        assertEquals(2.9, m.scale().linearPredictorOfTotal(m.totalPoints()), 1e-12);
        assertEquals(1 / (1 + Math.exp(-2.9)), m.probability(), 1e-12);
        assertEquals(m.scale().probabilityOfTotal(74), m.probability(), 1e-12);
        assertEquals(0, m.pointsOf(2, 7), 1e-12, "maybe: the smallest effect");
        assertEquals(5, m.pointsOf(2, 0), 1e-12, "no: 0 - (-0.5) = 0.5 units");
    }

    @Test
    void aPositionInPointsGivesBackItsValueWithinTheAxis() {
        NomogramMarkers m = smallMarkers();
        assertEquals(8, m.valueAtPoints(0, 40), 1e-12);
        assertEquals(3, m.valueAtPoints(1, 14), 1e-12);
        assertEquals(20, m.valueAtPoints(0, 150), 1e-12, "beyond the axis: its last tick");
        assertEquals(10, m.valueAtPoints(1, -5), 1e-12, "B falls with points: below 0 points is beyond 10");
        assertEquals(0, m.valueAtPoints(0, -1), 1e-12);
    }

    @Test
    void aCategoricalAxisSnapsToTheNearestLevelsCode() {
        NomogramMarkers m = smallMarkers();
        // levels at 5 (no), 20 (yes), 0 (maybe) points
        assertEquals(0, m.valueAtPoints(2, 12));
        assertEquals(1, m.valueAtPoints(2, 13));
        assertEquals(7, m.valueAtPoints(2, 2));
        assertEquals(1, m.valueAtPoints(2, 95));
        assertThrows(IllegalArgumentException.class, () -> m.setValue(2, 2), "2 is no level's code");
    }

    @Test
    void log10AndIntegerAxesMapThroughTheirTermValues() {
        // AFP: beta 0.4 on log10(ng/mL), axis 1..10000 (log10 0..4, xbeta 0..1.6); nodules: beta 1, axis 0..3
        NomogramScale scale = NomogramScale.of(-1, List.of(NomogramPredictor.log10("AFP", 0.4, 1, 10000),
                NomogramPredictor.numeric("nodules", 1, new double[] {0, 1, 2, 3})), -2, 2);
        NomogramMarkers m = new NomogramMarkers(scale, List.of(AxisMapping.of(Kind.LOG10),
                AxisMapping.of(Kind.INTEGER)));
        double sc = 100 / 3.0;
        assertEquals(sc, scale.sc(), 1e-12);
        m.setValues(new double[] {100, 2});
        assertEquals(0.8 * sc, m.points(0), 1e-12);
        assertEquals(2 * sc, m.points(1), 1e-12);
        assertEquals(100, m.valueAtPoints(0, 0.8 * sc), 1e-10);
        assertEquals(2, m.valueAtPoints(1, 1.7 * sc), "an integer axis rounds the dragged value");
        assertEquals(1, m.valueAtPoints(1, 1.4 * sc));
        // lp = -1 + 0.4 * 2 + 2 = 1.8
        assertEquals(1 / (1 + Math.exp(-1.8)), m.probability(), 1e-12);
    }

    /** Demo-bundle patients as {dlr_score, tumour size cm, nodules, AFP ng/mL}: typical, small/solitary, large. */
    private static final double[][] DEMO_PATIENTS = {{-1.578, 5.6, 2, 109.2}, {-2.5, 2.0, 1, 3.0},
        {0.9, 14.0, 5, 25000}};

    private static Map<String, Double> demoInputs(double[] v) {
        return Map.of("dlr_score", v[0], "tumor_size_cm", v[1], "nodules", v[2], "afp_ng_ml", v[3]);
    }

    @Test
    void onTheDemoBundleTheMarkersGiveTheBundlesPrediction() {
        try (ModelBundle bundle = ModelBundle.load(Path.of("models", "hcc-tace-demo"))) {
            BundlePredictor predictor = bundle.predictor();
            NomogramMarkers m = NomogramMarkers.of(predictor);
            // the study's combined model: an axis per predictor, AFP on log10, nodules whole numbers
            assertEquals(List.of("dlr_score", "tumor_size_cm", "nodules", "afp_ng_ml"), predictor.predictors()
                    .stream().map(PredictorSpecification::id).toList());
            assertEquals(4, m.axisCount());
            assertEquals(List.of(Kind.NUMERIC, Kind.NUMERIC, Kind.INTEGER, Kind.LOG10), List.of(m.kind(0),
                    m.kind(1), m.kind(2), m.kind(3)));
            for (double[] v : DEMO_PATIENTS) {
                m.setValues(v);
                BundlePrediction p = predictor.predict(demoInputs(v));
                for (int k = 0; k < 4; k++) {
                    assertEquals(p.points().get(k).points(), m.points(k), 1e-9, p.points().get(k).id());
                }
                assertEquals(p.totalPoints(), m.totalPoints(), 1e-12);
                assertEquals(p.probability(), m.probability(), 1e-12);
            }
        }
    }

    @Test
    void onTheDemoBundleDraggingTheClinicalMarkersGivesTheBundlesWhatIf() {
        try (ModelBundle bundle = ModelBundle.load(Path.of("models", "hcc-tace-demo"))) {
            BundlePredictor predictor = bundle.predictor();
            NomogramMarkers m = NomogramMarkers.of(predictor);
            double[] v = DEMO_PATIENTS[0].clone();
            m.setValues(v);
            // "what if AFP were 10 instead of 109.2 ng/mL": drag the AFP marker to 10's points
            m.setValue(3, m.valueAtPoints(3, m.pointsOf(3, 10)));
            assertEquals(10, m.value(3), 1e-9);
            v[3] = 10;
            BundlePrediction lowerAfp = predictor.predict(demoInputs(v));
            assertEquals(lowerAfp.probability(), m.probability(), 1e-12);
            assertTrue(lowerAfp.probability() < predictor.predict(demoInputs(DEMO_PATIENTS[0])).probability(),
                    "AFP's coefficient is positive: less AFP, less risk");
            // dragging the nodules marker a third of the way from 4 to 5 lands on 4 nodules, two thirds on 5
            double four = m.pointsOf(2, 4);
            double five = m.pointsOf(2, 5);
            assertEquals(4, m.valueAtPoints(2, four + (five - four) / 3));
            assertEquals(5, m.valueAtPoints(2, four + 2 * (five - four) / 3));
            m.setValue(2, m.valueAtPoints(2, four + 2 * (five - four) / 3));
            v[2] = 5;
            assertEquals(predictor.predict(demoInputs(v)).probability(), m.probability(), 1e-12);
        }
    }
}
