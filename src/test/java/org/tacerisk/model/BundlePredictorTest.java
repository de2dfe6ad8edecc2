package org.tacerisk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tacerisk.common.BadInputException;
import org.tacerisk.model.PredictorSpecification.Level;
import org.tacerisk.model.PredictorSpecification.Source;
import org.tacerisk.model.PredictorSpecification.Transform;
import org.tacerisk.model.PredictorSpecification.Type;
import org.tacerisk.testsupport.SharedData;

class BundlePredictorTest {

    private static Map<String, Double> patient(double dlr, double size, double nodules, double afp) {
        return new HashMap<>(Map.of("dlr_score", dlr, "tumor_size_cm", size, "nodules", nodules, "afp", afp));
    }

    @Test
    void equalsTheHandComputedLogisticWithDeltaMethodInterval() {
        BundlePredictor predictor = BundlePredictor.of(TestBundles.manifest());
        double[] x = {1, 0.6061, 9, 1, Math.log10(588)};
        BundlePrediction p = predictor.predict(patient(0.6061, 9, 1, 588));
        double lp = 0;
        for (int j = 0; j < x.length; j++) {
            lp += TestBundles.COEF[j] * x[j];
        }
        double[][] v = TestBundles.covariance(TestBundles.SE);
        double var = 0;
        for (int j = 0; j < x.length; j++) {
            for (int k = 0; k < x.length; k++) {
                var += x[j] * v[j][k] * x[k];
            }
        }
        double se = Math.sqrt(var);
        assertEquals(lp, p.linearPredictor(), 1e-12);
        assertEquals(se, p.linearPredictorSe(), 1e-12);
        assertEquals(1 / (1 + Math.exp(-lp)), p.probability(), 1e-12);
        assertEquals(1 / (1 + Math.exp(-(lp - 1.959963984540054 * se))), p.probabilityLow(), 1e-12);
        assertEquals(1 / (1 + Math.exp(-(lp + 1.959963984540054 * se))), p.probabilityHigh(), 1e-12);
        assertEquals(p.probability() < 0.2 ? "low risk" : p.probability() < 0.5 ? "intermediate risk" : "high risk",
                p.riskGroup());
        assertEquals(List.of("dlr_score", "tumor_size_cm", "nodules", "afp"),
                p.points().stream().map(BundlePrediction.PredictorPoints::id).toList());
        assertEquals(Math.log10(588), p.points().get(3).termValue(), 1e-15);
        assertEquals(BundleManifest.SYNTHETIC_LABEL, p.label());
        assertTrue(p.warnings().isEmpty());
        // total points read back on the nomogram give the model's linear predictor
        assertEquals(lp, predictor.nomogram().linearPredictorOfTotal(p.totalPoints()), 1e-9);
    }

