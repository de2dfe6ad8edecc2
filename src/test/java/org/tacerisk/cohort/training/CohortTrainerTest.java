package org.tacerisk.cohort.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.common.BadInputException;
import org.tacerisk.stats.PredictorSpec;

class CohortTrainerTest {

    @TempDir
    Path tmp;

    @Test
    void trainsEveryModelAndWritesTheReport() throws Exception {
        Path out = tmp.resolve("out");
        TrainingResult r = CohortTrainer.train(TrainingFixture.table(400, 11, true), TrainingFixture.CLINICAL,
                TrainingConfig.defaults().withBootstrapRefit(TrainingConfig.REFIT_FINAL_MODEL), out);
        assertTrue(r.rad().features().contains("original_f01"), r.rad().features().toString());
        assertNotNull(r.dl());
        assertTrue(r.dl().features().contains("deep_f001"), r.dl().features().toString());
        assertTrue(r.dlr().features().contains("deep_f001"));
        assertEquals("log10(afp)", r.clinicalSelection().selected().get(0).label());
        // size_cm is noise in the fixture: the clinical selection keeps it by chance, the combined model (where
        // it is not significant next to the DLR score) leaves it out
        assertEquals(java.util.List.of("log10(afp)", "size_cm"), r.clinicalSelection().selected().stream()
                .map(PredictorSpec::label).toList());
        assertEquals(java.util.List.of("(Intercept)", "dlr_score", "log10(afp)"), r.combined().termNames());
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("size_cm is left out of the combined model: with"
                + " the DLR score its p is ")), r.notes().toString());
        assertEquals(java.util.List.of("train", "test"), r.evaluation().cohorts());
        for (String m : java.util.List.of("rad", "dl", "dlr", "clinical", "combined")) {
            for (String c : r.evaluation().cohorts()) {
                assertNotNull(r.evaluation().entry(m, c), m + "/" + c);
            }
        }
        TrainingEvaluation.Entry test = r.evaluation().entry("combined", "test");
        assertTrue(test.evaluation().auc().auc() > 0.8, "combined test AUC " + test.evaluation().auc().auc());
        assertNotNull(r.evaluation().entry("rad", "test").versusReference());
        assertNull(test.versusReference());
        // the risk cut-off is the combined model's Youden cut-off in training, recounted here by brute force, and
        // the test cohort's 2 x 2 table is counted at it (not at the test cohort's own optimum)
        double[] y = r.table().numeric("outcome");
        double[] p = r.risks().get("combined");
        double youden = bruteForceYouden(y, p, r.train());
        assertEquals(youden, r.riskCutoff(), 1e-15);
        int[] table = new int[4];
        for (int i = 0; i < y.length; i++) {
            if (r.table().text(i, "cohort").equals("test")) {
                table[(p[i] >= youden ? 0 : 2) + (y[i] == 1 ? 0 : 1)]++;
            }
        }
        assertEquals(table[0], test.atTrainingCutoff().tp());
        assertEquals(table[1], test.atTrainingCutoff().fp());
        assertEquals(table[3], test.atTrainingCutoff().tn());
        assertEquals(table[2], test.atTrainingCutoff().fn());
        String md = Files.readString(out.resolve("report.md"));
        assertTrue(md.contains("## Baseline characteristics"));
        assertTrue(md.contains("| Events (outcome = 1), n (%) |"), md);
        assertTrue(md.contains("| size_cm, median [IQR] |"), md);
        assertTrue(md.contains("log10(afp)"));
        assertTrue(md.contains("Left out of the combined model (kept by the clinical selection, but not significant"
                + " next to the DLR score at p < 0.05; see Notes): size_cm."), md);
        assertTrue(md.contains("| size_cm | ") && md.contains(" | clinical model only |"), md);
        assertTrue(md.contains("| combined | test |"));
        assertTrue(Files.readString(out.resolve("evaluation.json")).contains("\"delong_vs_combined\""));
        String predictions = Files.readString(out.resolve("predictions.csv"));
        assertTrue(predictions.startsWith("patient_id,cohort,outcome,rad,dl,dlr,clinical,combined,dlr_score,"
                + "risk_group\n"), predictions.substring(0, 80));
        assertTrue(predictions.contains(",high\n") && predictions.contains(",low\n"));
        assertThrows(BadInputException.class, () -> CohortTrainer.train(TrainingFixture.table(100, 1, false),
                TrainingFixture.CLINICAL, TrainingConfig.defaults(), out));
    }

    @Test
    void withoutDeepColumnsDlrIsRad() throws Exception {
        TrainingResult r = CohortTrainer.train(TrainingFixture.table(300, 5, false), TrainingFixture.CLINICAL,
                TrainingConfig.defaults().withBootstrap(20), tmp.resolve("o")); // the procedure bootstrap, no deep
        assertNull(r.dl());
        assertEquals(r.rad().features(), r.dlr().features());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("no deep_* columns")));
        assertTrue(r.clinicalSelection().candidates().contains(PredictorSpec.log10("afp")));
    }

    /**
     * pROC's Youden threshold by brute force: every midpoint between consecutive distinct risks of {@code rows},
     * sensitivity + specificity counted afresh at each (positive when p ≥ threshold), the lowest best threshold.
     */
    private static double bruteForceYouden(double[] y, double[] p, int[] rows) {
        double[] sorted = java.util.Arrays.stream(rows).mapToDouble(i -> p[i]).sorted().distinct().toArray();
        double best = Double.NEGATIVE_INFINITY;
        double bestThreshold = Double.NaN;
        for (int k = 1; k < sorted.length; k++) {
            double threshold = (sorted[k - 1] + sorted[k]) / 2;
            int tp = 0;
            int tn = 0;
            int cases = 0;
            for (int i : rows) {
                cases += (int) y[i];
                if (y[i] == 1 && p[i] >= threshold) {
                    tp++;
                } else if (y[i] == 0 && p[i] < threshold) {
                    tn++;
                }
            }
            double sum = (double) tp / cases + (double) tn / (rows.length - cases);
            if (sum > best) {
                best = sum;
                bestThreshold = threshold;
            }
        }
        return bestThreshold;
    }
}
