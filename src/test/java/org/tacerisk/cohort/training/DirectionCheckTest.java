package org.tacerisk.cohort.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.model.Direction;
import org.tacerisk.model.DirectionConflict;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.stats.DataTable;

/**
 * Issue 11 E: a forced predictor whose fitted effect contradicts its declared direction (the demo's "bigger
 * tumours, fewer points") is said in the report, recorded in the bundle and (through the bundle) noted with every
 * prediction. The fixture gets a clinical column {@code marker} that lowers the risk by construction
 * (−1.5 per event, noise sd 1) but is declared to increase it.
 */
class DirectionCheckTest {

    @TempDir
    Path tmp;

    private static DataTable withMarker(DataTable t) {
        Random random = new Random(5);
        double[] y = t.numeric(CohortTrainer.OUTCOME);
        double[] marker = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            marker[i] = -1.5 * y[i] + random.nextGaussian();
        }
        return CohortTrainer.withColumn(t, "marker", marker);
    }

    @Test
    void aForcedPredictorAgainstItsDeclaredDirectionIsNotedInReportAndBundle() throws Exception {
        DataTable t = withMarker(TrainingFixture.table(300, 11, false));
        TrainingConfig config = TrainingConfig.parse("clinical: {force: [marker]}\n"
                + "validation: {bootstrap: 0}\n"
                + "predictors:\n"
                + "  marker: {label: Marker, unit: U/L, expected_direction: increases_risk}\n"
                + "  afp: {expected_direction: increases_risk}\n", null);
        Path out = tmp.resolve("out");
        TrainingResult r = CohortTrainer.train(t, List.of("afp", "size_cm", "marker"), config, out);
        assertEquals(List.of("marker"), r.clinicalSelection().forced().stream().map(s -> s.column()).toList());
        List<DirectionConflict> conflicts = r.directionConflicts();
        assertEquals(List.of("combined/marker", "clinical/marker"), conflicts.stream()
                .map(c -> c.model() + "/" + c.predictor()).toList(), "afp raises the risk as declared: no conflict");
        assertTrue(conflicts.get(0).coefficient() < 0);

        String report = Files.readString(out.resolve("report.md"));
        assertTrue(report.contains("**Direction contradicts the declared one:** Marker (marker) is expected to"
                + " increase the risk, but in the combined model its coefficient is -"), report);
        assertTrue(report.contains("in the clinical model its coefficient is -"), report);
        assertTrue(report.contains("| yes (forced) |"), report);
        assertTrue(Files.readString(out.resolve("evaluation.json")).contains("\"direction_conflicts\""));

        try (ModelBundle bundle = ModelBundle.load(out.resolve(CohortTrainer.BUNDLE))) {
            BundleManifest m = bundle.manifest();
            assertEquals(conflicts, m.directionConflicts());
            assertEquals(Direction.INCREASES_RISK, m.predictor("marker").expectedDirection());
            assertEquals(Direction.DECREASES_RISK, m.fittedDirection("marker"));
            assertEquals(Direction.INCREASES_RISK, m.fittedDirection("afp"));
            assertEquals(null, m.predictor("dlr_score").expectedDirection());
            List<String> notes = m.directionNotes(DirectionConflict.COMBINED);
            assertEquals(1, notes.size());
            assertTrue(notes.get(0).startsWith("Marker (marker) is expected to increase the risk, but in the"
                    + " combined model its coefficient is -"), notes.get(0));
        }
    }

    @Test
    void aPredictorInItsDeclaredDirectionGivesNoConflict() throws Exception {
        DataTable t = withMarker(TrainingFixture.table(300, 11, false));
        TrainingConfig config = TrainingConfig.parse("clinical: {force: [marker]}\nvalidation: {bootstrap: 0}\n"
                + "predictors: {marker: {expected_direction: decreases_risk}}\n", null);
        TrainingResult r = CohortTrainer.train(t, List.of("afp", "size_cm", "marker"), config, tmp.resolve("o"));
        assertEquals(List.of(), r.directionConflicts());
    }
}
