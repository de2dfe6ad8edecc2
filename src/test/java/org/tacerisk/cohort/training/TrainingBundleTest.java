package org.tacerisk.cohort.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.model.BiasCorrectedCurve;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.model.BundlePrediction;
import org.tacerisk.model.CohortRoc;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.model.PredictorSpecification;
import org.tacerisk.model.Signature;
import org.tacerisk.model.TrainingImages;
import org.tacerisk.radiomics.RadiomicsSettings;
import org.tacerisk.stats.BootstrapCalibration;
import org.tacerisk.stats.DataTable;
import org.tacerisk.stats.DeLongTest;
import org.tacerisk.stats.ModelFrame;
import org.tacerisk.stats.PredictorCoding;
import org.tacerisk.stats.PredictorSpec;
import org.tacerisk.stats.RocCurve;

class TrainingBundleTest {

    @TempDir
    Path tmp;

    /** The fixture's 400 patients trained as a synthetic run (bootstrap refitting the final model) into out. */
    private static TrainingResult trainSynthetic(Path out) throws Exception {
        return CohortTrainer.train(TrainingFixture.table(400, 11, true), TrainingFixture.CLINICAL,
                TrainingConfig.defaults().withSynthetic(true).withBootstrapRefit(TrainingConfig.REFIT_FINAL_MODEL), out,
                RadiomicsSettings.defaults());
    }

    @Test
    void bundleVerifiesAndPredictsLikeTheCombinedModel() throws Exception {
        Path out = tmp.resolve("out");
        TrainingResult r = trainSynthetic(out);
        try (ModelBundle bundle = ModelBundle.load(out.resolve(CohortTrainer.BUNDLE))) {
            BundleManifest m = bundle.manifest();
            assertTrue(m.synthetic());
            assertEquals(BundleManifest.SYNTHETIC_LABEL, m.label());
            assertNotNull(bundle.radiomicsSettings());
            assertEquals(PredictorSpecification.Source.MODEL_SCORE, m.predictor("dlr_score").source());
            assertEquals(PredictorSpecification.Transform.LOG10, m.predictor("afp").transform());
            // the training mean and SD (n − 1) on the model's scale, for an external validation's SMD (schema 1.7)
            double sum = 0;
            double sumSq = 0;
            int[] rows = r.train();
            for (int i : rows) {
                double v = Math.log10(r.table().numeric("afp")[i]);
                sum += v;
                sumSq += v * v;
            }
            double mean = sum / rows.length;
            assertEquals(mean, m.predictor("afp").trainingMean(), 1e-12);
            assertEquals(Math.sqrt((sumSq - rows.length * mean * mean) / (rows.length - 1)),
                    m.predictor("afp").trainingSd(), 1e-9);
            assertEquals(BundleManifest.SCHEMA_VERSION, m.schemaVersion());
            assertEquals(java.util.List.of(r.riskCutoff()), m.riskGroups().cutoffs());
            assertEquals(2, m.cohorts().size());
            assertEquals(10, m.performance().size());
            Signature dlr = m.signatures().stream().filter(s -> s.name().equals("dlr")).findFirst().orElseThrow();
            assertEquals("dlr_score", dlr.predictor());
            DataTable t = r.table();
            for (int i : new int[] {r.train()[0], r.train()[7], t.rowCount() - 1}) {
                Map<String, Double> raw = new HashMap<>();
                for (Signature.Feature f : dlr.features()) {
                    raw.put(f.name(), t.numeric(f.name())[i]);
                }
                double score = dlr.score(raw);
                assertEquals(t.numeric("dlr_score")[i], score, 1e-9);
                Map<String, Double> values = new HashMap<>();
                for (PredictorSpecification p : m.predictors()) {
                    values.put(p.id(), p.id().equals("dlr_score") ? score : t.numeric(p.id())[i]);
                }
                BundlePrediction pred = bundle.predictor().predict(values);
                assertEquals(r.combinedPredictions()[i].probability(), pred.probability(), 1e-9);
                assertEquals(r.riskGroup(i), m.riskGroups().groupOf(pred.probability()));
            }
        }
    }

