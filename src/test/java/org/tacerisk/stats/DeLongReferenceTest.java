package org.tacerisk.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.tacerisk.stats.StatsReference.assertRel;

import org.junit.jupiter.api.Test;

/** DeLong paired and unpaired tests against pROC's {@code roc.test} ({@code roc/delong_test_full_vs_dlr.csv}). */
class DeLongReferenceTest {

    private static final double TOL = 1e-10;

    @Test
    void pairedTestFullModelVersusDlrOnlyInEveryCohort() {
        DataTable t = StatsReference.table("roc/delong_test_full_vs_dlr.csv");
        assertEquals(3, t.rowCount());
        double worst = 0;
        for (int r = 0; r < t.rowCount(); r++) {
            String cohort = t.text(r, "cohort");
            StatsReference.Cohort c = StatsReference.hcc(cohort);
            DeLongTest.Paired test = DeLongTest.paired(RocCurve.of(c.y(), c.p()), RocCurve.of(c.y(), c.pDlrOnly()));
            String[] cols = {"auc_full", "auc_dlr_only", "auc_difference", "var_full", "var_dlr_only", "cov_delong",
                "z", "p_value", "diff_ci_lower", "diff_ci_upper"};
            double[] got = {test.auc1(), test.auc2(), test.difference(), test.variance1(), test.variance2(),
                test.covariance(), test.z(), test.p(), test.diffCiLower(), test.diffCiUpper()};
            for (int k = 0; k < cols.length; k++) {
                double expected = t.numeric(cols[k])[r];
                assertRel(expected, got[k], TOL, cohort + " " + cols[k]);
                worst = Math.max(worst, StatsReference.relErr(got[k], expected));
            }
        }
        System.out.println("delong_test_full_vs_dlr.csv: worst relative error " + worst);
    }

    /**
     * pROC's unpaired DeLong test is z = (auc1 − auc2)/√(var1 + var2); checked with the AUCs and variances pROC
     * reported for two independent cohorts (auc_summary.csv), test versus external.
     */
    @Test
    void unpairedTestUsesTheSumOfTheTwoPRocVariances() {
        DataTable t = StatsReference.table("roc/auc_summary.csv");
        DataTable test = StatsReference.rows(t, "hcc", "test");
        DataTable ext = StatsReference.rows(t, "hcc", "external");
        double diff = test.numeric("auc")[0] - ext.numeric("auc")[0];
        double z = diff / Math.sqrt(test.numeric("auc_var_delong")[0] + ext.numeric("auc_var_delong")[0]);
        StatsReference.Cohort a = StatsReference.hcc("test");
        StatsReference.Cohort b = StatsReference.hcc("external");
        DeLongTest.Unpaired u = DeLongTest.unpaired(RocCurve.of(a.y(), a.p()), RocCurve.of(b.y(), b.p()));
        assertRel(z, u.z(), 1e-10, "z");
        assertRel(diff, u.difference(), 1e-10, "difference");
        // z ≈ −0.5715; p = 2·(1 − Φ(|z|)), here with commons-math's Φ (erf) rather than DeLongTest's erfc
        double p = 2 * (1 - new org.apache.commons.math3.distribution.NormalDistribution().cumulativeProbability(
                Math.abs(z)));
        assertRel(p, u.p(), 1e-9, "p");
    }

    @Test
    void pairedTestRefusesCurvesOnDifferentObservations() {
        StatsReference.Cohort a = StatsReference.hcc("test");
        StatsReference.Cohort b = StatsReference.hcc("external");
        assertThrows(IllegalArgumentException.class,
                () -> DeLongTest.paired(RocCurve.of(a.y(), a.p()), RocCurve.of(b.y(), b.p())));
    }
}
