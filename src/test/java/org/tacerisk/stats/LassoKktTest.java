package org.tacerisk.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** KKT residuals against {@code kkt_check.csv} (glmnet 4.1-6, README §6), at the four selected λ's. */
class LassoKktTest {

    private static final List<String> TERMS = LassoReferenceData.PREDICTORS;
    private static final String[] MEASURE = {"dev", "auc"};
    private static final String[] WHICH = {"min", "1se"};

    /** R's exact (Newton-polished) solutions satisfy the conditions as this class computes them to ~1e-14. */
    @Test
    void exactReferenceSolutionsSatisfyTheConditions() {
        LassoReferenceData data = LassoReferenceData.trainCohort();
        DataTable selected = LassoReferenceData.lasso("coef_selected.csv");
        DataTable summary = LassoReferenceData.lasso("cv_summary.csv");
        for (int m = 0; m < 2; m++) {
            for (String which : WHICH) {
                double[] exact = selected.numeric(MEASURE[m] + "_lambda_" + which + "_exact");
                double[] beta = java.util.Arrays.copyOfRange(exact, 1, exact.length);
                double lambda = summary.numeric("lambda_" + which)[m];
                LassoKkt kkt = LassoKkt.check(data.x, data.y, new LassoCoefficients(lambda, exact[0], beta, TERMS));
                assertTrue(kkt.interceptScore() < 1e-14 && kkt.maxActiveViolation() < 1e-12
                        && kkt.maxInactiveExcess() == 0, kkt.toString());
            }
        }
    }

    /** The default-threshold and tight fits leave the same KKT residuals as glmnet's. */
    @Test
    void residualsOfDefaultAndTightFitsMatchGlmnets() {
        LassoReferenceData data = LassoReferenceData.trainCohort();
        LassoPath fit = LassoLogistic.fit(data.x, data.y, TERMS, LassoOptions.glmnetDefaults());
        LassoPath tight = LassoLogistic.fit(data.x, data.y, TERMS, LassoOptions.tight(fit.lambda()));
        DataTable ref = LassoReferenceData.lasso("kkt_check.csv");
        double[] lambda = ref.numeric("lambda");
        double[] interceptScore = ref.numeric("intercept_score");
        double[] active = ref.numeric("max_active_violation");
        int checked = 0;
        for (int row = 0; row < ref.rowCount(); row++) {
            String kind = ref.text(row, "fit");
            LassoPath path = kind.startsWith("default") ? fit : kind.startsWith("tight") ? tight : null;
            if (path == null) {
                continue;
            }
            LassoKkt kkt = LassoKkt.check(data.x, data.y, path.coefficientsAt(lambda[row]));
            String where = ref.text(row, "type_measure") + " " + ref.text(row, "which") + " " + kind;
            // Absolute: the tight residuals are at rounding level (1e-17 intercept, 1e-13 active).
            assertEquals(interceptScore[row], kkt.interceptScore(), 1e-6 * interceptScore[row] + 1e-16, where);
            assertEquals(active[row], kkt.maxActiveViolation(), 1e-6 * active[row] + 1e-14, where);
            assertEquals(0.0, kkt.maxInactiveExcess(), where);
            checked++;
        }
        assertEquals(8, checked);
    }
}
