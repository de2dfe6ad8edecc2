package org.tacerisk.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.common.Finding;
import org.tacerisk.image.DemoPhantom;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.model.ModelBundleWriter;
import org.tacerisk.model.TrainingImages;

/** The spacing check of {@code tacerisk predict} against the bundle's trainingImages (schema 1.1). */
class PredictSpacingTest {

    @TempDir
    Path tmp;

    private static final TrainingImages TRAINED_AT_2_5 = TrainingImages.of(new double[][] {{2.5, 2.5, 2.5},
        {2.4, 2.4, 2.5}, {2.6, 2.6, 2.5}});

    private static List<Finding> check(TrainingImages t, double... spacing) {
        List<Finding> warnings = new ArrayList<>();
        SpacingCheck.check(t, spacing, warnings, new ArrayList<>());
        return warnings;
    }

    @Test
    void warnsWhenAnAxisDiffersFromTheTrainingMedianByMoreThanHalf() {
        assertTrue(check(TRAINED_AT_2_5, 2.5, 2.5, 3.75).isEmpty(), "exactly 50 % is accepted");
        assertTrue(check(TRAINED_AT_2_5, 1.3, 1.3, 2.5).isEmpty());
        List<Finding> w = check(TRAINED_AT_2_5, 2.5, 2.5, 5.0);
        assertEquals(1, w.size());
        assertEquals("SPACING_FAR_FROM_TRAINING", w.get(0).code());
        assertTrue(w.get(0).message().contains("z 5.00 mm (training 2.50-2.50 mm)"), w.get(0).message());
        assertEquals(1, check(TRAINED_AT_2_5, 0.7, 0.7, 2.5).size(), "thin in-plane spacing warns too");
    }

    @Test
    void aBundleWithoutTrainingImagesKeepsTheNote() {
        List<String> notes = new ArrayList<>();
        List<Finding> warnings = new ArrayList<>();
        SpacingCheck.check(null, new double[] {2.5, 2.5, 5.0}, warnings, notes);
        assertTrue(warnings.isEmpty());
        assertTrue(notes.get(0).contains("does not record the training images' spacing"), notes.toString());
    }

    @Test
    void predictWarnsOnACaseWithFiveMillimetreSlicesAgainstABundleTrainedAt2_5() throws Exception {
        Path bundleDir = tmp.resolve("b");
        try (ModelBundle demo = ModelBundle.load(Path.of("models", "hcc-tace-demo"))) {
            ModelBundleWriter writer = new ModelBundleWriter(demo.manifest().withTrainingImages(TRAINED_AT_2_5)
                    .withFiles(Map.of())).radiomicsSettings(demo.radiomicsSettings());
            if (demo.deepModelDir() != null) {
                writer = writer.deepModel(demo.deepModelDir()); // the demo's DL signature needs its network
            }
            writer.write(bundleDir);
        }
        Map<String, Double> entered = Map.of("tumor_size_cm", 6.0, "nodules", 1.0, "afp_ng_ml", 50.0);
        try (ModelBundle b = ModelBundle.load(bundleDir)) {
            assertEquals(TRAINED_AT_2_5, b.manifest().trainingImages());
            DemoPhantom.Phantom thick = DemoPhantom.abdomen(64, 64, 12, new double[] {2.5, 2.5, 5.0}, 1);
            CasePrediction far = CasePredictor.predict(b, thick.ct(), thick.tumour(), entered);
            assertTrue(far.warnings().stream().anyMatch(f -> f.code().equals("SPACING_FAR_FROM_TRAINING")),
                    far.warnings().toString());
            DemoPhantom.Phantom same = DemoPhantom.abdomen(64, 64, 24, new double[] {2.5, 2.5, 2.5}, 1);
            CasePrediction near = CasePredictor.predict(b, same.ct(), same.tumour(), entered);
            assertTrue(near.warnings().stream().noneMatch(f -> f.code().equals("SPACING_FAR_FROM_TRAINING")),
                    near.warnings().toString());
            assertTrue(near.notes().stream().anyMatch(n -> n.contains("within 50 % of the training median")),
                    near.notes().toString());
        }
    }
}
