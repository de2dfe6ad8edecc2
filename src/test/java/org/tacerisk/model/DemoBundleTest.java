package org.tacerisk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.tacerisk.deep.DeepModel;
import org.tacerisk.deep.DeepModels;
import org.tacerisk.model.PredictorSpecification.Source;
import org.tacerisk.model.PredictorSpecification.Transform;

/** The committed SYNTHETIC DEMO bundle (models/hcc-tace-demo, docs/demo-model.md) loads, verifies and predicts. */
class DemoBundleTest {

    private static final Path DEMO = Path.of("models", "hcc-tace-demo");
    /**
     * Medians of the 266 training patients: dlr_score from predictions.csv of models/make-demo-model.sh, the
     * clinical values from its cohort.csv (tumour size 5.6 cm, 2 nodules, AFP 109.2 ng/mL).
     */
    private static final double TRAINING_MEDIAN_DLR_SCORE = -1.578;
    private static final Map<String, Double> TYPICAL_PATIENT = Map.of("dlr_score", TRAINING_MEDIAN_DLR_SCORE,
            "tumor_size_cm", 5.6, "nodules", 2.0, "afp_ng_ml", 109.2);

    @Test
    void loadsVerifiedSyntheticAndLabelled() {
        try (ModelBundle bundle = ModelBundle.load(DEMO)) {
            BundleManifest m = bundle.manifest();
            assertTrue(m.synthetic());
            assertEquals("SYNTHETIC DEMO — not for clinical use", m.label());
            assertEquals(BundleManifest.SYNTHETIC_LABEL, m.label());
            assertNotNull(bundle.radiomicsSettings());
            // the study's combined model: the DLR score with its three pre-specified clinical predictors, forced
            // (clinical.force; unforced, the stepwise selection kept none of them, bundle 0.3.0; docs/demo-model.md)
            assertEquals(List.of("dlr_score", "tumor_size_cm", "nodules", "afp_ng_ml"), m.predictors().stream()
                    .map(PredictorSpecification::id).toList());
            assertEquals(List.of("(Intercept)", "dlr_score", "tumor_size_cm", "nodules", "log10(afp_ng_ml)"),
                    m.combinedModel().terms().stream().map(t -> t.name()).toList());
            assertEquals(Source.MODEL_SCORE, m.predictor("dlr_score").source());
            assertEquals(Transform.NONE, m.predictor("dlr_score").transform());
            for (String id : List.of("tumor_size_cm", "nodules", "afp_ng_ml")) {
                assertEquals(Source.ENTERED, m.predictor(id).source(), id);
            }
            assertEquals(Transform.LOG10, m.predictor("afp_ng_ml").transform());
            assertEquals(Transform.NONE, m.predictor("nodules").transform());
            assertEquals(PredictorSpecification.Type.INTEGER, m.predictor("nodules").type());
            assertEquals(PredictorSpecification.Type.CONTINUOUS, m.predictor("tumor_size_cm").type());
            assertEquals(List.of("train", "test", "external"), m.cohorts().stream().map(Cohort::name).toList());
            for (Map.Entry<String, Double> e : TYPICAL_PATIENT.entrySet()) {
                PredictorSpecification spec = m.predictor(e.getKey());
                assertTrue(spec.trainingMin() < e.getValue() && e.getValue() < spec.trainingMax(), e.getKey());
            }
            // cohort.csv's training rows: size 1.8–20.0 cm, 1–6 nodules, AFP 1.0–100,000 ng/mL
            assertEquals(1.8, m.predictor("tumor_size_cm").trainingMin(), 1e-12);
            assertEquals(20.0, m.predictor("tumor_size_cm").trainingMax(), 1e-12);
            assertEquals(1, m.predictor("nodules").trainingMin(), 1e-12);
            assertEquals(6, m.predictor("nodules").trainingMax(), 1e-12);
            assertEquals(1.0, m.predictor("afp_ng_ml").trainingMin(), 1e-12);
            assertEquals(100000.0, m.predictor("afp_ng_ml").trainingMax(), 1e-12);
        }
    }