    @Test
    void nomogramPointsEqualTheRReference() throws IOException {
        Path file = SharedData.require("reference/stats/nomogram/patients_test_first10.csv");
        List<String> lines = Files.readAllLines(file);
        List<String> header = List.of(lines.get(0).split(","));
        BundlePredictor predictor = BundlePredictor.of(TestBundles.manifest(coefficients(), TestBundles.SE));
        assertEquals(6.4969690982862236, predictor.nomogram().sc(), 1e-12);
        assertEquals(-12.194276705112564, predictor.nomogram().interceptAdjusted(), 1e-12);
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",");
            double afp = Math.pow(10, Double.parseDouble(c[header.indexOf("log10_afp")]));
            BundlePrediction p = predictor.predict(patient(Double.parseDouble(c[header.indexOf("dlr_score")]),
                    Double.parseDouble(c[header.indexOf("tumor_size_cm")]),
                    Double.parseDouble(c[header.indexOf("nodules")]), afp));
            String[] pointColumns = {"points_dlr_score", "points_tumor_size_cm", "points_nodules", "points_log10_afp"};
            for (int k = 0; k < 4; k++) {
                assertEquals(Double.parseDouble(c[header.indexOf(pointColumns[k])]), p.points().get(k).points(),
                        1e-9, c[0] + " " + pointColumns[k]);
            }
            assertEquals(Double.parseDouble(c[header.indexOf("total_points")]), p.totalPoints(), 1e-9, c[0]);
            assertEquals(Double.parseDouble(c[header.indexOf("lp_lrm")]), p.linearPredictor(), 1e-9, c[0]);
            assertEquals(Double.parseDouble(c[header.indexOf("probability_lrm")]), p.probability(), 1e-12, c[0]);
        }
    }

    /** The coefficients as the reference lrm fit printed them. */
    private static double[] coefficients() throws IOException {
        List<String> lines = Files.readAllLines(SharedData.require("reference/stats/nomogram/lrm_coef.csv"));
        double[] coef = new double[lines.size() - 1];
        for (int j = 1; j < lines.size(); j++) {
            coef[j - 1] = Double.parseDouble(lines.get(j).split(",")[1]);
        }
        return coef;
    }

    @Test
    void warnsOutsideTheTrainingRangeAndRefusesOutsideTheAllowedRange() {
        BundlePredictor predictor = BundlePredictor.of(TestBundles.manifest());
        BundlePrediction p = predictor.predict(patient(0.1, 25, 2, 50));
        assertEquals(1, p.warnings().size());
        assertEquals("OUTSIDE_TRAINING_RANGE", p.warnings().get(0).code());
        assertEquals("tumor_size_cm", p.warnings().get(0).subject());
        assertTrue(p.warnings().get(0).message().contains("Tumour size (tumor_size_cm) = 25 cm is outside the"
                + " training range 1.3 to 20 cm"), p.warnings().get(0).message());

        // a computed score outside its range is shown to four digits, an entered value as typed
        BundlePrediction score = predictor.predict(patient(3.781845490858515, 5, 2, 1234.5));
        assertTrue(score.warnings().get(0).message().startsWith("DLR score (dlr_score) = 3.782 is outside the"
                + " training range -2.846 to 2.994"), score.warnings().get(0).message());

        BadInputException big = assertThrows(BadInputException.class, () -> predictor.predict(patient(0.1, 45, 2,
                50)));
        assertTrue(big.getMessage().contains("Tumour size (tumor_size_cm) = 45 cm is outside the allowed range 0.1"
                + " to 40 cm"), big.getMessage());
        Map<String, Double> missing = patient(0.1, 5, 2, 50);
        missing.remove("afp");
        assertTrue(assertThrows(BadInputException.class, () -> predictor.predict(missing)).getMessage()
                .contains("needs a value of AFP (afp)"));
        Map<String, Double> typo = patient(0.1, 5, 2, 50);
        typo.put("afp_ng", 3.0);
        assertTrue(assertThrows(BadInputException.class, () -> predictor.predict(typo)).getMessage()
                .contains("\"afp_ng\" is not a predictor"));
        assertTrue(assertThrows(BadInputException.class, () -> predictor.predict(patient(0.1, 5, 2.5, 50)))
                .getMessage().contains("must be a whole number"));
        assertTrue(assertThrows(BadInputException.class, () -> predictor.predict(patient(Double.NaN, 5, 2, 50)))
                .getMessage().contains("must be a number"));
    }

    @Test
    void categoricalPredictorUsesItsLevelTerm() {
        BundleManifest base = TestBundles.manifest();
        List<PredictorSpecification> predictors = new java.util.ArrayList<>(base.predictors());
        predictors.add(new PredictorSpecification("child_pugh", "Child-Pugh class", "", Type.CATEGORICAL,
                Transform.NONE, null, null, null, null, Source.ENTERED, "Child-Pugh class at baseline.",
                List.of(new Level(0.0, "A"), new Level(1.0, "B"))));
        List<CombinedModel.Term> terms = new java.util.ArrayList<>(base.combinedModel().terms());
        terms.add(new CombinedModel.Term("child_pughB", "child_pugh", 1.0, 0.7));
        double[] se = {0.8, 0.3, 0.05, 0.14, 0.17, 0.3};
        List<List<Double>> cov = java.util.Arrays.stream(TestBundles.covariance(se))
                .map(r -> java.util.Arrays.stream(r).boxed().toList()).toList();
        BundleManifest m = new BundleManifest(base.schemaVersion(), base.name(), base.version(), base.created(),
                base.softwareVersion(), base.intendedUse(), base.notIntendedUse(), base.synthetic(), base.label(),
                base.cohorts(), predictors, null, base.signatures(), new CombinedModel("logistic", terms, cov, -11.5,
                        7.5), base.riskGroups(), base.calibration(), base.dca(), base.performance(), null, Map.of());
        BundlePredictor predictor = BundlePredictor.of(m);
        Map<String, Double> a = patient(0.5, 5, 2, 50);
        a.put("child_pugh", 0.0);
        Map<String, Double> b = new HashMap<>(a);
        b.put("child_pugh", 1.0);
        BundlePrediction pa = predictor.predict(a);
        BundlePrediction pb = predictor.predict(b);
        assertEquals(0.7, pb.linearPredictor() - pa.linearPredictor(), 1e-12);
        assertEquals(0, pa.points().get(4).points(), 1e-12);
        assertEquals(0.7 * predictor.nomogram().sc(), pb.points().get(4).points(), 1e-9);
        a.put("child_pugh", 2.0);
        assertTrue(assertThrows(BadInputException.class, () -> predictor.predict(a)).getMessage()
                .contains("is not one of its levels [0 (A), 1 (B)]"));
    }
}
