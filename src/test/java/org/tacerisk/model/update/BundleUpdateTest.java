package org.tacerisk.model.update;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.Progress;
import org.tacerisk.model.BundleHistoryEntry;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.model.BundlePrediction;
import org.tacerisk.model.ModelBundle;

/**
 * {@link BundleUpdate} end to end on the demo bundle and a simulated mis-calibrated site: the miscalibration is
 * detected, the closed test picks recalibration in the large, the updated bundle is calibrated on the held-out
 * cases, loads, predicts, carries its provenance (parent SHA-256, method, cohort, date, software) in a history the
 * manifest digest protects, and is itself updatable (+upd2).
 */
class BundleUpdateTest {

    private static final Path DEMO = Path.of("models", "hcc-tace-demo");
    private static final String DATE = "2026-12-07T01:00:00Z";

    @TempDir
    Path dir;

    private static BundleUpdate.Options options(UpdateMethod method, Double holdout, Integer resamples) {
        return new BundleUpdate.Options(method, "Synthetic site C", holdout, resamples, 7, DATE, "test");
    }

    private Path site(ModelBundle bundle, int n, long seed, SimulatedSite.Truth truth) throws Exception {
        return SimulatedSite.writePredictions(dir.resolve("predictions-" + seed + ".csv"),
                SimulatedSite.cases(bundle.manifest(), n, seed, truth));
    }

    @Test
    void anInterceptShiftedSiteIsDetectedRecalibratedAndCalibratedOnHeldOutCases() throws Exception {
        try (ModelBundle parent = ModelBundle.load(DEMO)) {
            Path predictions = site(parent, 3000, 21, (x, lp) -> lp + 0.9);
            BundleUpdate.Result r = BundleUpdate.run(parent, predictions, dir.resolve("updated"),
                    options(null, 0.3, null), Progress.NONE);
            assertEquals(UpdateMethod.INTERCEPT, r.chosen());
            UpdateEvaluation e = r.evaluation();
            assertEquals(UpdateEvaluation.HOLDOUT, e.design());
            assertEquals(900, e.evaluationN(), "30 % of 3000, stratified");
            assertFalse(e.original().calibrated(), "the shift is detected: " + e.original());
            assertTrue(e.original().interceptLow() > 0, "risks too low: intercept CI above 0");
            assertTrue(e.updated().calibrated(), "calibrated on held-out cases: " + e.updated());

            BundleManifest m = r.manifest();
            assertEquals("0.4.0+upd1", m.version());
            assertEquals(parent.manifest().schemaVersion(), m.schemaVersion(), "the parent's schema (1.5 or later)");
            assertEquals(parent.manifest().riskGroups(), m.riskGroups(), "cut-offs unchanged");
            List<BundleHistoryEntry> h = m.history();
            assertEquals(2, h.size());
            BundleHistoryEntry validation = h.get(0);
            BundleHistoryEntry update = h.get(1);
            assertEquals(BundleHistoryEntry.VALIDATION, validation.kind());
            assertEquals(3000, validation.n());
            assertTrue(validation.calibrationIntercept() > 0.5, validation.toString());
            assertEquals(BundleHistoryEntry.UPDATE, update.kind());
            assertEquals(parent.manifestSha256(), update.bundleSha256(), "provenance: the parent's SHA-256");
            assertEquals("0.4.0", update.bundleVersion());
            assertEquals("intercept", update.method());
            assertEquals(BundleHistoryEntry.CHOSEN_BY_CLOSED_TEST, update.chosenBy());
            assertEquals(2100, update.n(), "fitted on the development part");
            assertEquals("Synthetic site C", update.site());
            assertEquals(DATE, update.date());
            double[] old = parent.manifest().combinedModel().coefficients();
            double[] now = m.combinedModel().coefficients();
            assertEquals(old[0] + e.fitted().model().intercept(), now[0], 1e-12);
            for (int j = 1; j < old.length; j++) {
                assertEquals(old[j], now[j], 0, "recalibration in the large keeps the other coefficients");
            }
        }
        try (ModelBundle updated = ModelBundle.load(dir.resolve("updated"))) {
            assertEquals(List.of(), updated.warnings());
            assertTrue(Files.readString(updated.file(BundleUpdate.REPORT)).contains("Miscalibration detected"));
            assertTrue(Files.readString(updated.file(BundleUpdate.JSON)).contains("\"closed_test\""));
            Map<String, Double> patient = Map.of("dlr_score", 0.2, "tumor_size_cm", 6.0, "nodules", 2.0,
                    "afp_ng_ml", 400.0);
            BundlePrediction after = updated.predictor().predict(patient);
            try (ModelBundle parent = ModelBundle.load(DEMO)) {
                BundlePrediction before = parent.predictor().predict(patient);
                double a = updated.manifest().history().get(1).note().isEmpty() ? 0
                        : updated.manifest().combinedModel().coefficients()[0]
                                - parent.manifest().combinedModel().coefficients()[0];
                assertEquals(before.linearPredictor() + a, after.linearPredictor(), 1e-12);
                assertTrue(after.probability() > before.probability());
                // the radiomics settings and the deep model are the parent's, byte for byte
                assertEquals(parent.manifest().files().get("radiomics.yaml"),
                        updated.manifest().files().get("radiomics.yaml"));
            }
        }
    }