    @Test
    void describesItsInputsCohortsAndTrainingImagesForTheWorkstation() {
        try (ModelBundle bundle = ModelBundle.load(DEMO)) {
            BundleManifest m = bundle.manifest();
            // 1.6: signed with its known answer; the predictors' training mean and SD (1.7) come at its next training
            assertEquals("1.6", m.schemaVersion());
            assertEquals(List.of(), bundle.warnings(), "a current bundle: its manifest carries its digest");
            TrainingImages images = m.trainingImages();
            assertNotNull(images, "training spacing for predict's spacing check");
            assertEquals(266, images.n());
            assertEquals(2.5, images.spacingMm().z().median());
            PredictorSpecification dlr = m.predictor("dlr_score");
            assertEquals("DLR score", dlr.label());
            assertTrue(dlr.help().startsWith("Deep-learning radiomics signature."), dlr.help());
            assertTrue(dlr.allowedMin() <= dlr.trainingMin() && dlr.trainingMax() <= dlr.allowedMax());
            for (Cohort c : m.cohorts()) {
                assertEquals(1, c.centres().size(), c.name());
                assertTrue(c.description().startsWith("Synthetic patients"), c.description());
            }
            assertTrue(m.notIntendedUse().contains("Any clinical use"), m.notIntendedUse());
            assertNotNull(m.files().get("report.md"), "the training report travels with the bundle");
            assertNotNull(m.files().get("figures/nomogram.png"));
            // forced next to the DLR score, tumour size has a (non-significant) negative coefficient against the
            // study's direction: recorded, and noted in every prediction (report.md, docs/demo-model.md)
            assertEquals(1, m.directionConflicts().size(), m.directionConflicts().toString());
            DirectionConflict size = m.directionConflicts().get(0);
            assertEquals("tumor_size_cm", size.predictor());
            assertEquals(DirectionConflict.COMBINED, size.model());
            assertEquals(Direction.INCREASES_RISK, size.expected());
            assertTrue(size.coefficient() < 0, size.toString());
        }
    }

    /**
     * The ROC figure's curves travel as data (schema 1.3): every cohort, the figure's models, and points whose
     * trapezoidal area is the AUC the performance table states (none of the demo's cohorts is thinned).
     */
    @Test
    void carriesEveryCohortsRocCurvesFromSchema13On() {
        try (ModelBundle bundle = ModelBundle.load(DEMO)) {
            BundleManifest m = bundle.manifest();
            for (Cohort c : m.cohorts()) {
                CohortRoc roc = m.roc(c.name());
                assertNotNull(roc, c.name());
                assertEquals(List.of("combined", "rad", "dl", "dlr", "clinical"), roc.curves().stream()
                        .map(CohortRoc.Curve::model).toList(), "the report's ROC figure's models, combined first");
                for (CohortRoc.Curve curve : roc.curves()) {
                    PerformanceRow row = m.performance().stream().filter(p -> p.model().equals(curve.model())
                            && p.cohort().equals(c.name())).findFirst().orElseThrow();
                    assertEquals(row.auc(), curve.auc(), curve.model());
                    assertEquals(c.n(), curve.cases() + curve.controls(), curve.model() + " " + c.name());
                    assertEquals(c.events(), curve.cases(), curve.model() + " " + c.name());
                    assertEquals(row.auc(), trapezoidalArea(curve.points()), 1e-12, curve.model() + " " + c.name());
                }
            }
        }
    }

    /**
     * The training calibration figure's bias-corrected curve travels as data (schema 1.4): B = 200 resamples each
     * repeating the whole procedure, 0 failed (models/hcc-tace-demo-settings/training.yaml, docs/demo-model.md),
     * in the training cohort only.
     */
    @Test
    void carriesTheTrainingCohortsBiasCorrectedCalibrationFromSchema14On() {
        try (ModelBundle bundle = ModelBundle.load(DEMO)) {
            BundleManifest m = bundle.manifest();
            BiasCorrectedCurve curve = m.calibration("train").biasCorrected();
            assertNotNull(curve, "schema " + m.schemaVersion());
            assertEquals(BiasCorrectedCurve.PROCEDURE, curve.refit());
            assertEquals(200, curve.resamples());
            assertEquals(0, curve.failed());
            assertEquals(50, curve.points().size(), "calibrate's grid, each point reached by some resample");
            assertNull(m.calibration("test").biasCorrected());
            assertNull(m.calibration("external").biasCorrected());
        }
    }

