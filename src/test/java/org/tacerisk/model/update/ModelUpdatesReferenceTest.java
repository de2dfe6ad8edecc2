package org.tacerisk.model.update;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.stats.DataTable;
import org.tacerisk.stats.LogisticRegression;
import org.tacerisk.testsupport.ReferenceCsv;

/**
 * The update fits against R (../shared/reference/stats; README there) and against hand-checkable properties:
 * logistic recalibration is val.prob's recalibration fit, a refit on birthwt's design is birthwt's glm, and
 * recalibration in the large solves its score equation, is logit(ȳ) − c for a constant linear predictor c, is 0 on
 * perfectly calibrated predictions and recovers a simulated intercept shift.
 */
class ModelUpdatesReferenceTest {

    private static final double[] IDENTITY_BETA = {0, 1};
    private static final double[][] NO_COVARIANCE = {{0, 0}, {0, 0}};

    /** A cohort whose design is (1, lp), so the "model" β = (0, 1) has linear predictor lp. */
    private static LocalCohort onLinearPredictor(double[] y, double[] lp) {
        double[][] x = new double[y.length][];
        for (int i = 0; i < y.length; i++) {
            x[i] = new double[] {1, lp[i]};
        }
        return new LocalCohort(y, x, lp, 0);
    }

    private static LocalCohort hcc(String cohort) {
        DataTable all = ReferenceCsv.require("reference/stats/glm/hcc_pred.csv").table();
        int[] rows = IntStream.range(0, all.rowCount()).filter(r -> all.text(r, "cohort").equals(cohort)).toArray();
        DataTable t = all.select(rows);
        double[] p = t.numeric("p");
        double[] lp = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            lp[i] = Math.log(p[i] / (1 - p[i])); // val.prob's logit(p)
        }
        return onLinearPredictor(t.numeric("metastasis"), lp);
    }

    @Test
    void logisticRecalibrationIsValProbsInterceptAndSlope() {
        ReferenceCsv valProb = ReferenceCsv.require("reference/stats/calibration/val_prob.csv");
        for (String cohort : new String[] {"test", "external"}) {
            LocalCohort data = hcc(cohort);
            UpdatedModel m = ModelUpdates.fit(data, IDENTITY_BETA, NO_COVARIANCE, UpdateMethod.LOGISTIC);
            // the script's explicit MLE, and val.prob's own (its lrm.fit stops within ~2e-9 relative, README)
            double a = value(valProb, cohort, "Intercept", "explicit_formula_value");
            double b = value(valProb, cohort, "Slope", "explicit_formula_value");
            assertEquals(a, m.intercept(), 1e-12, cohort);
            assertEquals(b, m.slope(), 1e-12, cohort);
            assertEquals(value(valProb, cohort, "Intercept", "value"), m.intercept(), 1e-8, cohort);
            assertEquals(value(valProb, cohort, "Slope", "value"), m.slope(), 1e-7, cohort);
            // beta' = a e0 + b beta
            assertEquals(m.intercept(), m.coefficients()[0], 0);
            assertEquals(m.slope(), m.coefficients()[1], 0);
            Performance perf = Performance.of(data.outcomes(), data.linearPredictors());
            assertEquals(b, perf.slope(), 1e-12, "the calibration slope is the same fit");
        }
    }

    private static double value(ReferenceCsv t, String cohort, String statistic, String column) {
        for (int r = 0; r < t.rows(); r++) {
            if (t.text(r, "dataset").equals("hcc") && t.text(r, "cohort").equals(cohort)
                    && t.text(r, "statistic").equals(statistic)) {
                return t.column(column)[r];
            }
        }
        throw new AssertionError("no " + statistic + " for hcc/" + cohort);
    }

    @Test
    void refitOnBirthwtsDesignIsBirthwtsGlm() {
        DataTable data = ReferenceCsv.require("reference/stats/data/birthwt.csv").table();
        ReferenceCsv coef = ReferenceCsv.require("reference/stats/glm/birthwt_coef.csv");
        String[] terms = {"age", "lwt", "smoke", "ht", "ui", "ptl"};
        int n = data.rowCount();
        double[][] x = new double[n][terms.length + 1];
        for (int i = 0; i < n; i++) {
            x[i][0] = 1;
            for (int j = 0; j < terms.length; j++) {
                x[i][j + 1] = data.numeric(terms[j])[i];
            }
        }
        double[] beta = new double[terms.length + 1]; // a useless old model: every coefficient 0
        LocalCohort cohort = new LocalCohort(data.numeric("low"), x, new double[n], 0);
        UpdatedModel m = ModelUpdates.fit(cohort, beta, new double[beta.length][beta.length], UpdateMethod.REFIT);
        assertEquals(coef.value("term", "(Intercept)", "estimate_tight"), m.coefficients()[0], 1e-9);
        for (int j = 0; j < terms.length; j++) {
            assertEquals(coef.value("term", terms[j], "estimate_tight"), m.coefficients()[j + 1], 1e-9, terms[j]);
            assertEquals(coef.value("term", terms[j], "std_error_tight"), Math.sqrt(m.covariance()[j + 1][j + 1]),
                    1e-8, terms[j]);
        }
    }

    @Test
    void recalibrationInTheLargeSolvesItsScoreEquation() {
        LocalCohort data = hcc("external");
        UpdatedModel m = ModelUpdates.fit(data, IDENTITY_BETA, NO_COVARIANCE, UpdateMethod.INTERCEPT);
        double score = 0;
        double information = 0;
        for (int i = 0; i < data.n(); i++) {
            double p = LogisticRegression.plogis(data.linearPredictors()[i] + m.intercept());
            score += data.outcomes()[i] - p;
            information += p * (1 - p);
        }
        assertEquals(0, score, 1e-10, "observed events = expected events after the shift");
        assertEquals(1 / information, m.covariance()[0][0], 1e-12, "Var(a) = 1/Σp(1-p) added to Var(β0) = 0");
        assertEquals(1, m.slope());
        assertEquals(1, m.coefficients()[1], "the slope is kept");
        assertEquals(m.intercept(), m.coefficients()[0], 0);
    }

    @Test
    void aConstantLinearPredictorIsShiftedToTheObservedLogOdds() {
        // hand-checkable: lp = c for every case ⇒ a = logit(events/n) − c (birthwt: 59 of 189)
        DataTable data = ReferenceCsv.require("reference/stats/data/birthwt.csv").table();
        double[] y = data.numeric("low");
        double[] lp = new double[y.length];
        java.util.Arrays.fill(lp, 0.3);
        UpdatedModel m = ModelUpdates.fit(onLinearPredictor(y, lp), IDENTITY_BETA, NO_COVARIANCE,
                UpdateMethod.INTERCEPT);
        assertEquals(Math.log(59.0 / 130.0) - 0.3, m.intercept(), 1e-13);
    }

    @Test
    void perfectlyCalibratedPredictionsNeedNoRecalibrationAndAShiftIsRecovered() {
        BundleManifest demo;
        try (ModelBundle b = ModelBundle.load(java.nio.file.Path.of("models", "hcc-tace-demo"))) {
            demo = b.manifest();
        }
        double[] beta = demo.combinedModel().coefficients();
        double[][] sigma = demo.combinedModel().covarianceMatrix();
        LocalCohort calibrated = SimulatedSite.cohort(demo, 20000, 11, (x, lp) -> lp);
        UpdatedModel inLarge = ModelUpdates.fit(calibrated, beta, sigma, UpdateMethod.INTERCEPT);
        UpdatedModel logistic = ModelUpdates.fit(calibrated, beta, sigma, UpdateMethod.LOGISTIC);
        double seA = Math.sqrt(inLarge.covariance()[0][0] - sigma[0][0]);
        assertTrue(Math.abs(inLarge.intercept()) < 3 * seA, inLarge.intercept() + " vs SE " + seA);
        assertEquals(0, logistic.intercept(), 0.1);
        assertEquals(1, logistic.slope(), 0.05);

        LocalCohort shifted = SimulatedSite.cohort(demo, 20000, 12, (x, lp) -> lp + 0.7);
        UpdatedModel recovered = ModelUpdates.fit(shifted, beta, sigma, UpdateMethod.INTERCEPT);
        double se = Math.sqrt(recovered.covariance()[0][0] - sigma[0][0]);
        assertTrue(Math.abs(recovered.intercept() - 0.7) < 3 * se, recovered.intercept() + " vs 0.7 ± 3×" + se);
        assertEquals(beta[0] + recovered.intercept(), recovered.coefficients()[0], 1e-12);
    }
}