    /**
     * The bundle's ROC curves are {@link RocCurve}'s points (pROC-verified, RocCurveTest) on each cohort's rows, for
     * every model of the report's ROC figure (combined first), with the thresholds −∞/+∞ of the end points left out.
     */
    @Test
    void bundlesEveryModelsRocCurvePerCohortAsStatsComputesIt() throws Exception {
        Path out = tmp.resolve("out");
        TrainingResult r = trainSynthetic(out);
        try (ModelBundle bundle = ModelBundle.load(out.resolve(CohortTrainer.BUNDLE))) {
            BundleManifest m = bundle.manifest();
            assertEquals(BundleManifest.SCHEMA_VERSION, m.schemaVersion());
            assertEquals(List.of("train", "test"), m.roc().stream().map(CohortRoc::cohort).toList());
            DataTable t = r.table();
            double[] y = t.numeric("outcome");
            for (CohortRoc roc : m.roc()) {
                assertEquals(List.of("combined", "rad", "dl", "dlr", "clinical"), roc.curves().stream()
                        .map(CohortRoc.Curve::model).toList());
                int[] rows = IntStream.range(0, t.rowCount()).filter(i -> t.text(i, "cohort").equals(roc.cohort()))
                        .toArray();
                for (CohortRoc.Curve curve : roc.curves()) {
                    double[] p = r.risks().get(curve.model());
                    RocCurve expected = RocCurve.of(IntStream.of(rows).mapToDouble(i -> y[i]).toArray(),
                            IntStream.of(rows).mapToDouble(i -> p[i]).toArray());
                    String where = curve.model() + " in " + roc.cohort();
                    assertEquals(expected.points().size(), curve.points().size(), where + ": fewer than 500, all");
                    for (int k = 0; k < curve.points().size(); k++) {
                        RocCurve.Point e = expected.points().get(k);
                        CohortRoc.Point a = curve.points().get(k);
                        assertEquals(Double.isInfinite(e.threshold()) ? null : e.threshold(), a.threshold(), where);
                        assertEquals(e.sensitivity(), a.sensitivity(), where);
                        assertEquals(e.specificity(), a.specificity(), where);
                    }
                    assertEquals(expected.cases(), curve.cases(), where);
                    assertEquals(expected.controls(), curve.controls(), where);
                    DeLongTest.AucEstimate auc = DeLongTest.auc(expected);
                    assertEquals(auc.auc(), curve.auc(), 1e-15, where);
                    assertEquals(auc.ciLower(), curve.aucCiLow(), 1e-15, where);
                    assertEquals(auc.ciUpper(), curve.aucCiHigh(), 1e-15, where);
                }
            }
        }
    }

