package org.tacerisk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
            assertEquals(List.of("dlr_score", "tumor_size_cm", "nodules", "afp_ng_ml"),
                    m.predictors().stream().map(PredictorSpecification::id).toList());
            assertEquals(Source.MODEL_SCORE, m.predictor("dlr_score").source());
            for (String id : List.of("tumor_size_cm", "nodules", "afp_ng_ml")) {
                assertEquals(Source.ENTERED, m.predictor(id).source(), id);
            }
            assertEquals(Transform.LOG10, m.predictor("afp_ng_ml").transform());
            assertEquals(Transform.NONE, m.predictor("tumor_size_cm").transform());
            assertEquals(Transform.NONE, m.predictor("nodules").transform());
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
            // 1.1 until the demo is regenerated with this version (then 1.2, with a manifest digest)
            assertTrue(List.of("1.1", BundleManifest.SCHEMA_VERSION).contains(m.schemaVersion()), m.schemaVersion());
            assertEquals(m.schemaVersion().equals("1.1") ? List.of("BUNDLE_MANIFEST_UNPROTECTED") : List.of(),
                    bundle.warnings().stream().map(org.tacerisk.common.Finding::code).toList());
            TrainingImages images = m.trainingImages();
            assertNotNull(images, "training spacing for predict's spacing check");
            assertEquals(266, images.n());
            assertEquals(2.5, images.spacingMm().z().median());
            PredictorSpecification size = m.predictor("tumor_size_cm");
            assertEquals("Tumour size", size.label());
            assertEquals("cm", size.unit());
            PredictorSpecification afp = m.predictor("afp_ng_ml");
            assertEquals("AFP", afp.label());
            assertEquals("ng/mL", afp.unit());
            assertEquals(PredictorSpecification.Type.INTEGER, m.predictor("nodules").type());
            assertEquals("Number of nodules", m.predictor("nodules").label());
            for (PredictorSpecification p : m.predictors()) {
                assertTrue(!p.help().contains("as recorded in the training manifest"), p.id() + ": " + p.help());
                assertTrue(p.allowedMin() <= p.trainingMin() && p.trainingMax() <= p.allowedMax(), p.id());
            }
            for (Cohort c : m.cohorts()) {
                assertEquals(1, c.centres().size(), c.name());
                assertTrue(c.description().startsWith("Synthetic patients"), c.description());
            }
            assertTrue(m.notIntendedUse().contains("Any clinical use"), m.notIntendedUse());
            assertNotNull(m.files().get("report.md"), "the training report travels with the bundle");
            assertNotNull(m.files().get("figures/nomogram.png"));
            org.tacerisk.nomogram.NomogramScale.Axis afpAxis = bundle.predictor().nomogram().axes().stream()
                    .filter(a -> a.predictor().equals("afp_ng_ml")).findFirst().orElseThrow();
            assertEquals(List.of("1", "10", "100", "1000", "10000", "100000"),
                    afpAxis.ticks().stream().map(org.tacerisk.nomogram.NomogramScale.Tick::label).toList());
        }
    }

    @Test
    void predictsAPlausibleProbabilityForATypicalPatient() {
        try (ModelBundle bundle = ModelBundle.load(DEMO)) {
            BundlePrediction p = bundle.predictor().predict(Map.of("dlr_score", TRAINING_MEDIAN_DLR_SCORE,
                    "tumor_size_cm", 6.0, "nodules", 2.0, "afp_ng_ml", 400.0));
            assertTrue(p.probability() > 0 && p.probability() < 1, "probability " + p.probability());
            // a median-score patient: neither near-certain nor negligible risk
            assertTrue(p.probability() > 0.02 && p.probability() < 0.6, "probability " + p.probability());
            assertTrue(0 < p.probabilityLow() && p.probabilityLow() < p.probability(), "CI " + p.probabilityLow());
            assertTrue(p.probability() < p.probabilityHigh() && p.probabilityHigh() < 1, "CI " + p.probabilityHigh());
            assertTrue(List.of("low", "high").contains(p.riskGroup()), p.riskGroup());
            assertEquals(BundleManifest.SYNTHETIC_LABEL, p.label());
            assertEquals(Math.log10(400), p.points().get(3).termValue(), 1e-12);
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
                assertNotNull(model);
            }
        }
    }
}
