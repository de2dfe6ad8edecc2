package org.tacerisk.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.common.Cancelled;
import org.tacerisk.common.Progress;
import org.tacerisk.model.BundlePrediction;
import org.tacerisk.model.CombinedModel;
import org.tacerisk.model.ModelBundle;

/** The demo case as the workstation's "Open demo case" calls it (tacerisk demo shows the same). */
class DemoCaseTest {

    @TempDir
    Path dir;

    @Test
    void writesScansConvertsAndPredictsSyn0300WithTheValuesTheBundleTakes() throws Exception {
        try (ModelBundle b = ModelBundle.load(Path.of("models", "hcc-tace-demo"));
                CasePredictor predictor = CasePredictor.open(b)) {
            DemoCase.Opened c = DemoCase.open(dir, predictor, Progress.NONE);
            assertEquals("SYN-0300", c.patient().patientId());
            assertEquals("test", c.patient().cohort());
            assertEquals(1, c.index().allSeries().size());
            assertEquals(56, c.index().allSeries().get(0).instanceCount());
            assertTrue(Files.isRegularFile(dir.resolve("ct.nii.gz")) && Files.isRegularFile(dir.resolve(
                    "tumour.nii.gz")));
            // SYN-0300's clinical values in cohort.csv (size 3.5 cm, 5 nodules, AFP 33.1 ng/mL): the demo bundle's
            // combined model takes all three
            assertEquals(Map.of("tumor_size_cm", 3.5, "nodules", 5.0, "afp_ng_ml", 33.1), c.entered());
            assertEquals(16982, c.conversion().mask().count());
            BundlePrediction p = c.prediction().prediction();
            // the logistic of the manifest's coefficients at the computed DLR score and the entered values
            double lp = 0;
            for (CombinedModel.Term t : b.manifest().combinedModel().terms()) {
                double x = switch (t.name()) {
                    case "(Intercept)" -> 1;
                    case "dlr_score" -> c.prediction().inputs().get("dlr_score");
                    case "log10(afp_ng_ml)" -> Math.log10(33.1);
                    default -> c.entered().get(t.name());
                };
                lp += t.coefficient() * x;
            }
            assertEquals(1 / (1 + Math.exp(-lp)), p.probability(), 1e-12);
            // src/test/resources/predict/demo-case.json, recorded from tacerisk predict on this case; the same as
            // the combined model's risk for SYN-0300 in predictions.csv of the bundle's training run
            assertEquals(0.2368448984371617, p.probability(), 1e-9);
            assertEquals("high", p.riskGroup(), "above the training Youden cut-off 0.2006");
            assertEquals(List.of("SIZE_DISAGREES"), c.prediction().warnings().stream().map(w -> w.code())
                    .toList());
            // forced next to the DLR score, tumour size's coefficient is negative: every prediction says so
            assertTrue(c.prediction().notes().stream().anyMatch(n -> n.startsWith("Tumour size (tumor_size_cm) is"
                    + " expected to increase the risk, but in the combined model its coefficient is -0.0639")),
                    c.prediction().notes().toString());
        }
    }

    @Test
    void withoutABundleItStopsAfterTheConversionWithEveryClinicalValue() throws Exception {
        DemoCase.Opened c = DemoCase.open(dir, null, Progress.NONE);
        assertEquals(List.of("tumor_size_cm", "nodules", "afp_ng_ml"), List.copyOf(c.entered().keySet()));
        assertNull(c.prediction());
        assertNull(c.measurement());
    }

    @Test
    void aCancelledOpenStopsWithCancelled() {
        Progress.Cancellable progress = Progress.cancellable((step, fraction) -> { });
        progress.cancel();
        assertThrows(Cancelled.class, () -> DemoCase.open(dir, null, progress));
    }
}
