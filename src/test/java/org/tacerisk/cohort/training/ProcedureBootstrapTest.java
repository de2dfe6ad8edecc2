package org.tacerisk.cohort.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.common.Progress;
import org.tacerisk.model.BiasCorrectedCurve;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.stats.BootstrapCalibration;
import org.tacerisk.stats.BootstrapValidation;
import org.tacerisk.stats.DataTable;
import org.tacerisk.stats.ModelFrame;
import org.tacerisk.stats.ResampleRefit;
import org.tacerisk.stats.Resamples;

/** The bootstrap that repeats the whole procedure ({@link ModelProcedure#refit}, validation.refit = procedure). */
class ProcedureBootstrapTest {

    @TempDir
    Path tmp;

    /**
     * The textbook demonstration (Harrell, RMS §5.3): 150 pure-noise candidate features and 2 noise clinical
     * columns on 100 rows, outcome independent of everything. Screening + LASSO at λ_min pick the features that fit
     * the noise, so the apparent C is high; the truth is C = 0.5 for any model. Refitting only the final logistic
     * model on the chosen terms sees almost none of that optimism; repeating the selection in every resample sees
     * it, and its corrected C falls back near 0.5.
     */
    @Test
    void onPureNoiseOnlyTheProcedureBootstrapRemovesTheOptimism() {
        int n = 100;
        Random r = new Random(20261127);
        List<String> cols = new ArrayList<>(List.of(CohortTrainer.OUTCOME, "c1", "c2"));
        List<String> features = new ArrayList<>();
        for (int j = 1; j <= 150; j++) {
            features.add(String.format("original_n%03d", j));
        }
        cols.addAll(features);
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String[] row = new String[cols.size()];
            row[0] = r.nextBoolean() ? "1" : "0";
            for (int j = 1; j < row.length; j++) {
                row[j] = Double.toString(r.nextGaussian());
            }
            rows.add(row);
        }
        DataTable t = DataTable.of(cols, rows);
        int[] train = IntStream.range(0, n).toArray();
        double[] y = t.numeric(CohortTrainer.OUTCOME);
        TrainingConfig config = TrainingConfig.parse("lasso: {lambda: lambda_min}\n", null);
        List<String> clinical = List.of("c1", "c2");
        ModelProcedure fit = ModelProcedure.fit(t, train, y, features, List.of(), clinical, config,
                Progress.NONE);
        assertFalse(fit.dlr().features().isEmpty());

