package org.tacerisk.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tacerisk.common.Cancelled;
import org.tacerisk.common.Progress;
import org.tacerisk.testsupport.SharedData;

/**
 * Cross-validation against cv.glmnet 4.1-6 with the reference fold ids (README §6). The curves depend on the
 * default-threshold fold fits; these reproduce glmnet's iterations, so cvm and cvsd agree to rounding (observed
 * ≤ 4e-15 relative; asserted 1e-12).
 */
class LassoCrossValidationTest {

    private static final double REL = 1e-12;
    private static LassoReferenceData data;
    private static LassoCrossValidation cv;

    @BeforeAll
    static void crossValidate() {
        if (!SharedData.has(LassoReferenceData.COHORT)) {
            return; // each test is skipped by requireReference
        }
        data = LassoReferenceData.trainCohort();
        cv = LassoCrossValidation.run(data.x, data.y, data.foldid, LassoReferenceData.PREDICTORS,
                LassoOptions.glmnetDefaults());
    }

    @BeforeEach
    void requireReference() {
        SharedData.require(LassoReferenceData.COHORT);
    }

    @Test
    void foldsAsInTheReference() {
        DataTable folds = LassoReferenceData.lasso("folds.csv");
        double[] size = folds.numeric("n_fold");
        assertEquals(size.length, 10);
        for (int f = 0; f < size.length; f++) {
            assertEquals((int) size[f], cv.foldSize(f));
        }
    }

    /** Each fold is fitted with its own default λ sequence, stopped early by glmnet's rule (74 to 80 values). */
    @Test
    void eachFoldHasItsOwnLambdaSequence() {
        DataTable ref = LassoReferenceData.lasso("cv_fold_own_lambdas.csv");
        double[] fold = ref.numeric("fold");
        double[] step = ref.numeric("step");
        double[] lambda = ref.numeric("lambda");
        int[] count = new int[10];
        for (int r = 0; r < ref.rowCount(); r++) {
            int f = (int) fold[r] - 1;
            LassoPath p = cv.foldPath(f);
            assertEquals(lambda[r], p.lambda((int) step[r] - 1), 1e-10 * lambda[r], "fold " + (f + 1));
            count[f]++;
        }
        for (int f = 0; f < 10; f++) {
            assertEquals(count[f], cv.foldPath(f).size(), "length of fold " + (f + 1) + "'s path");
        }
    }

    @Test
    void perFoldValuesMatch() {
        DataTable ref = LassoReferenceData.lasso("cv_by_fold.csv");
        LassoCvResult dev = cv.summarise(CvMeasure.DEVIANCE);
        LassoCvResult auc = cv.summarise(CvMeasure.AUC);
        double[] step = ref.numeric("step");
        double[] fold = ref.numeric("fold");
        double[] deviance = ref.numeric("deviance_fold_mean");
        double[] aucFold = ref.numeric("auc_fold");
        for (int r = 0; r < ref.rowCount(); r++) {
            int k = (int) step[r] - 1;
            int f = (int) fold[r] - 1;
            String where = "step " + (k + 1) + " fold " + (f + 1);
            assertEquals(deviance[r], dev.foldValues(f)[k], REL * deviance[r], where);
            assertEquals(aucFold[r], auc.foldValues(f)[k], REL * aucFold[r], where);
        }
    }

    @Test
    void cvCurvesMatchForBothMeasures() {
        DataTable ref = LassoReferenceData.lasso("cv_path.csv");
        for (CvMeasure m : CvMeasure.values()) {
            LassoCvResult r = cv.summarise(m);
            assertClose(ref.numeric("lambda"), r.lambda(), "lambda");
            assertClose(ref.numeric("cvm_" + m.rName()), r.cvm(), "cvm " + m);
            assertClose(ref.numeric("cvsd_" + m.rName()), r.cvsd(), "cvsd " + m);
            assertClose(ref.numeric("cvup_" + m.rName()), r.cvup(), "cvup " + m);
            assertClose(ref.numeric("cvlo_" + m.rName()), r.cvlo(), "cvlo " + m);
            double[] nzero = ref.numeric("nzero");
            for (int k = 0; k < nzero.length; k++) {
                assertEquals((int) nzero[k], r.nzero()[k]);
            }
        }
    }