    /**
     * The training cohort's bias-corrected curve is rms::calibrate's as {@link BootstrapCalibration} computes it
     * (rms-verified, BootstrapCalibrationTest), recomputed here from the training rows: predy is calibrate's grid on
     * the combined model's training risks, apparent its lowess curve there, and corrected that of
     * {@code calibrate(fit, B = 200)} with the run's seed on the combined model's frame. The other cohort has none.
     */
    @Test
    void bundlesTheTrainingCohortsBiasCorrectedCalibrationAsRmsCalibrateComputesIt() throws Exception {
        Path out = tmp.resolve("out");
        TrainingResult r = trainSynthetic(out);
        int[] train = r.train();
        double[] y = IntStream.of(train).mapToDouble(i -> r.table().numeric("outcome")[i]).toArray();
        double[] p = IntStream.of(train).mapToDouble(i -> r.risks().get("combined")[i]).toArray();
        double[] predy = BootstrapCalibration.predyGrid(p);
        double[] apparent = BootstrapCalibration.calibrated(p, y, predy);
        List<PredictorSpec> specs = r.combined().codings().stream().map(PredictorCoding::spec).toList();
        ModelFrame frame = ModelFrame.build(r.table().select(train), "outcome", specs);
        assertEquals(train.length, frame.rows().length, "every training row has the combined model's inputs");
        BootstrapCalibration expected = BootstrapCalibration.of(frame, 200, 1);
        try (ModelBundle bundle = ModelBundle.load(out.resolve(CohortTrainer.BUNDLE))) {
            BundleManifest m = bundle.manifest();
            assertNull(m.calibration("test").biasCorrected(), "only the training cohort has one");
            BiasCorrectedCurve curve = m.calibration("train").biasCorrected();
            assertNotNull(curve);
            assertEquals(BiasCorrectedCurve.FINAL_MODEL, curve.refit());
            assertEquals(200, curve.resamples());
            assertEquals(expected.failed(), curve.failed());
            assertEquals(BootstrapCalibration.GRID, curve.points().size(), "every grid point reached by a resample");
            for (int k = 0; k < BootstrapCalibration.GRID; k++) {
                BiasCorrectedCurve.Point point = curve.points().get(k);
                assertEquals(predy[k], point.predicted(), 1e-12, "predy " + k);
                assertEquals(apparent[k], point.apparent(), 1e-12, "calibrated.orig " + k);
                assertEquals(expected.calibratedCorrected()[k], point.corrected(), 1e-12, "calibrated.corrected " + k);
            }
            assertTrue(IntStream.range(0, BootstrapCalibration.GRID).anyMatch(k -> Math.abs(
                    curve.points().get(k).corrected() - curve.points().get(k).apparent()) > 1e-3),
                    "the correction is not nothing");
        }
    }

    @Test
    void recordsTheTrainingImagesSpacingAndNeverUsesDiagnosticColumnsAsFeatures() throws Exception {
        DataTable t = TrainingFixture.table(300, 5, false);
        double[] y = t.numeric("outcome");
        int n = t.rowCount();
        // diag_spacing_x predicts the outcome perfectly: it would be selected if it were a candidate
        t = CohortTrainer.withColumn(t, "diag_spacing_x", IntStream.range(0, n).mapToDouble(i -> 0.7 + 0.1 * y[i])
                .toArray());
        t = CohortTrainer.withColumn(t, "diag_spacing_y", IntStream.range(0, n).mapToDouble(i -> 0.75).toArray());
        t = CohortTrainer.withColumn(t, "diag_spacing_z", IntStream.range(0, n).mapToDouble(i -> i % 2 == 0 ? 2.5
                : 5.0).toArray());
        Path out = tmp.resolve("out");
        TrainingResult r = CohortTrainer.train(t, TrainingFixture.CLINICAL, TrainingConfig.defaults()
                .withSynthetic(true).withBootstrapRefit(TrainingConfig.REFIT_FINAL_MODEL), out, null);
        assertTrue(r.radiomics().stream().noneMatch(c -> c.startsWith("diag_")), r.radiomics().toString());
        try (ModelBundle bundle = ModelBundle.load(out.resolve(CohortTrainer.BUNDLE))) {
            TrainingImages images = bundle.manifest().trainingImages();
            assertNotNull(images);
            assertEquals(r.train().length, images.n());
            assertEquals(new TrainingImages.Range(0.75, 0.75, 0.75), images.spacingMm().y());
            assertEquals(2.5, images.spacingMm().z().min());
            assertEquals(5.0, images.spacingMm().z().max());
            assertEquals(0.7, images.spacingMm().x().min(), 1e-12);
        }
    }

    @Test
    void aTableWithoutSpacingColumnsRecordsNoTrainingImages() {
        DataTable t = TrainingFixture.table(20, 3, false);
        assertNull(TrainingBundle.trainingImages(t, new int[] {0, 1, 2}));
    }
}
