package org.tacerisk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.deep.DeepEngine;
import org.tacerisk.deep.DeepModel;
import org.tacerisk.deep.DeepModels;
import org.tacerisk.deep.TumourCrop;
import org.tacerisk.image.DemoPhantom;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Nifti;

/** {@code tacerisk deep infer}: JSON output equals the core result; broken models and masks exit 3. */
class DeepInferCommandTest extends CommandLineTestBase {

    private static final Path MODEL = Path.of("src", "test", "resources", "deep", "tiny-model");

    @TempDir
    Path dir;

    private Path image;
    private Path mask;

    @BeforeEach
    void writeDemoCase() throws IOException {
        DemoPhantom.Phantom p = DemoPhantom.small(1);
        image = dir.resolve("ct.nii.gz");
        mask = dir.resolve("tumour.nii.gz");
        Nifti.write(p.ct(), image);
        Nifti.write(p.tumour(), mask);
    }

    @Test
    void jsonHasProbabilityFeaturesTimingsAndModelAndEqualsTheCore() throws IOException {
        long start = System.nanoTime();
        assertEquals(0, run("deep", "infer", "--model", MODEL.toString(), "--image", image.toString(), "--mask",
                mask.toString(), "--json"), err::toString);
        double wallMillis = (System.nanoTime() - start) / 1e6;
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertEquals("tiny-cnn-fixture", root.get("model").asText());
        assertEquals(16, root.get("features_length").asInt());
        assertEquals(16, root.get("features").size());
        // The engine's load time is the one the engine reported at its start (once per JVM); the others were
        // spent inside this command, so together they fit in its wall time.
        assertEquals(DeepEngine.start().loadMillis(), root.at("/timing_ms/engine_load").asLong());
        double inside = 0;
        for (String t : new String[] {"model_load", "crop", "inference"}) {
            assertTrue(root.at("/timing_ms/" + t).isNumber(), t + " missing: " + root.get("timing_ms"));
            inside += root.at("/timing_ms/" + t).asDouble();
        }
        assertTrue(root.at("/timing_ms/inference").asDouble() > 0, "a forward pass takes time");
        assertTrue(inside <= wallMillis, inside + " ms of steps in a " + wallMillis + " ms command");
        DemoPhantom.Phantom p = DemoPhantom.small(1);
        try (DeepModel model = DeepModels.load(MODEL)) {
            float[] crop = TumourCrop.of(p.ct(), p.tumour(), model.inputSpec()).chw();
            assertEquals(model.predict(crop).probability(), root.get("probability").asDouble(), 1e-12);
        }
        assertTrue(err.toString().contains("PyTorch 2.7.1 engine ready"), err::toString);
    }

    @Test
    void plainOutputIsOneLine() {
        assertEquals(0, run("deep", "infer", "--model", MODEL.toString(), "--image", image.toString(), "--mask",
                mask.toString()), err::toString);
        assertTrue(out.toString().startsWith("probability 0."), out::toString);
    }

    @Test
    void corruptModelIsBadInput() throws IOException {
        Path broken = Files.createDirectories(dir.resolve("broken"));
        Files.copy(MODEL.resolve("model.json"), broken.resolve("model.json"));
        Files.write(broken.resolve("model.pt"), "this is not a TorchScript archive".getBytes());
        assertEquals(ExitCodes.BAD_INPUT, run("deep", "infer", "--model", broken.toString(), "--image",
                image.toString(), "--mask", mask.toString(), "--json"));
        assertTrue(err.toString().contains("cannot load the TorchScript network"), err::toString);
        // stdout holds the JSON error object only, never a partial result
        assertTrue(out.toString().startsWith("{\n  \"error\" : {"), out::toString);
        assertTrue(out.toString().contains("cannot load the TorchScript network"), out::toString);
    }

    @Test
    void missingModelFolderAndEmptyMaskAreBadInput() throws IOException {
        assertEquals(ExitCodes.BAD_INPUT, run("deep", "infer", "--model", dir.resolve("none").toString(), "--image",
                image.toString(), "--mask", mask.toString()));
        assertTrue(err.toString().contains("no such model folder"), err::toString);
        Path empty = dir.resolve("empty.nii.gz");
        Nifti.write(Mask.empty(Nifti.readMask(mask).geometry()), empty);
        assertEquals(ExitCodes.BAD_INPUT, run("deep", "infer", "--model", MODEL.toString(), "--image",
                image.toString(), "--mask", empty.toString()));
        assertTrue(err.toString().contains("empty"), err::toString);
    }

    @Test
    void missingOptionIsUsageError() {
        assertEquals(ExitCodes.USAGE, run("deep", "infer", "--image", image.toString(), "--mask", mask.toString()));
        assertEquals(ExitCodes.USAGE, run("deep"));
    }
}