    @Test
    void anEditedHistoryIsRefusedByTheManifestDigest() throws Exception {
        try (ModelBundle parent = ModelBundle.load(DEMO)) {
            BundleUpdate.run(parent, site(parent, 1500, 22, (x, lp) -> lp + 0.9), dir.resolve("u"),
                    options(UpdateMethod.INTERCEPT, 0.3, null), Progress.NONE);
        }
        Path manifest = dir.resolve("u").resolve(ModelBundle.MANIFEST);
        String json = Files.readString(manifest, StandardCharsets.UTF_8);
        assertTrue(json.contains("\"site\" : \"Synthetic site C\""), json);
        Files.writeString(manifest, json.replace("\"site\" : \"Synthetic site C\"", "\"site\" : \"Another site\""),
                StandardCharsets.UTF_8);
        BadInputException e = assertThrows(BadInputException.class, () -> ModelBundle.load(dir.resolve("u")));
        assertTrue(e.getMessage().contains("does not match its manifestDigest"), e.getMessage());
    }

    @Test
    void anUpdatedBundleCanBeUpdatedAgainAndKeepsItsHistory() throws Exception {
        try (ModelBundle parent = ModelBundle.load(DEMO)) {
            BundleUpdate.run(parent, site(parent, 1500, 23, (x, lp) -> 0.1 + 0.6 * lp), dir.resolve("u1"),
                    options(UpdateMethod.LOGISTIC, null, 20), Progress.NONE);
        }
        try (ModelBundle u1 = ModelBundle.load(dir.resolve("u1"))) {
            assertEquals("logistic", u1.manifest().history().get(1).method());
            assertEquals(BundleHistoryEntry.CHOSEN_BY_USER, u1.manifest().history().get(1).chosenBy());
            BundleUpdate.Result r = BundleUpdate.run(u1, site(u1, 800, 24, (x, lp) -> lp), dir.resolve("u2"),
                    options(UpdateMethod.REFIT, null, 20), Progress.NONE);
            assertEquals(UpdateEvaluation.BOOTSTRAP, r.evaluation().design());
            assertEquals("0.4.0+upd2", r.manifest().version());
            assertEquals(4, r.manifest().history().size());
            assertEquals(u1.manifestSha256(), r.manifest().history().get(3).bundleSha256());
            assertEquals("0.4.0+upd1", r.manifest().history().get(3).bundleVersion());
        }
        try (ModelBundle u2 = ModelBundle.load(dir.resolve("u2"))) {
            assertEquals("refit", u2.manifest().history().get(3).method());
        }
    }

    @Test
    void whenTheClosedTestKeepsTheOriginalOnlyTheReportIsWritten() throws Exception {
        try (ModelBundle parent = ModelBundle.load(DEMO)) {
            BundleUpdate.Result r = BundleUpdate.run(parent, site(parent, 2000, 25, (x, lp) -> lp),
                    dir.resolve("kept"), options(null, null, 20), Progress.NONE);
            assertEquals(UpdateMethod.ORIGINAL, r.chosen());
            assertNull(r.manifest());
            assertTrue(Files.exists(dir.resolve("kept").resolve(BundleUpdate.REPORT)));
            assertFalse(Files.exists(dir.resolve("kept").resolve(ModelBundle.MANIFEST)));
        }
    }

    @Test
    void readsTheTableCohortValidateWrites() throws Exception {
        // cohort validate's layout: signature scores as NAME_score (the DLR score feeds the dlr_score predictor),
        // then the other predictors; an empty outcome is a prediction-only case, left out
        try (ModelBundle parent = ModelBundle.load(DEMO)) {
            List<SimulatedSite.Case> cases = SimulatedSite.cases(parent.manifest(), 40, 27, (x, lp) -> lp);
            StringBuilder csv = new StringBuilder("case_id,cohort,outcome,rad_score,dl_score,dlr_score,tumor_size_cm,"
                    + "nodules,afp_ng_ml,linear_predictor,probability,risk_group,warnings\n");
            int i = 0;
            for (SimulatedSite.Case c : cases) {
                csv.append("C").append(i).append(",external,").append(i++ == 0 ? "" : c.outcome()).append(",0.1,0.2,")
                        .append(c.values().get("dlr_score")).append(',').append(c.values().get("tumor_size_cm"))
                        .append(',').append(c.values().get("nodules")).append(',')
                        .append(c.values().get("afp_ng_ml")).append(',').append(c.lp()).append(",0.5,high,")
                        .append("\"OUTSIDE_TRAINING_RANGE;x\"\n");
            }
            Path file = dir.resolve("validate.csv");
            Files.writeString(file, csv.toString());
            LocalCohort cohort = LocalCohort.read(file, parent.manifest());
            assertEquals(39, cohort.n());
            assertEquals(1, cohort.leftOut());
            assertEquals(cases.get(1).lp(), cohort.linearPredictors()[0], 1e-12);
        }
    }

    @Test
    void aTableMadeWithAnotherBundleIsRefused() throws Exception {
        try (ModelBundle parent = ModelBundle.load(DEMO)) {
            Path predictions = site(parent, 200, 26, (x, lp) -> lp);
            List<String> lines = Files.readAllLines(predictions);
            String[] cells = lines.get(1).split(",", -1);
            cells[9] = String.valueOf(Double.parseDouble(cells[9]) + 0.5);
            lines.set(1, String.join(",", cells));
            Files.write(predictions, lines);
            BadInputException e = assertThrows(BadInputException.class, () -> BundleUpdate.run(parent, predictions,
                    dir.resolve("x"), options(null, null, 5), Progress.NONE));
            assertTrue(e.getMessage().contains("made with another bundle"), e.getMessage());
            assertFalse(Files.exists(dir.resolve("x")));
        }
    }
}
