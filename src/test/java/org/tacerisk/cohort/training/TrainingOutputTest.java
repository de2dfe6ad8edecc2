package org.tacerisk.cohort.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.Progress;
import org.tacerisk.model.CohortCalibration;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.stats.CalibrationDeciles;
import org.tacerisk.stats.DataTable;

/**
 * Issue 11 H: a cohort of fewer than 10 patients trains (calibration groups adapt to its size, none empty), and a
 * failure late in training leaves the fitted results and training.log, never half a bundle.
 */
class TrainingOutputTest {

    @TempDir
    Path tmp;

    private static TrainingConfig quick() {
        return TrainingConfig.defaults().withBootstrap(20).withBootstrapRefit(TrainingConfig.REFIT_FINAL_MODEL);
    }

    /** The fixture's table with its last {@code events} events and {@code others} non-events moved to external. */
    static DataTable withExternal(DataTable t, int events, int others) {
        int cohort = t.columns().indexOf(CohortTrainer.COHORT);
        double[] y = t.numeric(CohortTrainer.OUTCOME);
        int[] left = {others, events};
        List<String[]> rows = new ArrayList<>();
        for (int i = t.rowCount() - 1; i >= 0; i--) {
            String[] row = t.row(i).clone();
            if (left[(int) y[i]]-- > 0) {
                row[cohort] = "external";
            }
            rows.add(0, row);
        }
        return DataTable.of(t.columns(), rows);
    }

    @Test
    void aCohortOfSevenPatientsTrainsWithoutEmptyCalibrationGroups() throws IOException {
        DataTable t = withExternal(TrainingFixture.table(200, 11, false), 3, 4);
        Path out = tmp.resolve("out");
        TrainingResult r = CohortTrainer.train(t, TrainingFixture.CLINICAL, quick(), out);
        TrainingEvaluation.Entry external = r.evaluation().entry("combined", "external");
        int[] rows = java.util.stream.IntStream.range(0, r.table().rowCount())
                .filter(i -> r.table().text(i, CohortTrainer.COHORT).equals("external")).toArray();
        assertEquals(7, rows.length);
        double[] y = java.util.Arrays.stream(rows).mapToDouble(i -> r.table().numeric("outcome")[i]).toArray();
        double[] p = java.util.Arrays.stream(rows).mapToDouble(i -> r.risks().get("combined")[i]).toArray();
        assertTrue(CalibrationDeciles.of(y, p).stream().anyMatch(b -> b.n() == 0),
                "ten groups for seven patients leave empty ones (the failure of the issue)");
        assertEquals(1, CalibrationDeciles.groupsFor(7));
        assertEquals(1, external.calibrationGroups().size());
        assertEquals(7, external.calibrationGroups().get(0).n());
        try (ModelBundle bundle = ModelBundle.load(out.resolve(CohortTrainer.BUNDLE))) {
            for (CohortCalibration c : bundle.manifest().calibration()) {
                assertTrue(c.curve().stream().allMatch(pt -> Double.isFinite(pt.predicted())), c.cohort());
            }
            assertEquals(3, bundle.manifest().cohorts().size());
        }
        assertTrue(Files.readString(out.resolve(TrainingLog.FILE)).contains("DONE: "));
    }

    @Test
    void aLateFailureLeavesTheResultsAndTheLogButNoBundle() throws IOException {
        DataTable t = TrainingFixture.table(200, 11, false);
        Path out = tmp.resolve("out");
        Path bundle = out.resolve(CohortTrainer.BUNDLE);
        // something takes the bundle's place while the report is written: the bundle write fails, last
        BadInputException e = assertThrows(BadInputException.class, () -> CohortTrainer.train(t,
                TrainingFixture.CLINICAL, quick(), out, null, null, Progress.of((step, fraction) -> {
                    if (step.startsWith("writing figures")) {
                        try {
                            Files.writeString(bundle, "in the way");
                        } catch (IOException io) {
                            throw new UncheckedIOException(io);
                        }
                    }
                }, () -> false)));
        assertTrue(e.getMessage().startsWith("cohort training failed while writing the model bundle: "),
                e.getMessage());
        assertTrue(e.getMessage().contains("already exists"), e.getMessage());
        assertTrue(e.getMessage().contains("training.log are in " + out), e.getMessage());
        for (String f : List.of("evaluation.json", "predictions.csv", "config.yaml", "report.md", "training.log")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        assertTrue(Files.readString(out.resolve("evaluation.json")).contains("bootstrap_validation"));
        String log = Files.readString(out.resolve(TrainingLog.FILE));
        assertTrue(log.contains("FAILED while writing the model bundle: "), log);
        assertTrue(log.contains("predictions.csv and evaluation.json written"), log);
        assertFalse(Files.isDirectory(bundle));
        try (var left = Files.list(out)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no half bundle");
        }
    }
}
