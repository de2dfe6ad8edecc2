package org.tacerisk.cohort.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.model.BundlePrediction;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.model.PredictorSpecification;
import org.tacerisk.model.Signature;
import org.tacerisk.model.TrainingImages;
import org.tacerisk.radiomics.RadiomicsSettings;
import org.tacerisk.stats.DataTable;

class TrainingBundleTest {

    @TempDir
    Path tmp;

    @Test
    void bundleVerifiesAndPredictsLikeTheCombinedModel() throws Exception {
        Path out = tmp.resolve("out");
        TrainingResult r = CohortTrainer.train(TrainingFixture.table(400, 11, true), TrainingFixture.CLINICAL,
                TrainingConfig.defaults().withSynthetic(true).withBootstrapRefit(TrainingConfig.REFIT_FINAL_MODEL), out,
                RadiomicsSettings.defaults());
        try (ModelBundle bundle = ModelBundle.load(out.resolve(CohortTrainer.BUNDLE))) {
            BundleManifest m = bundle.manifest();
            assertTrue(m.synthetic());
            assertEquals(BundleManifest.SYNTHETIC_LABEL, m.label());
            assertNotNull(bundle.radiomicsSettings());
            assertEquals(PredictorSpecification.Source.MODEL_SCORE, m.predictor("dlr_score").source());
            assertEquals(PredictorSpecification.Transform.LOG10, m.predictor("afp").transform());
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
