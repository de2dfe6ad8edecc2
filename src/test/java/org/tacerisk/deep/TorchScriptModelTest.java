package org.tacerisk.deep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        JsonNode json = new ObjectMapper().readTree(FIXTURE.resolve("model.json").toFile());
        JsonNode spec = json.get("inputSpec");
        try (DeepModel model = DeepModels.load(FIXTURE)) {
            assertEquals(json.get("name").asText(), model.name());
            assertEquals(new InputSpec(spec.get("size").asInt(), spec.get("mmPerPixel").asDouble(),
                    spec.get("neighbourSlices").asInt(), spec.get("windowLowHu").asDouble(),
                    spec.get("windowHighHu").asDouble(), spec.get("maskChannel").asBoolean()), model.inputSpec());
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

    /**
     * Issue 12: crops go through the network as batches. 40 different inputs (two batches: 32 + 8) give, each,
     * what a pass of its own gives, within 1e-6 (probability) and 1e-5 (features; relative above 1): the engine may
     * sum in another order for another batch size. The fixed input's row still equals PyTorch's.
     */
    @Test
    void batchedForwardPassEqualsOnePassPerInput() throws IOException {
        JsonNode expected = new ObjectMapper().readTree(FIXTURE.resolve("expected.json").toFile());
        float[] x = fixedInput();
        List<float[]> inputs = new ArrayList<>();
        for (int n = 0; n < 40; n++) {
            float[] scaled = new float[x.length];
            for (int v = 0; v < x.length; v++) {
                scaled[v] = x[(v + 97 * n) % x.length] * (1 - n / 80f);
            }
            inputs.add(n == 0 ? x : scaled);
        }
        try (TorchScriptModel model = (TorchScriptModel) DeepModels.load(FIXTURE)) {
            assertTrue(model.takesBatches());
            List<DeepOutput> batch = model.predictBatch(inputs);
            assertEquals(40, batch.size());
            assertClose(expected.get("probability").asDouble(), batch.get(0).probability(), "probability");
            double spread = 0;
            for (int n = 0; n < inputs.size(); n++) {
                DeepOutput single = model.predict(inputs.get(n));
                assertEquals(single.probability(), batch.get(n).probability(), 1e-6, "input " + n);
                assertEquals(single.features().length, batch.get(n).features().length);
                for (int f = 0; f < single.features().length; f++) {
                    float one = single.features()[f];
                    assertEquals(one, batch.get(n).features()[f], 1e-5 * Math.max(1, Math.abs(one)),
                            "input " + n + " feature " + f);
                }
                spread = Math.max(spread, Math.abs(batch.get(n).probability() - batch.get(0).probability()));
            }
            assertTrue(spread > 1e-3, "the inputs differ, so must their probabilities: " + spread);
        }
    }

    /**
     * A network traced for a batch of one (here the fixture with its flatten written as a reshape to [1, -1], as
     * {@code x.view(1, -1)} traces) refuses a batch; the model finds that at load and runs one input at a time.
     */
    @Test
    void networkThatTakesOneInputAtATimeStillPredictsBatches() throws IOException {
        Path copy = copyFixture();
        Path pt = copy.resolve("model.pt");
        byte[] rewritten;
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(pt));
                var bytes = new java.io.ByteArrayOutputStream();
                var out = new java.util.zip.ZipOutputStream(bytes)) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals("model/code/__torch__.py")) {
                    String code = new String(content, java.nio.charset.StandardCharsets.UTF_8);
                    String flat = "torch.flatten((pool).forward(input0, ), 1)";
                    assertTrue(code.contains(flat), code);
                    content = code.replace(flat, "torch.reshape((pool).forward(input0, ), [1, -1])")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(content);
                out.closeEntry();
            }
            out.finish();
            rewritten = bytes.toByteArray();
        }
        Files.write(pt, rewritten);
        float[] x = fixedInput();
        try (TorchScriptModel model = (TorchScriptModel) DeepModels.load(copy);
                TorchScriptModel reference = (TorchScriptModel) DeepModels.load(FIXTURE)) {
            assertFalse(model.takesBatches());
            List<DeepOutput> outputs = model.predictBatch(List.of(x, new float[x.length]));
            assertEquals(reference.predict(x).probability(), outputs.get(0).probability());
            assertEquals(reference.predict(new float[x.length]).probability(), outputs.get(1).probability());
        }
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