    /** lambda.min / lambda.1se and their steps exactly as cv_summary.csv (deviance 30/18, AUC 27/2). */
    @Test
    void selectedLambdasAndStepsExactly() {
        DataTable ref = LassoReferenceData.lasso("cv_summary.csv");
        for (int row = 0; row < ref.rowCount(); row++) {
            LassoCvResult r = cv.summarise(CvMeasure.fromRName(ref.text(row, "type_measure")));
            assertEquals((int) ref.numeric("step_min")[row], r.stepMin());
            assertEquals((int) ref.numeric("step_1se")[row], r.step1se());
            assertEquals(ref.numeric("lambda_min")[row], r.lambdaMin(), 1e-10 * r.lambdaMin());
            assertEquals(ref.numeric("lambda_1se")[row], r.lambda1se(), 1e-10 * r.lambda1se());
            assertEquals(ref.numeric("cvm_at_min")[row], r.cvm()[r.stepMin() - 1], REL);
            assertEquals(ref.numeric("cvm_at_1se")[row], r.cvm()[r.step1se() - 1], REL);
            assertEquals((int) ref.numeric("n_lambda")[row], r.lambda().length);
            assertEquals((int) ref.numeric("nfolds")[row], r.folds());
        }
    }

    /** coef(cv_fit, s = "lambda.min"/"lambda.1se") are the default-threshold full-data coefficients. */
    @Test
    void coefficientsAtTheSelectedLambdas() {
        DataTable selected = LassoReferenceData.lasso("coef_selected.csv");
        for (CvMeasure m : CvMeasure.values()) {
            LassoCvResult r = cv.summarise(m);
            String prefix = m == CvMeasure.DEVIANCE ? "dev" : "auc";
            assertCoefficients(selected.numeric(prefix + "_lambda_min"), r.coefMin());
            assertCoefficients(selected.numeric(prefix + "_lambda_1se"), r.coef1se());
            assertEquals(LassoCoefficients.INTERCEPT, r.coefMin().asMap().keySet().iterator().next());
        }
    }

    @Test
    void fewerThanThreeFoldsIsRefused() {
        int[] twoFolds = new int[data.y.length];
        for (int i = 0; i < twoFolds.length; i++) {
            twoFolds[i] = 1 + i % 2;
        }
        assertThrows(IllegalArgumentException.class, () -> LassoCrossValidation.run(data.x, data.y, twoFolds,
                LassoReferenceData.PREDICTORS, LassoOptions.glmnetDefaults()));
    }

    @Test
    void oneStandardErrorRuleTakesTheLargestLambdaWithinTheBand() {
        double[] cvm = {1.0, 0.8, 0.7, 0.65, 0.66};
        double[] cvsd = {0.1, 0.1, 0.1, 0.06, 0.1};
        int best = LassoCrossValidation.bestStep(cvm, false);
        assertEquals(3, best);
        assertEquals(2, LassoCrossValidation.oneStandardErrorStep(cvm, cvsd, best, false));
        double[] auc = {0.5, 0.8, 0.9, 0.9};
        assertEquals(2, LassoCrossValidation.bestStep(auc, true), "ties: the largest λ");
        assertEquals(1, LassoCrossValidation.oneStandardErrorStep(auc, new double[] {0, 0, 0.1, 0}, 2, true));
    }

    /** Issue 12: the cancel is checked before the full fit and before each of the 10 fold fits, and stops it. */
    @Test
    void aCancelIsCheckedBeforeEveryPathFit() {
        int[] checks = {0};
        LassoCrossValidation.run(data.x, data.y, data.foldid, LassoReferenceData.PREDICTORS,
                LassoOptions.glmnetDefaults(), Progress.of((step, fraction) -> { }, () -> checks[0]++ < 0));
        assertEquals(11, checks[0]);
        checks[0] = 0;
        assertThrows(Cancelled.class, () -> LassoCrossValidation.run(data.x, data.y, data.foldid,
                LassoReferenceData.PREDICTORS, LassoOptions.glmnetDefaults(), Progress.of((step, fraction) -> { },
                        () -> ++checks[0] > 4)));
        assertEquals(5, checks[0], "stopped at the fifth check: before the fourth fold's fit");
    }

    private static void assertCoefficients(double[] expected, LassoCoefficients actual) {
        assertEquals(expected[0], actual.intercept(), 1e-10);
        List<String> terms = LassoReferenceData.PREDICTORS;
        for (int j = 0; j < terms.size(); j++) {
            assertEquals(expected[j + 1], actual.beta(j), 1e-10, terms.get(j));
        }
    }

    private static void assertClose(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what + " length");
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], actual[k], REL * Math.abs(expected[k]), what + " at step " + (k + 1));
        }
        assertTrue(expected.length > 0);
    }
}
