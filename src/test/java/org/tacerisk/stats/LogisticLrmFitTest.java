package org.tacerisk.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tacerisk.common.BadInputException;

/**
 * {@link LrmFit}, the refit of {@code rms::lrm.fit} (maxit 12, eps 0.025) used inside validate/calibrate: against
 * R's own lrm.fit result ({@code nomogram/lrm_coef.csv}, {@code lrm_stats.csv}: hcc train, rms 6.5-0), and on
 * separated data against the Newton iterates worked out by hand.
 */
class LogisticLrmFitTest {

    /**
     * R's {@code lrm()} is lrm.fit with the same start, eps and maxit (its tol 1e-7 only matters for a singular
     * design). lrm stops ~5e-9 short of the MLE; reproducing its coefficients to 1e-11 checks the start values,
     * the Newton steps and the "one step past Δ(−2LL) ≤ 0.025" stopping point.
     */
    @Test
    void reproducesRsLrmCoefficientsWhichStopShortOfTheMle() {
        ModelFrame frame = ValidateReference.frame("hcc");
        DataTable coef = StatsReference.table("nomogram/lrm_coef.csv");
        DataTable stats = StatsReference.table("nomogram/lrm_stats.csv");
        LrmFit.Result fit = LrmFit.fit(frame.x(), frame.y(), LrmFit.MAXIT, LrmFit.EPS, 1e-7);
        LogisticFit mle = LogisticRegression.fit(frame.x(), frame.y());
        assertFalse(fit.failed());
        double worstToMle = 0;
        double worst = 0;
        for (int j = 0; j < coef.rowCount(); j++) {
            double r = coef.numeric("estimate")[j];
            StatsReference.assertRel(r, fit.coefficients()[j], 1e-11, "lrm " + coef.text(j, "term"));
            worstToMle = Math.max(worstToMle, StatsReference.relErr(mle.estimate(j), r));
            worst = Math.max(worst, StatsReference.relErr(fit.coefficients()[j], r));
        }
        System.out.printf("lrm_coef.csv: LrmFit largest relative error %.3e (%d passes); the MLE's %.3e%n", worst,
                fit.iterations(), worstToMle);
        assertTrue(worstToMle > 1e-10, "the MLE is further from lrm's estimates (" + worstToMle + ")");
        double modelLr = stats.numeric("value")[2];
        StatsReference.assertRel(modelLr, LogisticRegression.nullDeviance(frame.y()) - fit.deviance(), 1e-11,
                "Model L.R.");
    }

    /**
     * Complete separation, symmetric: x = (−1, −1, 1, 1), y = (0, 0, 1, 1). The intercept's score is 0 at every
     * β = (0, b), so it stays at its start qlogis(1/2) = 0, and Newton on b is b ← b + 1/plogis(b) with
     * −2LL(b) = 8·log(1 + e^−b). By hand (calculator): −2LL = 5.5452, 1.0154, 0.3405, 0.1216, 0.0443, 0.0162,
     * 0.0060 at b = 0, 2, 3.1353, 4.1788, 5.1941, 6.1997, 7.2017; the change 0.0162 → 0.0060 (0.0103) is the first
     * ≤ 0.025 (the one before is 0.0281), found in pass 7, which still takes the Newton step to b = 8.2025.
     */
    @Test
    void separatedDataStopWhereLrmFitStops() {
        double[][] x = {{1, -1}, {1, -1}, {1, 1}, {1, 1}};
        double[] y = {0, 0, 1, 1};
        assertThrows(BadInputException.class, () -> LogisticRegression.fit(x, y));
        LrmFit.Result fit = LrmFit.fit(x, y);
        assertFalse(fit.failed(), fit.failure());
        double b = 0;
        double[] expectedTrace = new double[7];
        for (int k = 0; k < 7; k++) {
            expectedTrace[k] = 8 * Math.log1p(Math.exp(-b));
            b += 1 / (1 / (1 + Math.exp(-b)));
        }
        assertEquals(7, fit.iterations());
        assertEquals(8.2025, b, 1e-4);
        assertEquals(0, fit.coefficients()[0], 1e-12);
        StatsReference.assertRel(b, fit.coefficients()[1], 1e-12, "slope");
        StatsReference.assertRel(8 * Math.log1p(Math.exp(-b)), fit.deviance(), 1e-9, "final -2LL");
        for (int k = 0; k < 7; k++) {
            StatsReference.assertRel(expectedTrace[k], fit.trace()[k], 1e-12, "-2LL in pass " + (k + 1));
        }
        double[] t = fit.trace();
        assertTrue(Math.abs(t[6] - t[5]) <= LrmFit.EPS, "stops on a change of " + (t[5] - t[6]));
        for (int k = 1; k < 6; k++) {
            assertTrue(t[k - 1] - t[k] > LrmFit.EPS, "no earlier change ≤ eps (pass " + (k + 1) + ")");
        }
        assertTrue(fit.coefficients()[1] > 8 && Double.isFinite(fit.deviance()));
    }

    /** Quasi-complete separation, as in a bootstrap resample: a binary predictor whose level 1 has no events. */
    @Test
    void quasiSeparatedDataGiveFiniteInflatedCoefficients() {
        double[][] x = new double[20][];
        double[] y = new double[20];
        for (int i = 0; i < 20; i++) {
            x[i] = new double[] {1, i < 5 ? 1 : 0, (i * 7) % 11};
            y[i] = i < 5 ? 0 : (i % 3 == 0 ? 0 : 1);
        }
        assertThrows(BadInputException.class, () -> LogisticRegression.fit(x, y));
        LrmFit.Result fit = LrmFit.fit(x, y);
        assertFalse(fit.failed(), fit.failure());
        for (double c : fit.coefficients()) {
            assertTrue(Double.isFinite(c));
        }
        assertTrue(fit.coefficients()[1] < -5, "the separating level's coefficient is inflated, "
                + fit.coefficients()[1]);
        double[] t = fit.trace();
        int last = t.length - 1;
        assertTrue(Math.abs(t[last - 1] - t[last]) <= LrmFit.EPS);
        assertTrue(fit.iterations() < LrmFit.MAXIT);
    }

    /** lrm.fit fails (fail = TRUE) only on a singular information matrix or no convergence in maxit − 1 passes. */
    @Test
    void failsOnlyWhereLrmFitFails() {
        double[][] collinear = new double[8][];
        double[] y = {0, 1, 0, 1, 1, 0, 1, 0};
        for (int i = 0; i < 8; i++) {
            collinear[i] = new double[] {1, i, 2.0 * i};
        }
        LrmFit.Result singular = LrmFit.fit(collinear, y);
        assertTrue(singular.failed());
        assertTrue(singular.failure().contains("singular"), singular.failure());
        // The symmetric separated data need 7 passes: with maxit = 4 (3 passes) lrm.fit gives up.
        double[][] x = {{1, -1}, {1, -1}, {1, 1}, {1, 1}};
        double[] sep = {0, 0, 1, 1};
        LrmFit.Result tooFew = LrmFit.fit(x, sep, 4, LrmFit.EPS, LrmFit.TOL);
        assertTrue(tooFew.failed());
        assertEquals(3, tooFew.iterations());
        assertTrue(LrmFit.fit(x, new double[] {1, 1, 1, 1}).failed(), "constant outcome");
    }
}
