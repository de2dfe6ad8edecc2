package org.tacerisk.deep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.Cancelled;
import org.tacerisk.common.Progress;
import org.tacerisk.testsupport.SyntheticCrops;

class DeepTrainerTest {

    static final InputSpec SPEC = InputSpec.defaults();

    /**
     * 200 synthetic 3 × 64 × 64 cases, default network (width 16), ≤ 6 epochs: about 5 s on an idle 2-core machine,
     * 20–40 s while other builds load it.
     */
    @Test
    void learnsSyntheticBlobsToHighValidationAuc(@TempDir Path dir) throws Exception {
        List<TrainingCase> cases = SyntheticCrops.cases(SPEC, 200, 7);
        TrainingOptions options = TrainingOptions.defaults(SPEC).withEpochs(6).withPatience(2);
        List<String> steps = new ArrayList<>();
        List<Double> fractions = new ArrayList<>();
        long start = System.nanoTime();
        TrainingSummary s = DeepTrainer.train(cases, options, dir.resolve("model"), Progress.of((step, f) -> {
            steps.add(step);
            fractions.add(f);
        }, () -> false));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("synthetic training: %d epochs, validation AUC %.4f, %d ms%n", s.epochs(), s.bestValAuc(),
                millis);
        assertTrue(s.bestValAuc() > 0.9, "validation AUC " + s.bestValAuc());
        assertTrue(millis < 60_000, "training took " + millis + " ms");
        assertEquals(s.epochs(), s.history().size());
        assertEquals(s.history().stream().mapToDouble(TrainingSummary.Epoch::validationAuc).max().orElseThrow(),
                s.bestValAuc());
        assertEquals(s.history().get(s.bestEpoch() - 1).validationLoss(), s.bestValLoss());
        // Each epoch's metrics are its step text; its 5 batches (160 cases of 32) report "training epoch e/6".
        List<String> epochSteps = steps.stream().filter(t -> t.startsWith("epoch ")).toList();
        assertEquals(s.history().stream().map(e -> e.describe(6)).toList(), epochSteps);
        assertTrue(epochSteps.get(0).matches("epoch 1/6: loss \\d\\.\\d{4}, validation AUC \\d\\.\\d{4}"),
                epochSteps.get(0));
        assertEquals(5, steps.stream().filter("training epoch 1/6"::equals).count());
        assertEquals("writing the model folder", steps.get(steps.size() - 1));
        for (int n = 1; n < fractions.size(); n++) {
            assertTrue(fractions.get(n) >= fractions.get(n - 1), "fractions never go back: " + fractions);
        }
        assertEquals(1.0 / 6, fractions.get(steps.indexOf(epochSteps.get(0))), 1e-12);
        assertEquals(160, s.trainCases());
        assertEquals(40, s.valCases());
        assertTrue(Files.isRegularFile(dir.resolve("model/model.json")));
        assertTrue(Files.isRegularFile(dir.resolve("model/model.params")));
        assertEquals(201, Files.readAllLines(dir.resolve("model").resolve(TrainingCasesFile.NAME)).size());
        try (var listing = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("model")), listing.toList(), "no temporary folders left behind");
        }
        try (DjlTrainedModel model = DjlTrainedModel.load(dir.resolve("model"))) {
            // New cases: the loaded model ranks them as well (AUC; after a few epochs the probabilities are not
            // yet calibrated: batch-norm running statistics lag, so 0.5 is no threshold to test).
            List<TrainingCase> fresh = SyntheticCrops.cases(SPEC, 40, 99);
            int[] y = new int[fresh.size()];
            double[] p = new double[fresh.size()];
            for (int i = 0; i < fresh.size(); i++) {
                DeepOutput out = model.predict(fresh.get(i).chw());
                assertEquals(64, out.features().length);
                y[i] = fresh.get(i).label();
                p[i] = out.probability();
            }
            assertTrue(Auc.of(y, p) > 0.9, "AUC on new cases " + Auc.of(y, p));
        }
    }

    @Test
    void sameSeedGivesTheSameWeightsAndOutputs(@TempDir Path dir) throws Exception {
        List<TrainingCase> cases = SyntheticCrops.cases(SPEC, 48, 3);
        TrainingOptions options = TrainingOptions.defaults(SPEC).withEpochs(2).withSeed(42);
        DeepTrainer.train(cases, options, dir.resolve("a"), Progress.NONE);
        DeepTrainer.train(cases, options, dir.resolve("b"), Progress.NONE);
        DeepTrainer.train(cases, options.withSeed(43), dir.resolve("c"), Progress.NONE);
        byte[] a = Files.readAllBytes(dir.resolve("a/model.params"));
        assertArrayEquals(a, Files.readAllBytes(dir.resolve("b/model.params")));
        assertFalse(java.util.Arrays.equals(a, Files.readAllBytes(dir.resolve("c/model.params"))));
        try (DjlTrainedModel ma = DjlTrainedModel.load(dir.resolve("a"));
                DjlTrainedModel mb = DjlTrainedModel.load(dir.resolve("b"))) {
            DeepOutput oa = ma.predict(cases.get(0).chw());
            DeepOutput ob = mb.predict(cases.get(0).chw());
            assertEquals(oa.probability(), ob.probability());
            assertArrayEquals(oa.features(), ob.features());
        }
    }

    /**
     * Issue 12: a cancel from another thread (a Cancel button) in the middle of an epoch stops the training at the
     * next batch with {@link Cancelled}, well within a second, and leaves no model folder and no temporary folder.
     */
    @Test
    void cancelFromAnotherThreadStopsWithinABatchAndWritesNothing(@TempDir Path dir) throws Exception {
        List<TrainingCase> cases = SyntheticCrops.cases(SPEC, 200, 5);
        List<String> steps = new CopyOnWriteArrayList<>();
        CountDownLatch secondBatch = new CountDownLatch(1);
        Progress.Cancellable progress = Progress.cancellable((step, fraction) -> {
            steps.add(step);
            if (steps.size() == 2) {
                secondBatch.countDown();
            }
        });
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            Future<Long> stoppedAt = worker.submit(() -> {
                try {
                    DeepTrainer.train(cases, TrainingOptions.defaults(SPEC).withEpochs(50), dir.resolve("model"),
                            progress);
                    return -1L;
                } catch (Cancelled c) {
                    return System.nanoTime();
                }
            });
            assertTrue(secondBatch.await(2, TimeUnit.MINUTES), "training did not start");
            long cancelledAt = System.nanoTime();
            progress.cancel();
            long stopped = stoppedAt.get(1, TimeUnit.MINUTES);
            assertNotEquals(-1L, stopped, "the training ran to its end");
            long stopMillis = (stopped - cancelledAt) / 1_000_000;
            System.out.printf("training stopped %d ms after cancel()%n", stopMillis);
            assertTrue(stopMillis < 1_000, "stopped " + stopMillis + " ms after cancel()");
        } finally {
            worker.shutdownNow();
        }
        assertEquals(List.of("training epoch 1/50"), steps.stream().distinct().toList(), "stopped in epoch 1");
        try (var listing = Files.list(dir)) {
            assertEquals(List.of(), listing.toList(), "no model folder, no temporary folder");
        }
    }

    @Test
    void badInputIsRefusedWithClearMessages() {
        TrainingOptions options = TrainingOptions.defaults(SPEC);
        BadInputException empty = assertThrows(BadInputException.class,
                () -> DeepTrainer.train(List.of(), options, null, Progress.NONE));
        assertTrue(empty.getMessage().contains("no training cases"), empty.getMessage());

        List<TrainingCase> mismatched = new ArrayList<>(SyntheticCrops.cases(SPEC, 10, 1));
        mismatched.add(new TrainingCase("short-one", new float[100], 1));
        BadInputException length = assertThrows(BadInputException.class,
                () -> DeepTrainer.train(mismatched, options, null, Progress.NONE));
        assertTrue(length.getMessage().contains("short-one has 100 values"), length.getMessage());
        assertTrue(length.getMessage().contains("needs 12288"), length.getMessage());

        List<TrainingCase> oneClass = SyntheticCrops.cases(SPEC, 10, 1).stream()
                .map(c -> new TrainingCase(c.id(), c.chw(), 0)).toList();
        BadInputException single = assertThrows(BadInputException.class,
                () -> DeepTrainer.train(oneClass, options, null, Progress.NONE));
        assertTrue(single.getMessage().contains("at least two cases of each outcome"), single.getMessage());
        assertTrue(single.getMessage().contains("0 with outcome 1"), single.getMessage());

        assertThrows(IllegalArgumentException.class, () -> new TrainingCase("x", new float[1], 2));
        assertThrows(IllegalArgumentException.class, () -> options.withValFraction(1.0));
    }

    @Test
    void splitIsStratifiedAndSeeded() {
        List<TrainingCase> cases = SyntheticCrops.cases(new InputSpec(8, 1, 0, 0, 1, false), 50, 1);
        Split a = Split.stratified(cases, 0.2, new java.util.SplittableRandom(1));
        Split b = Split.stratified(cases, 0.2, new java.util.SplittableRandom(1));
        assertArrayEquals(a.validation(), b.validation());
        assertEquals(10, a.validation().length);
        assertEquals(40, a.train().length);
        long valPositives = java.util.Arrays.stream(a.validation()).filter(i -> cases.get(i).label() == 1).count();
        assertEquals(5, valPositives);
    }

    @Test
    void aucCountsTiesAsHalf() {
        assertEquals(1.0, Auc.of(new int[] {0, 0, 1, 1}, new double[] {0.1, 0.2, 0.3, 0.4}));
        assertEquals(0.5, Auc.of(new int[] {0, 1}, new double[] {0.3, 0.3}));
        assertEquals(0.75, Auc.of(new int[] {0, 1, 0, 1}, new double[] {0.1, 0.2, 0.3, 0.4}));
    }
}
