package org.tacerisk.predict;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.common.Cancelled;
import org.tacerisk.common.Progress;
import org.tacerisk.deep.DeepModel;
import org.tacerisk.deep.DeepModels;
import org.tacerisk.deep.OcclusionSaliency;
import org.tacerisk.deep.SaliencyMap;
import org.tacerisk.deep.SaliencyRun;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Volume;
import org.tacerisk.model.ModelBundle;

/** The workstation's saliency call on the SYNTHETIC demo case: the command line's map, and a prompt cancel. */
class CaseSaliencyTest {

    private static final Path DEMO = Path.of("models", "hcc-tace-demo");

    @TempDir
    static Path dir;
    private static Volume ct;
    private static Mask tumour;

    @BeforeAll
    static void openDemoCase() throws Exception {
        DemoCase.Opened c = DemoCase.open(dir, null, Progress.NONE);
        ct = c.conversion().loaded().volume();
        tumour = c.conversion().mask();
    }

    @Test
    void theMapIsTheOneSaliencyRunGivesForTheBundlesDeepModel() throws Exception {
        SaliencyMap expected;
        try (ModelBundle bundle = ModelBundle.load(DEMO);
                DeepModel model = DeepModels.load(bundle.deepModelDir())) {
            expected = SaliencyRun.run(model, ct, tumour, new OcclusionSaliency(8, 4), null, Progress.NONE).map();
        }
        List<Double> fractions = new ArrayList<>();
        SaliencyMap map;
        try (ModelBundle bundle = ModelBundle.load(DEMO)) {
            map = CaseSaliency.compute(bundle, ct, tumour, Progress.of((step, f) -> fractions.add(f), () -> false));
        }
        assertEquals(expected.slice(), map.slice());
        assertEquals(ct.geometry().nx(), map.nx());
        assertEquals(ct.geometry().ny(), map.ny());
        assertArrayEquals(expected.values(), map.values(), 1e-6f);
        assertTrue(map.max() > 0, "the demo tumour moves the deep model's probability");
        assertEquals(1.0, fractions.get(fractions.size() - 1), 1e-12);
        for (int n = 1; n < fractions.size(); n++) {
            assertTrue(fractions.get(n) >= fractions.get(n - 1), "progress never goes back: " + fractions);
        }
    }

    @Test
    void aCancelAfterTheFirstBatchStopsBeforeTheNext() {
        AtomicReference<Progress.Cancellable> holder = new AtomicReference<>();
        List<String> afterCancel = new ArrayList<>();
        Progress.Cancellable progress = Progress.cancellable((step, f) -> {
            if (holder.get().isCancelled()) {
                afterCancel.add(step);
            } else if (step.startsWith("occlusion saliency: " + OcclusionSaliency.BATCH + "/")) {
                holder.get().cancel(); // one batch of windows done
            }
        });
        holder.set(progress);
        long start = System.nanoTime();
        try (ModelBundle bundle = ModelBundle.load(DEMO)) {
            assertThrows(Cancelled.class, () -> CaseSaliency.compute(bundle, ct, tumour, progress));
        }
        assertEquals(List.of(), afterCancel, "no further batch after the cancel");
        assertTrue(System.nanoTime() - start < 30_000_000_000L);
    }
}
