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
            // the demo bundle takes no entered value; the size goes in for the size check only
            assertEquals(Map.of("tumor_size_cm", 3.5), c.entered());
            assertEquals(16982, c.conversion().mask().count());
            // src/test/resources/predict/demo-case.json, recorded from tacerisk predict on this case
            assertEquals(0.1581439764462487, c.prediction().prediction().probability(), 1e-9);
            assertEquals(List.of("SIZE_DISAGREES"), c.prediction().warnings().stream().map(w -> w.code())
                    .toList());
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
