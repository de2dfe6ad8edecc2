package org.tacerisk.cohort.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tacerisk.common.CancelAssertions.assertCancelledWithinASecond;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.common.Progress;
import org.tacerisk.stats.DataTable;

/**
 * Issue 12: a cohort training cancelled mid-way (in the first fit, or in the procedure bootstrap) stops within a
 * second, on a table the size of the demo model's (266 training rows, 168 radiomics and 65 deep columns), where
 * one refit of the procedure takes a second or more: the cancel is checked inside the refit's LASSO
 * cross-validation, not only between resamples. What was written stays, training.log says CANCELLED (not FAILED),
 * and no bundle or part of one is written.
 */
class TrainingCancelTest {

    private static DataTable demoSized;

    @TempDir
    Path tmp;

    /** Like the demo cohort's table: 443 labelled patients (266 train), 168 radiomics and 65 deep columns. */
    @BeforeAll
    static void table() {
        Random r = new Random(7);
        List<String> cols = new ArrayList<>(List.of("patient_id", "cohort", "outcome", "afp", "size_cm"));
        for (int j = 0; j < 168; j++) {
            cols.add("original_f" + j);
        }
        for (int j = 0; j < 65; j++) {
            cols.add("deep_f" + j);
        }
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 443; i++) {
            double latent = r.nextGaussian();
            int y = r.nextDouble() < 1 / (1 + Math.exp(1 - latent)) ? 1 : 0;
            List<String> row = new ArrayList<>(List.of("p" + i, i < 266 ? "train" : "test", Integer.toString(y),
                    Double.toString(Math.pow(10, 1 + r.nextGaussian())), Double.toString(3 + r.nextGaussian())));
            for (int j = 0; j < 233; j++) {
                row.add(Double.toString((j % 7 == 0 ? 0.6 : 0.05) * latent + r.nextGaussian()));
            }
            rows.add(row.toArray(String[]::new));
        }
        demoSized = DataTable.of(cols, rows);
    }

    @Test
    void aCancelInTheFirstFitStopsWithinASecondAndLeavesOnlyTheLog() throws Exception {
        assertCancelledWhile("fitting the signatures", "fitting the models", Set.of(TrainingLog.FILE));
    }

    @Test
    void aCancelInTheProcedureBootstrapStopsWithinASecondAndKeepsTheResultsWithoutABundle() throws Exception {
        // the results written before the bootstrap; no report, no bundle and no part of one
        assertCancelledWhile("bootstrap 1/", "the bootstrap validation", Set.of(TrainingLog.FILE, "predictions.csv",
                "evaluation.json", "config.yaml"));
    }

    /**
     * An uncancelled run reports its steps with fractions that only grow, the bootstrap in 10 … 95 % (one report
     * per resample), 100 % at the end; training.log holds the steps and the bootstrap every 5 % of the resamples.
     */
    @Test
    void theStepsComeWithGrowingFractionsAndTheBootstrapTakesMostOfTheRange() throws Exception {
        Path out = tmp.resolve("out");
        List<String> steps = Collections.synchronizedList(new ArrayList<>());
        List<Double> fractions = Collections.synchronizedList(new ArrayList<>());
        CohortTrainer.train(TrainingFixture.table(300, 5, false), TrainingFixture.CLINICAL,
                TrainingConfig.defaults().withBootstrap(40), out, null, null, Progress.of((step, fraction) -> {
                    steps.add(step);
                    fractions.add(fraction);
                }, () -> false));
        assertEquals("fitting the signatures, clinical and combined models on 180 training rows", steps.get(0));
        assertEquals(0.0, fractions.get(0));
        int first = steps.indexOf("bootstrap 1/40");
        assertEquals(0.1 + 0.85 / 40, fractions.get(first), 1e-12);
        assertEquals(0.95, fractions.get(steps.indexOf("bootstrap 40/40")), 1e-12);
        assertEquals(40, steps.stream().filter(s -> s.matches("bootstrap \\d+/40")).count());
        assertEquals("writing figures, report and bundle", steps.get(first + 40));
        assertEquals(1.0, fractions.get(fractions.size() - 1));
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1), steps.get(i));
        }
        String log = Files.readString(out.resolve(TrainingLog.FILE));
        assertTrue(log.contains(" bootstrap 2/40\n") && log.contains(" bootstrap 40/40\n"), log);
        assertFalse(log.contains(" bootstrap 1/40\n") || log.contains(" bootstrap 3/40\n"), "every 5 %: " + log);
        assertTrue(log.contains("DONE: results, report and model bundle written"), log);
    }

    /**
     * Trains with a 200-resample procedure bootstrap, cancelled from another thread once a step starting with
     * {@code step} comes: it must stop within a second, log CANCELLED while {@code stage} (not FAILED), and leave
     * exactly {@code left} in the output folder.
     */
    private void assertCancelledWhile(String step, String stage, Set<String> left) throws Exception {
        Path out = tmp.resolve("out");
        TrainingConfig config = TrainingConfig.defaults().withBootstrap(200)
                .withBootstrapRefit(TrainingConfig.REFIT_PROCEDURE);
        CountDownLatch reached = new CountDownLatch(1);
        Progress.Cancellable progress = Progress.cancellable((s, fraction) -> {
            if (s.startsWith(step)) {
                reached.countDown();
            }
        });
        assertCancelledWithinASecond(progress, reached, () -> CohortTrainer.train(demoSized, List.of("afp",
                "size_cm"), config, out, null, null, progress));
        String log = Files.readString(out.resolve(TrainingLog.FILE));
        assertTrue(log.contains("CANCELLED while " + stage), log);
        assertFalse(log.contains("FAILED"), log);
        assertEquals(left, files(out));
    }

    private static Set<String> files(Path dir) throws java.io.IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }
}
