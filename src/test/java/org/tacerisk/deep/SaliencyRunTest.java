package org.tacerisk.deep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.common.Cancelled;
import org.tacerisk.common.Progress;
import org.tacerisk.image.DemoPhantom;

/** The saliency chain of {@code deep saliency} and the workstation: crop → probability → map → overlay PNG. */
class SaliencyRunTest {

    @TempDir
    Path dir;

    @Test
    void runEqualsItsStepsAndWritesTheOverlay() throws Exception {
        DemoPhantom.Phantom p = DemoPhantom.small(1);
        Path png = dir.resolve("saliency.png");
        List<String> steps = new ArrayList<>();
        try (DeepModel model = DeepModels.load(TorchScriptModelTest.FIXTURE)) {
            SaliencyRun.Result run = SaliencyRun.run(model, p.ct(), p.tumour(), OcclusionSaliency.defaults(), png,
                    Progress.of((step, f) -> {
                        if (steps.isEmpty() || !steps.get(steps.size() - 1).equals(step)) {
                            steps.add(step);
                        }
                    }, () -> false));
            DeepInference.Result inferred = DeepInference.infer(model, p.ct(), p.tumour());
            assertEquals(inferred.output().probability(), run.probability(), "the probability `deep infer` gives");
            assertEquals(inferred.crop().placement(), run.crop().placement());
            SaliencyMap map = OcclusionSaliency.defaults().map(model, inferred.crop(), p.ct().geometry().nx(),
                    p.ct().geometry().ny());
            assertEquals(map.slice(), run.map().slice());
            assertArrayEquals(map.values(), run.map().values());
        }
        assertEquals(List.of("tumour crop", "deep-model inference", "occlusion saliency: 0/226 windows"),
                steps.subList(0, 3));
        assertEquals("saliency overlay", steps.get(steps.size() - 1));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(p.ct().geometry().nx(), image.getWidth());
        assertEquals(p.ct().geometry().ny(), image.getHeight());
    }

    @Test
    void cancelledRunWritesNoPicture() throws Exception {
        DemoPhantom.Phantom p = DemoPhantom.small(1);
        Path png = dir.resolve("saliency.png");
        Progress.Cancellable progress = Progress.cancellable((step, f) -> { });
        Progress cancelInSaliency = Progress.of((step, f) -> {
            if (step.startsWith("occlusion saliency: 32/")) {
                progress.cancel();
            }
        }, progress::isCancelled);
        try (DeepModel model = DeepModels.load(TorchScriptModelTest.FIXTURE)) {
            assertThrows(Cancelled.class, () -> SaliencyRun.run(model, p.ct(), p.tumour(),
                    OcclusionSaliency.defaults(), png, cancelInSaliency));
        }
        assertFalse(Files.exists(png));
        try (var listing = Files.list(dir)) {
            assertTrue(listing.findAny().isEmpty(), "nothing written");
        }
    }
}
