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
    /** Median dlr_score of the 266 training patients (predictions.csv of models/make-demo-model.sh). */
    private static final double TRAINING_MEDIAN_DLR_SCORE = -1.579;

    @Test
    void loadsVerifiedSyntheticAndLabelled() {
        try (ModelBundle bundle = ModelBundle.load(DEMO)) {
            BundleManifest m = bundle.manifest();
            assertTrue(m.synthetic());
            assertEquals("SYNTHETIC DEMO — not for clinical use", m.label());
            assertEquals(BundleManifest.SYNTHETIC_LABEL, m.label());
            assertNotNull(bundle.radiomicsSettings());
            // the study's method on this synthetic cohort keeps no clinical predictor next to the DLR score
            // (tumour size: p = 0.395 with it; nodules and AFP fail the univariable step; docs/demo-model.md)
            assertEquals(List.of("dlr_score"), m.predictors().stream().map(PredictorSpecification::id).toList());
            assertEquals(Source.MODEL_SCORE, m.predictor("dlr_score").source());
            assertEquals(Transform.NONE, m.predictor("dlr_score").transform());
            assertEquals(List.of("train", "test", "external"), m.cohorts().stream().map(Cohort::name).toList());
            PredictorSpecification dlr = m.predictor("dlr_score");
            assertTrue(dlr.trainingMin() < TRAINING_MEDIAN_DLR_SCORE
                    && TRAINING_MEDIAN_DLR_SCORE < dlr.trainingMax());
        }
    }

    @Test
    void describesItsInputsCohortsAndTrainingImagesForTheWorkstation() {
        try (ModelBundle bundle = ModelBundle.load(DEMO)) {
            BundleManifest m = bundle.manifest();
            assertEquals(BundleManifest.SCHEMA_VERSION, m.schemaVersion());
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
            assertEquals(List.of(), m.directionConflicts());
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
        double lp = terms.get(0).get("coefficient").asDouble()
                + terms.get(1).get("coefficient").asDouble() * TRAINING_MEDIAN_DLR_SCORE;
        try (ModelBundle bundle = ModelBundle.load(DEMO)) {
            BundlePrediction p = bundle.predictor().predict(Map.of("dlr_score", TRAINING_MEDIAN_DLR_SCORE));
            assertEquals(1 / (1 + Math.exp(-lp)), p.probability(), 1e-12);
            // a median-score patient: 11.6 %, below the training Youden cut-off of 21.0 %
            assertEquals(0.116, p.probability(), 0.0005);
            assertTrue(0 < p.probabilityLow() && p.probabilityLow() < p.probability(), "CI " + p.probabilityLow());
            assertTrue(p.probability() < p.probabilityHigh() && p.probabilityHigh() < 1, "CI " + p.probabilityHigh());
            assertEquals("low", p.riskGroup());
            assertEquals(BundleManifest.SYNTHETIC_LABEL, p.label());
            assertTrue(p.warnings().isEmpty(), p.warnings().toString());
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
