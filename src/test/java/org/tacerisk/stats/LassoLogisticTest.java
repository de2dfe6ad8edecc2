package org.tacerisk.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tacerisk.testsupport.SharedData;

/**
 * The binomial LASSO path against glmnet 4.1-6 ({@code reference/stats/lasso}, README §6). The default-threshold
 * fit follows glmnet's own iterations, so it is compared with R's default-threshold output, not only with the
 * converged solution.
 */
class LassoLogisticTest {

    private static final List<String> TERMS = LassoReferenceData.PREDICTORS;
    private static LassoReferenceData data;
    private static LassoPath fit;

    @BeforeAll
    static void fitDefaultPath() {
        if (!SharedData.has(LassoReferenceData.COHORT)) {
            return; // each test is skipped by requireReference
        }
        data = LassoReferenceData.trainCohort();
        fit = LassoLogistic.fit(data.x, data.y, TERMS, LassoOptions.glmnetDefaults());
    }

    @BeforeEach
    void requireReference() {
        SharedData.require(LassoReferenceData.COHORT);
    }

    @Test
    void standardisationUsesDivisorN() {
        DataTable ref = LassoReferenceData.lasso("x_standardization.csv");
        double[] mean = ref.numeric("mean");
        double[] sd = ref.numeric("sd_divisor_n");
        for (int j = 0; j < TERMS.size(); j++) {
            assertEquals(TERMS.get(j), ref.text(j, "term"));
            assertEquals(mean[j], fit.means()[j], 1e-12 * Math.max(1, Math.abs(mean[j])), TERMS.get(j));
            assertEquals(sd[j], fit.standardDeviations()[j], 1e-12 * sd[j], TERMS.get(j));
        }
    }

    /** The reference path has 75 λ's (README §6's prose says 73; the files, written by glmnet, hold 75). */
    @Test
    void lambdaSequenceAndEarlyStopAsGlmnet() {
        DataTable ref = LassoReferenceData.lasso("cv_path.csv");
        double[] lambda = ref.numeric("lambda");
        assertEquals(lambda.length, fit.size());
        assertEquals(75, fit.size());
        for (int k = 0; k < lambda.length; k++) {
            assertEquals(lambda[k], fit.lambda(k), 1e-10 * lambda[k], "step " + (k + 1));
        }
        double[] devRatio = ref.numeric("dev_ratio");
        double[] df = ref.numeric("df");
        for (int k = 0; k < lambda.length; k++) {
            assertEquals(devRatio[k], fit.devRatio(k), 1e-10, "dev.ratio at step " + (k + 1));
            assertEquals((int) df[k], fit.df(k), "df at step " + (k + 1));
        }
        double nulldev = LassoReferenceData.lasso("cv_summary.csv").numeric("nulldev")[0];
        assertEquals(nulldev, fit.nullDeviance(), 1e-10 * nulldev);
    }

    /** glmnet's thresh = 1e-7 leaves errors up to 5e-3; reproducing its iterations gets R's own digits. */
    @Test
    void defaultThresholdPathMatchesGlmnetsDefaultFit() {
        double worst = maxAbsDifference(fit, LassoReferenceData.lasso("coef_path.csv"));
        assertTrue(worst < 1e-10, "max |Δ| over the path " + worst);
    }

    @Test
    void tightFitMatchesGlmnetsTightFitAndTheExactSolution() {
        LassoPath tight = LassoLogistic.fit(data.x, data.y, TERMS, LassoOptions.tight(fit.lambda()));
        assertEquals(fit.size(), tight.size(), "a user λ sequence is fitted in full");
        double worst = maxAbsDifference(tight, LassoReferenceData.lasso("coef_path_tight.csv"));
        assertTrue(worst < 1e-9, "max |Δ| against coef_path_tight " + worst);

        DataTable selected = LassoReferenceData.lasso("coef_selected.csv");
        DataTable summary = LassoReferenceData.lasso("cv_summary.csv");
        String[] measure = {"dev", "auc"};
        for (int m = 0; m < 2; m++) {
            for (String which : new String[] {"min", "1se"}) {
                double lambda = summary.numeric("lambda_" + which)[m];
                LassoCoefficients c = tight.coefficientsAt(lambda);
                double[] exact = selected.numeric(measure[m] + "_lambda_" + which + "_exact");
                assertEquals(exact[0], c.intercept(), 1e-6, measure[m] + " " + which + " intercept");
                for (int j = 0; j < TERMS.size(); j++) {
                    assertEquals(TERMS.get(j), selected.text(j + 1, "term"));
                    assertEquals(exact[j + 1], c.beta(j), 1e-6, measure[m] + " " + which + " " + TERMS.get(j));
                }
            }
        }
    }

    @Test
    void constantColumnNeverEntersAndDoesNotChangeTheFit() {
        double[][] x = new double[TERMS.size() + 1][];
        System.arraycopy(data.x, 0, x, 0, TERMS.size());
        x[TERMS.size()] = new double[data.y.length];
        java.util.Arrays.fill(x[TERMS.size()], 3.5);
        List<String> terms = new java.util.ArrayList<>(TERMS);
        terms.add("constant");
        // glmnet's default λ.min.ratio depends on p only through n > p, which still holds.
        LassoPath withConstant = LassoLogistic.fit(x, data.y, terms, LassoOptions.glmnetDefaults());
        assertEquals(fit.size(), withConstant.size());
        for (int k = 0; k < fit.size(); k++) {
            assertEquals(0.0, withConstant.at(k).beta(TERMS.size()));
            assertEquals(fit.at(k).intercept(), withConstant.at(k).intercept(), 1e-12);
        }
    }

    @Test
    void oneClassOutcomeIsRefused() {
        double[] allZero = new double[data.y.length];
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> LassoLogistic.fit(data.x, allZero, TERMS, LassoOptions.glmnetDefaults()));
        assertTrue(e.getMessage().contains("one class"), e.getMessage());
    }

    static double maxAbsDifference(LassoPath path, DataTable ref) {
        double[] lambda = ref.numeric("lambda");
        assertEquals(lambda.length, path.size());
        double worst = 0;
        double[] intercept = ref.numeric("(Intercept)");
        for (int k = 0; k < lambda.length; k++) {
            worst = Math.max(worst, Math.abs(intercept[k] - path.at(k).intercept()));
        }
        for (int j = 0; j < TERMS.size(); j++) {
            double[] b = ref.numeric(TERMS.get(j));
            for (int k = 0; k < lambda.length; k++) {
                worst = Math.max(worst, Math.abs(b[k] - path.at(k).beta(j)));
            }
        }
        return worst;
    }
}
