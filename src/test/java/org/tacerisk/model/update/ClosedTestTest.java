package org.tacerisk.model.update;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.model.ModelBundle;

/**
 * The closed test (Vergouwe et al. 2017) on simulated sites of the demo bundle (n = 4000, fixed seeds): it keeps
 * the original model where nothing changed, picks recalibration in the large for an intercept shift, logistic
 * recalibration for a slope distortion, and the refit when one predictor's effect changed; and its statistics are
 * the deviance differences with k, k − 1 and k − 2 degrees of freedom.
 */
class ClosedTestTest {

    private static final int N = 4000;
    private static BundleManifest demo;
    private static double[] beta;
    private static double[][] sigma;

    @BeforeAll
    static void demo() {
        try (ModelBundle b = ModelBundle.load(Path.of("models", "hcc-tace-demo"))) {
            demo = b.manifest();
        }
        beta = demo.combinedModel().coefficients();
        sigma = demo.combinedModel().covarianceMatrix();
    }

    private static ClosedTest on(long seed, SimulatedSite.Truth truth) {
        return ClosedTest.run(SimulatedSite.cohort(demo, N, seed, truth), beta, sigma);
    }

    @Test
    void keepsTheOriginalWhereNothingChanged() {
        ClosedTest t = on(101, (x, lp) -> lp);
        assertEquals(UpdateMethod.ORIGINAL, t.chosen(), t.toString());
        assertEquals(1, t.steps().size(), "the first test is not significant: nothing else is tested");
    }

    @Test
    void picksRecalibrationInTheLargeForAnInterceptShift() {
        ClosedTest t = on(102, (x, lp) -> lp - 0.8);
        assertEquals(UpdateMethod.INTERCEPT, t.chosen(), t.toString());
        assertEquals(2, t.steps().size());
    }

    @Test
    void picksLogisticRecalibrationForASlopeDistortion() {
        ClosedTest t = on(103, (x, lp) -> 0.2 + 0.55 * lp);
        assertEquals(UpdateMethod.LOGISTIC, t.chosen(), t.toString());
        assertEquals(3, t.steps().size());
    }

    @Test
    void picksTheRefitWhenOnePredictorsEffectChanged() {
        // at this site AFP (term 4, log10) has no effect at all, the others are as in the bundle
        ClosedTest t = on(104, (x, lp) -> lp - beta[4] * x[4]);
        assertEquals(UpdateMethod.REFIT, t.chosen(), t.toString());
        assertEquals(3, t.steps().size());
        assertTrue(t.steps().stream().allMatch(ClosedTest.Step::significant));
    }

    @Test
    void statisticsAreDevianceDifferencesAgainstTheRefit() {
        LocalCohort site = SimulatedSite.cohort(demo, N, 105, (x, lp) -> 0.2 + 0.55 * lp);
        ClosedTest t = ClosedTest.run(site, beta, sigma);
        int k = beta.length;
        double refit = ModelUpdates.fit(site, beta, sigma, UpdateMethod.REFIT).deviance();
        UpdateMethod[] simpler = {UpdateMethod.ORIGINAL, UpdateMethod.INTERCEPT, UpdateMethod.LOGISTIC};
        for (int s = 0; s < t.steps().size(); s++) {
            ClosedTest.Step step = t.steps().get(s);
            assertEquals(simpler[s], step.simpler());
            assertEquals(k - s, step.df(), "df: k, k-1, k-2");
            double d = ModelUpdates.fit(site, beta, sigma, simpler[s]).deviance();
            assertEquals(d - refit, step.statistic(), 1e-9);
            assertEquals(d, ModelUpdates.fit(site, beta, sigma, simpler[s]).devianceOn(site), 1e-8,
                    "the fit's deviance is that of its coefficients on the data");
        }
        // hand-checkable tails: P(chi2_1 > 3.841459) = 0.05, P(chi2_2 > x) = exp(-x/2)
        assertEquals(0.05, ClosedTest.upperTail(3.841458820694124, 1), 1e-12);
        assertEquals(Math.exp(-2.5), ClosedTest.upperTail(5, 2), 1e-15);
    }

    @Test
    void nestedModelsFitNoBetterThanTheRefit() {
        LocalCohort site = SimulatedSite.cohort(demo, N, 106, (x, lp) -> lp + 0.3);
        ClosedTest t = ClosedTest.run(site, beta, sigma);
        double d0 = t.deviances().get(UpdateMethod.ORIGINAL);
        double d1 = t.deviances().get(UpdateMethod.INTERCEPT);
        double d2 = t.deviances().get(UpdateMethod.LOGISTIC);
        double d3 = t.deviances().get(UpdateMethod.REFIT);
        assertTrue(d0 >= d1 && d1 >= d2 && d2 >= d3 - 1e-9, d0 + " " + d1 + " " + d2 + " " + d3);
    }
}