        int b = 40;
        TrainingValidation finalModel = TrainingValidation.of(
                ModelFrame.build(fit.table().select(train), CohortTrainer.OUTCOME, fit.combinedSpecs()), b, 1);
        TrainingValidation procedure = TrainingValidation.ofProcedure(fit.combined().fit().linearPredictors(), y, b,
                1, ModelProcedure.refit(t, train, y, features, List.of(), clinical, config, Progress.NONE),
                fit.dlr().features(), fit.selection().candidates(), Progress.NONE);
        BootstrapValidation.Index fc = finalModel.validation().index("C_from_Dxy");
        BootstrapValidation.Index pc = procedure.validation().index("C_from_Dxy");
        String summary = "features " + fit.dlr().features() + "; apparent C " + pc.indexOrig() + "; final_model"
                + " optimism " + fc.optimism() + " corrected " + fc.indexCorrected() + "; procedure optimism "
                + pc.optimism() + " corrected " + pc.indexCorrected() + ", failed " + procedure.validation().failed()
                + " " + procedure.failures();
        System.out.println(summary);
        assertEquals(fc.indexOrig(), pc.indexOrig(), 1e-12, "the same apparent model");
        assertTrue(pc.indexOrig() > 0.7, summary);
        assertTrue(pc.optimism() > fc.optimism() + 0.08, summary);
        assertTrue(pc.indexCorrected() < 0.62, summary);
        assertTrue(fc.indexCorrected() > pc.indexCorrected() + 0.08, summary);
        assertTrue(procedure.validation().failed() < b / 4, summary);
        assertTrue(procedure.markdown().contains("Each resample repeats the whole procedure"));
        assertTrue(finalModel.markdown().contains("lower bound"));
        assertEquals("procedure", procedure.asMap().get("refit"));
        assertEquals("final_model", finalModel.asMap().get("refit"));
        // noise features are unstable: none of the selected ones is re-selected in every resample
        for (double f : procedure.dlrStability().values()) {
            assertTrue(f >= 0 && f < 1, procedure.dlrStability().toString());
        }
        assertEquals(List.of("c1", "c2"), List.copyOf(procedure.clinicalStability().keySet()));
    }

    /** A resample with a constant outcome (one row repeated) fails in the screening; it is counted, not thrown. */
    @Test
    void aResampleThatCannotBeFittedCountsAsFailed() {
        DataTable t = TrainingFixture.table(120, 3, true);
        int[] train = IntStream.range(0, 72).toArray();
        double[] yAll = t.numeric(CohortTrainer.OUTCOME);
        double[] y = Arrays.copyOf(yAll, 72);
        List<String> rad = t.columns().stream().filter(c -> c.startsWith("original_")).toList();
        List<String> deep = t.columns().stream().filter(c -> c.startsWith("deep_")).toList();
        ResampleRefit refit = ModelProcedure.refit(t, train, y, rad, deep, TrainingFixture.CLINICAL,
                TrainingConfig.defaults(), Progress.NONE);
        Resamples constant = Resamples.run(72, 4, 1, rows -> refit.refit(new int[rows.length]));
        assertEquals(4, constant.failed());
        Resamples ok = Resamples.run(72, 3, 1, refit);
        assertEquals(0, ok.failed(), ok.failures().toString());
        assertEquals(72, ok.refit(0).test().length);
    }

    /**
     * Through CohortTrainer with the DL model as deep_prob (the DLR signature still built from every feature):
     * report and evaluation.json name the mode and the selection stability.
     */
    @Test
    void dlProbabilityModeThroughTheTrainer() throws Exception {
        DataTable t = TrainingFixture.table(300, 11, true);
        List<String> cols = new ArrayList<>(t.columns());
        cols.add("deep_prob");
        List<String[]> rows = new ArrayList<>();
        Random r = new Random(2);
        double[] d1 = t.numeric("deep_f001");
        for (int i = 0; i < t.rowCount(); i++) {
            String[] row = Arrays.copyOf(t.row(i), cols.size());
            row[cols.size() - 1] = Double.toString(1 / (1 + Math.exp(-d1[i] - 0.3 * r.nextGaussian())));
            rows.add(row);
        }
        TrainingConfig config = TrainingConfig.parse("deep: {signature: probability}\n"
                + "validation: {bootstrap: 12, seed: 3, refit: procedure}\n", null);
        Path out = tmp.resolve("out");
        TrainingResult res = CohortTrainer.train(DataTable.of(cols, rows), TrainingFixture.CLINICAL, config, out);
        TrainingValidation v = res.validation();
        assertEquals(TrainingConfig.REFIT_PROCEDURE, v.refit());
        assertEquals(12, v.validation().resamples());
        assertEquals(0, v.validation().failed(), v.failures().toString());
        assertTrue(Double.isFinite(v.validation().index("C_from_Dxy").indexCorrected()));
        assertEquals(res.dlr().features(), List.copyOf(v.dlrStability().keySet()));
        String md = Files.readString(out.resolve("report.md"));
        assertTrue(md.contains("Each resample repeats the whole procedure"), md);
        assertTrue(md.contains("Selection stability"), md);
        String json = Files.readString(out.resolve("evaluation.json"));
        assertTrue(json.contains("\"refit\" : \"procedure\""), json);
        assertTrue(json.contains("\"selection_stability\""), json);
        try (ModelBundle bundle = ModelBundle.load(out.resolve(CohortTrainer.BUNDLE))) {
            BiasCorrectedCurve curve = bundle.manifest().calibration("train").biasCorrected();
            assertEquals(BiasCorrectedCurve.PROCEDURE, curve.refit(), "the bundle says what the optimism covers");
            assertEquals(12, curve.resamples());
            BootstrapCalibration c = v.calibration();
            int[] drawn = TrainingFigures.biasCorrectedPoints(c);
            assertEquals(drawn.length, curve.points().size(), "the points the report's figure draws");
            for (int j = 0; j < drawn.length; j++) {
                assertEquals(c.predy()[drawn[j]], curve.points().get(j).predicted());
                assertEquals(c.calibratedOrig()[drawn[j]], curve.points().get(j).apparent());
                assertEquals(c.calibratedCorrected()[drawn[j]], curve.points().get(j).corrected());
            }
        }
    }
}
