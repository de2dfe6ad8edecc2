package org.tacerisk.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tacerisk.testsupport.ReferenceCsv;
import org.tacerisk.testsupport.SharedData;
import org.tacerisk.testsupport.Tolerance;

/** Linear predictor, probability and its delta-method CI against R's predict.glm ({@code glm/*_pred.csv}). */
class PredictionReferenceTest {

    @ParameterizedTest
    @ValueSource(strings = {"birthwt", "hcc"})
    void predictionsMatchPredictGlmForEveryRow(String dataset) throws IOException {
        ReferenceCsv ref = ReferenceCsv.require("reference/stats/glm/" + dataset + "_pred.csv");
        LogisticModel model = LogisticRegressionReferenceTest.fitReference(dataset);
        DataTable data = DataTable.read(SharedData.require("reference/stats/data/"
                + (dataset.equals("hcc") ? "hcc_synth.csv" : "birthwt.csv")));
        Prediction[] pred = model.predict(data);
        assertEquals(ref.rows(), pred.length, "hcc: train-fit predictions for all 475 rows");
        double[] lp = ref.column("lp_tight");
        double[] p = ref.column("p_tight");
        Tolerance tol = new Tolerance();
        for (int i = 0; i < pred.length; i++) {
            assertEquals(ref.text(i, "id"), data.text(i, "id"));
            tol.assertClose(lp[i], pred[i].linearPredictor(), 1e-9, 1e-3, "row " + (i + 1) + " lp");
            tol.assertClose(p[i], pred[i].probability(), 1e-9, "row " + (i + 1) + " p");
            assertTrue(pred[i].probabilityLow() < pred[i].probability()
                    && pred[i].probability() < pred[i].probabilityHigh());
        }
        System.out.println(tol.report("glm/" + dataset + "_pred.csv (lp_tight, p_tight)"));
    }

    @Test
    void confidenceIntervalIsDeltaMethodWithRsCovariance() throws IOException {
        ReferenceCsv vcov = ReferenceCsv.require("reference/stats/glm/hcc_vcov_tight.csv");
        ReferenceCsv coef = ReferenceCsv.require("reference/stats/glm/hcc_coef.csv");
        LogisticModel model = LogisticRegressionReferenceTest.fitReference("hcc");
        DataTable data = DataTable.read(SharedData.require("reference/stats/data/hcc_synth.csv"));
        Prediction[] pred = model.predict(data);
        List<String> terms = model.termNames();
        double[] tumor = data.numeric("tumor_size_cm");
        double[] nodules = data.numeric("nodules");
        double[] afp = data.numeric("afp_ng_ml");
        double[] dlr = data.numeric("dlr_score");
        Tolerance tol = new Tolerance();
        for (int i = 0; i < pred.length; i++) {
            double[] x = {1, dlr[i], tumor[i], nodules[i], Math.log10(afp[i])};
            double lp = 0;
            double var = 0;
            for (int j = 0; j < x.length; j++) {
                lp += x[j] * coef.value("term", terms.get(j), "estimate_tight");
                for (int k = 0; k < x.length; k++) {
                    var += x[j] * x[k] * vcov.value("term", terms.get(j), terms.get(k));
                }
            }
            double se = Math.sqrt(var);
            tol.assertClose(se, pred[i].linearPredictorSe(), 1e-8, "row " + (i + 1) + " se(lp)");
            tol.assertClose(LogisticRegression.plogis(lp - 1.959963984540054 * se), pred[i].probabilityLow(), 1e-7,
                    "row " + (i + 1) + " low");
            tol.assertClose(LogisticRegression.plogis(lp + 1.959963984540054 * se), pred[i].probabilityHigh(), 1e-7,
                    "row " + (i + 1) + " high");
        }
        System.out.println(tol.report("delta-method CI from glm/hcc_vcov_tight.csv"));
    }

    @Test
    void dlrOnlyComparatorMatches() throws IOException {
        ReferenceCsv ref = ReferenceCsv.require("reference/stats/glm/hcc_dlr_only_coef.csv");
        DataTable data = DataTable.read(SharedData.require("reference/stats/data/hcc_synth.csv"));
        LogisticModel model = LogisticModel.fit(data, "metastasis", List.of(PredictorSpec.identity("dlr_score")),
                List.of("cohort=train"));
        Tolerance tol = new Tolerance();
        for (int j = 0; j < 2; j++) {
            String t = model.termNames().get(j);
            // default glm control: estimates within 1e-8, SEs within 5e-5 of the MLE (README §1)
            tol.assertClose(ref.value("term", t, "estimate"), model.fit().estimate(j), 1e-7, t);
            tol.assertClose(ref.value("term", t, "std_error"), model.fit().standardError(j), 1e-4, t + " se");
        }
    }
}