    /** Area under the points (1 − specificity, sensitivity), which run from (1, 0) to (0, 1). */
    private static double trapezoidalArea(List<CohortRoc.Point> points) {
        double area = 0;
        for (int i = 1; i < points.size(); i++) {
            CohortRoc.Point a = points.get(i - 1);
            CohortRoc.Point b = points.get(i);
            area += (b.specificity() - a.specificity()) * (a.sensitivity() + b.sensitivity()) / 2;
        }
        return area;
    }

    @Test
    void predictsTheLogisticOfItsCoefficientsForATypicalPatient() throws Exception {
        JsonNode terms = new ObjectMapper().readTree(DEMO.resolve("manifest.json").toFile())
                .at("/combinedModel/terms");
        Map<String, Double> termValues = Map.of("(Intercept)", 1.0, "dlr_score", TRAINING_MEDIAN_DLR_SCORE,
                "tumor_size_cm", 5.6, "nodules", 2.0, "log10(afp_ng_ml)", Math.log10(109.2));
        double lp = 0;
        for (JsonNode t : terms) {
            lp += t.get("coefficient").asDouble() * termValues.get(t.get("name").asText());
        }
        try (ModelBundle bundle = ModelBundle.load(DEMO)) {
            BundlePrediction p = bundle.predictor().predict(TYPICAL_PATIENT);
            assertEquals(1 / (1 + Math.exp(-lp)), p.probability(), 1e-12);
            assertEquals(lp, p.linearPredictor(), 1e-12);
            // report.md's coefficients by hand: 1.1463 + 2.7117 × (−1.578) − 0.0639 × 5.6 + 0.2187 × 2
            // + 0.4493 × log10(109.2) = −2.137 → 10.55 %, below the training Youden cut-off of 20.1 %
            assertEquals(0.1055, p.probability(), 0.0001);
            assertTrue(0 < p.probabilityLow() && p.probabilityLow() < p.probability(), "CI " + p.probabilityLow());
            assertTrue(p.probability() < p.probabilityHigh() && p.probabilityHigh() < 1, "CI " + p.probabilityHigh());
            assertEquals("low", p.riskGroup());
            assertEquals(0.2006, p.riskGroups().cutoffs().get(0), 0.00005);
            assertEquals(BundleManifest.SYNTHETIC_LABEL, p.label());
            assertTrue(p.warnings().isEmpty(), p.warnings().toString());
            assertEquals(List.of("dlr_score", "tumor_size_cm", "nodules", "afp_ng_ml"), p.points().stream()
                    .map(BundlePrediction.PredictorPoints::id).toList(), "a nomogram axis per predictor");
            assertEquals(Math.log10(109.2), p.points().get(3).termValue(), 1e-12);
        }
    }

    @Test
    void holdsADeepModelThatLoads() {
        // the DL signature and DLR come from this CNN's deep_* features (docs/demo-model.md); Surefire sets
        // -Dai.djl.offline=true, so this also shows the engine needs no download
        try (ModelBundle bundle = ModelBundle.load(DEMO)) {
            Path dir = bundle.deepModelDir();
            assertNotNull(dir, "the demo bundle has no deep model");
            assertTrue(Files.isRegularFile(dir.resolve("model.json")), dir.toString());
            assertTrue(Files.isRegularFile(dir.resolve("model.params")), dir.toString());
            try (DeepModel model = DeepModels.load(dir)) {
                // docs/demo-model.md: 3 × 64 × 64 crops at 1 mm, 64 deep features (deep_f001 … deep_f064)
                assertEquals(3 * 64 * 64, model.inputSpec().length());
                assertEquals(1.0, model.inputSpec().mmPerPixel());
                org.tacerisk.deep.DeepOutput out = model.predict(new float[model.inputSpec().length()]);
                assertEquals(64, out.features().length);
                assertTrue(out.probability() > 0 && out.probability() < 1, "probability " + out.probability());
            }
        }
    }
}
