package org.tacerisk.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.common.BadInputException;
import org.tacerisk.model.BundlePrediction;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.model.ModelBundleWriter;
import org.tacerisk.model.TestBundles;

/**
 * Step 2 of a prediction on a measurement made by hand: what it computes equals the hand-made bundle's logistic
 * model fed the right inputs, it is pure (a what-if edit of an entered value changes only what depends on it), and
 * a measurement from another bundle is refused.
 */
class PredictTwoStepTest {

    @TempDir
    Path dir;

    /** A tumour measured at dlr_score 0.6061 and a 9 cm maximum diameter on a 0.8 × 0.8 × 2.5 mm CT. */
    private static CaseMeasurement measured(ModelBundle b, String sha) {
        return new CaseMeasurement(b.manifest().name(), b.manifest().version(), sha, Map.of("rad", 0.2),
                Map.of("rad", 0.2, "dlr", 0.6061), 9.0, 381.7, List.of(0.8, 0.8, 2.5));
    }

    private ModelBundle bundle() throws Exception {
        Path path = dir.resolve("b");
        new ModelBundleWriter(TestBundles.manifest()).write(path);
        return ModelBundle.load(path);
    }

    @Test
    void stepTwoFeedsTheScoreTheMeasuredSizeAndTheEnteredValuesToTheModel() throws Exception {
        try (ModelBundle b = bundle(); CasePredictor predictor = CasePredictor.open(b)) {
            CaseMeasurement m = measured(b, b.manifestSha256());
            CasePrediction p = predictor.predict(m, Map.of("nodules", 1.0, "afp", 588.0));
            BundlePrediction expected = b.predictor().predict(Map.of("dlr_score", 0.6061, "tumor_size_cm", 9.0,
                    "nodules", 1.0, "afp", 588.0));
            assertEquals(expected.probability(), p.prediction().probability(), 0.0);
            assertEquals(expected.totalPoints(), p.prediction().totalPoints(), 0.0);
            assertEquals(Map.of("dlr_score", 0.6061, "tumor_size_cm", 9.0, "nodules", 1.0, "afp", 588.0),
                    new HashMap<>(p.inputs()));
            assertEquals(9.0, p.measuredSizeCm());
            assertTrue(p.notes().contains("no tumor_size_cm entered: the size check was skipped"), p.notes()
                    .toString());
        }
    }

    @Test
    void whatIfEditsChangeOnlyWhatDependsOnThem() throws Exception {
        try (ModelBundle b = bundle(); CasePredictor predictor = CasePredictor.open(b)) {
            CaseMeasurement m = measured(b, b.manifestSha256());
            CasePrediction low = predictor.predict(m, Map.of("nodules", 1.0, "afp", 10.0));
            CasePrediction again = predictor.predict(m, Map.of("nodules", 1.0, "afp", 10.0));
            CasePrediction high = predictor.predict(m, Map.of("nodules", 1.0, "afp", 10000.0));
            assertEquals(low.prediction().probability(), again.prediction().probability(), 0.0);
            // AFP 10 → 10,000 ng/mL is 3 units of log10(AFP): the linear predictor moves by 3 × 0.4620
            assertEquals(3 * TestBundles.COEF[4], high.prediction().linearPredictor()
                    - low.prediction().linearPredictor(), 1e-12);
            assertEquals(low.prediction().points().get(0).points(), high.prediction().points().get(0).points(), 0.0);
        }
    }

    @Test
    void aMeasurementOfAnotherBundleIsRefused() throws Exception {
        try (ModelBundle b = bundle(); CasePredictor predictor = CasePredictor.open(b)) {
            CaseMeasurement other = measured(b, "0".repeat(64));
            BadInputException e = assertThrows(BadInputException.class,
                    () -> predictor.predict(other, Map.of("nodules", 1.0, "afp", 10.0)));
            assertTrue(e.getMessage().contains("measure the tumour again with this model"), e.getMessage());
        }
    }

    @Test
    void missingEnteredValuesAreDataNotCommandWords() throws Exception {
        try (ModelBundle b = bundle(); CasePredictor predictor = CasePredictor.open(b)) {
            MissingInputsException e = assertThrows(MissingInputsException.class,
                    () -> predictor.checkEntered(Map.of("nodules", 2.0)));
            assertEquals(List.of("afp"), e.missing().stream().map(p -> p.id()).toList());
            assertTrue(!e.getMessage().contains("--"), e.getMessage());
        }
    }
}
