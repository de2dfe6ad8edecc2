package org.tacerisk.deep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.common.BadInputException;

/**
 * TorchScript through DJL equals PyTorch (fixture written by src/test/resources/deep/tiny-model/make_fixture.py
 * with torch 1.13.1; this test reads only the committed files), and every broken model folder is bad input.
 */
class TorchScriptModelTest {

    static final Path FIXTURE = Path.of("src", "test", "resources", "deep", "tiny-model");

    @TempDir
    Path dir;

    static float[] fixedInput() throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(FIXTURE.resolve("input.f32")))
                .order(ByteOrder.LITTLE_ENDIAN);
        float[] x = new float[bytes.remaining() / 4];
        bytes.asFloatBuffer().get(x);
        return x;
    }

    @Test
    void probabilityAndEveryFeatureEqualPyTorch() throws IOException {
        JsonNode expected = new ObjectMapper().readTree(FIXTURE.resolve("expected.json").toFile());
        try (DeepModel model = DeepModels.load(FIXTURE)) {
            assertEquals("tiny-cnn-fixture", model.name());
            assertEquals(InputSpec.defaults(), model.inputSpec());
            DeepOutput out = model.predict(fixedInput());
            assertClose(expected.get("probability").asDouble(), out.probability(), "probability");
            JsonNode features = expected.get("features");
            assertEquals(features.size(), out.features().length);
            for (int n = 0; n < features.size(); n++) {
                assertClose(features.get(n).asDouble(), out.features()[n], "feature " + n);
            }
        }
    }

    /** Within 1e-5 relative (features exactly 0 after ReLU: within 1e-9 absolute). */
    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, Math.max(1e-5 * Math.abs(expected), 1e-9), what);
    }

    @Test
    void concurrentPredictionsAgreeAndClosedModelRefuses() throws Exception {
        float[] x = fixedInput();
        DeepModel model = DeepModels.load(FIXTURE);
        DeepOutput reference = model.predict(x);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<DeepOutput>> results = new ArrayList<>();
            for (int n = 0; n < 16; n++) {
                results.add(pool.submit(() -> model.predict(x)));
            }
            for (Future<DeepOutput> r : results) {
                assertEquals(reference.probability(), r.get().probability());
                assertArrayEquals(reference.features(), r.get().features());
            }
        } finally {
            pool.shutdown();
        }
        model.close();
        assertThrows(IllegalStateException.class, () -> model.predict(x));
    }

    private Path copyFixture() throws IOException {
        Path copy = Files.createTempDirectory(dir, "model");
        for (String f : new String[] {"model.pt", "model.json"}) {
            Files.copy(FIXTURE.resolve(f), copy.resolve(f));
        }
        return copy;
    }

    private Path withSpec(String inputSpec, String outputs) throws IOException {
        Path copy = copyFixture();
        Files.writeString(copy.resolve("model.json"), "{\"format\": \"torchscript\", \"inputSpec\": " + inputSpec
                + (outputs == null ? "" : ", \"outputs\": " + outputs) + "}");
        return copy;
    }

    private static final String SPEC_64 = "{\"size\": 64, \"mmPerPixel\": 1, \"neighbourSlices\": 1,"
            + " \"windowLowHu\": -100, \"windowHighHu\": 240, \"maskChannel\": false}";

    private static String badInput(Executable call, String... fragments) {
        BadInputException e = assertThrows(BadInputException.class, call);
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), "message should contain '" + fragment + "': "
                    + e.getMessage());
        }
        return e.getMessage();
    }

    @Test
    void corruptNetworkFileIsBadInput() throws IOException {
        Path copy = copyFixture();
        byte[] garbage = new byte[4096];
        new java.util.Random(1).nextBytes(garbage);
        Files.write(copy.resolve("model.pt"), garbage);
        badInput(() -> DeepModels.load(copy), "model.pt", "cannot load the TorchScript network");
    }

    @Test
    void missingFolderFilesOrFormatAreBadInput() throws IOException {
        badInput(() -> DeepModels.load(dir.resolve("nowhere")), "no such model folder");
        Path copy = copyFixture();
        badInput(() -> DeepModels.load(copy.resolve("model.pt")), "not a file");
        Files.delete(copy.resolve("model.pt"));
        badInput(() -> DeepModels.load(copy), "model.pt is missing");
        Files.delete(copy.resolve("model.json"));
        badInput(() -> DeepModels.load(copy), "model.json is missing");
        Files.writeString(copy.resolve("model.json"), "{\"format\": \"djl\", \"inputSpec\": " + SPEC_64 + "}");
        // A "djl" description without the network's hyper-parameters (models trained here, DjlTrainedModel).
        badInput(() -> DeepModels.load(copy), "\"djl\"", "not a model trained here");
        Files.writeString(copy.resolve("model.json"), "{\"format\": \"onnx\", \"inputSpec\": " + SPEC_64 + "}");
        badInput(() -> DeepModels.load(copy), "unknown model format \"onnx\"");
        Files.writeString(copy.resolve("model.json"), "{\"format\": \"torchscript\", \"inputSpec\": {\"size\": 64}");
        badInput(() -> DeepModels.load(copy), "model.json", "cannot read");
    }

    @Test
    void misspeltOrInvalidSpecIsBadInputNamingTheKey() throws IOException {
        Path copy = withSpec(SPEC_64.replace("mmPerPixel", "mmPerPixle"), null);
        badInput(() -> DeepModels.load(copy), "inputSpec.mmPerPixle");
        Path negative = withSpec(SPEC_64.replace("\"size\": 64", "\"size\": 2"), null);
        badInput(() -> DeepModels.load(negative), "size 2");
    }

    @Test
    void specWithMoreChannelsThanTheNetworkSaysBoth() throws IOException {
        Path copy = withSpec(SPEC_64.replace("\"maskChannel\": false", "\"maskChannel\": true"), null);
        badInput(() -> DeepModels.load(copy), "1 × 4 × 64 × 64", "expects 3 input channels",
                "expected input[1, 4, 64, 64] to have 3 channels");
    }

    @Test
    void specWithAnotherSizeThanTheNetworkIsBadInput() throws IOException {
        Path copy = withSpec(SPEC_64.replace("\"size\": 64", "\"size\": 128"), null);
        badInput(() -> DeepModels.load(copy), "does not accept", "1 × 3 × 128 × 128",
                "mat1 and mat2 shapes cannot be multiplied");
    }

    @Test
    void outputsThatDoNotMatchTheNetworkAreBadInput() throws IOException {
        Path softmax = withSpec(SPEC_64, "{\"probability\": \"softmax index 1\", \"features\": \"output 1\"}");
        badInput(() -> DeepModels.load(softmax), "softmax index 1", "needs at least 2");
        Path third = withSpec(SPEC_64, "{\"probability\": \"sigmoid of output 0\", \"features\": \"output 2\"}");
        badInput(() -> DeepModels.load(third), "returns 2 output(s)");
        Path gibberish = withSpec(SPEC_64, "{\"probability\": \"the first one\"}");
        badInput(() -> DeepModels.load(gibberish), "\"the first one\" is not understood");
    }
}
