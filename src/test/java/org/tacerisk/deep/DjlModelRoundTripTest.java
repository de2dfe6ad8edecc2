package org.tacerisk.deep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.Progress;
import org.tacerisk.testsupport.SyntheticCrops;

class DjlModelRoundTripTest {

    static final InputSpec SPEC = new InputSpec(32, 1.0, 0, -100, 240, true);

    @Test
    void saveLoadSaveGivesBitIdenticalOutputsAndThreadsAgree(@TempDir Path dir) throws Exception {
        List<TrainingCase> cases = SyntheticCrops.cases(SPEC, 24, 11);
        TrainingOptions options = TrainingOptions.defaults(SPEC).withEpochs(1).withWidth(8);
        DeepTrainer.train(cases, options, dir.resolve("m"), Progress.NONE);
        String json = Files.readString(dir.resolve("m/model.json"));
        assertTrue(json.contains("\"format\" : \"djl\""), json);
        assertTrue(json.contains("\"architecture\" : \"compact-resnet\""), json);
        assertTrue(json.contains("\"maskChannel\" : true"), json);
        try (DjlTrainedModel a = DjlTrainedModel.load(dir.resolve("m"));
                DjlTrainedModel b = DjlTrainedModel.load(dir.resolve("m"))) {
            assertEquals(SPEC, a.inputSpec());
            assertEquals(8, a.network().width());
            List<float[]> inputs = cases.stream().map(TrainingCase::chw).toList();
            List<DeepOutput> batch = a.predictBatch(inputs);
            for (int i = 0; i < inputs.size(); i++) {
                DeepOutput single = b.predict(inputs.get(i));
                DeepOutput again = a.predict(inputs.get(i));
                assertEquals(single.probability(), again.probability());
                assertArrayEquals(single.features(), again.features());
                assertEquals(32, single.features().length);
                assertEquals(single.probability(), batch.get(i).probability(), 1e-5);
            }
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<DeepOutput>> futures = new ArrayList<>();
                for (int r = 0; r < 8; r++) {
                    for (float[] in : inputs.subList(0, 4)) {
                        futures.add(pool.submit(() -> a.predict(in)));
                    }
                }
                for (int f = 0; f < futures.size(); f++) {
                    assertEquals(b.predict(inputs.get(f % 4)).probability(), futures.get(f).get().probability());
                }
            } finally {
                pool.shutdown();
            }
            assertThrows(IllegalArgumentException.class, () -> a.predict(new float[7]));
        }
        try (DeepModel viaFolder = DeepModels.load(dir.resolve("m"))) {
            assertTrue(viaFolder instanceof DjlTrainedModel, viaFolder.getClass().toString());
            assertEquals("m", viaFolder.name());
        }
        // The network's keys are allowed in model.json only for "djl".
        Files.writeString(dir.resolve("m/model.json"), json.replace("\"djl\"", "\"torchscript\""));
        BadInputException e = assertThrows(BadInputException.class, () -> DeepModels.load(dir.resolve("m")));
        assertTrue(e.getMessage().contains("unknown key"), e.getMessage());
    }

    @Test
    void foldersThatAreNotDjlModelsAreRefused(@TempDir Path dir) throws Exception {
        assertThrows(BadInputException.class, () -> DjlTrainedModel.load(dir));
        Files.writeString(dir.resolve("model.json"), "{\"format\":\"torchscript\"}");
        BadInputException e = assertThrows(BadInputException.class, () -> DjlTrainedModel.load(dir));
        assertTrue(e.getMessage().contains("torchscript"), e.getMessage());
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.writeString(other.resolve("notes.txt"), "keep me");
        assertThrows(BadInputException.class, () -> DjlModelFiles.write(other,
                new DjlModelFiles.Descriptor(new CompactResNet.Config(2, 8, 1, 0), SPEC), new byte[0],
                java.util.Map.of()));
        assertTrue(Files.exists(other.resolve("notes.txt")));

        // An earlier model folder is replaced whole; nothing temporary is left beside it.
        Path model = dir.resolve("model");
        DjlModelFiles.Descriptor d = new DjlModelFiles.Descriptor(new CompactResNet.Config(2, 8, 1, 0), SPEC);
        DjlModelFiles.write(model, d, new byte[] {1}, java.util.Map.of("run", 1));
        Files.writeString(model.resolve("stale.txt"), "from the first run");
        DjlModelFiles.write(model, d, new byte[] {2}, java.util.Map.of("run", 2));
        assertArrayEquals(new byte[] {2}, Files.readAllBytes(model.resolve("model.params")));
        assertTrue(Files.readString(model.resolve("model.json")).contains("\"run\" : 2"));
        assertTrue(!Files.exists(model.resolve("stale.txt")));
        try (var listing = Files.list(dir)) {
            assertTrue(listing.noneMatch(p -> p.getFileName().toString().startsWith(".")), "temporary folders left");
        }
    }
}
