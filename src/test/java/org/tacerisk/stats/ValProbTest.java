package org.tacerisk.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tacerisk.stats.StatsReference.assertAbs;
import static org.tacerisk.stats.StatsReference.assertRel;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * All 18 statistics of {@code rms::val.prob} and the two unbinned extras, every cohort
 * ({@code calibration/val_prob.csv}). Each is compared with both rms's value and the script's explicit formula.
 *
 * <p>Tolerances: 1e-9 relative in general. Looser or absolute where the README explains why: Intercept and Slope
 * come from lrm.fit, which stops at its own tolerance (rms's values are up to 3.4e-8 relative off the MLE, e.g.
 * external Slope), so 1e-7 relative against rms and 1e-9 against the explicit refit; in the apparent cohorts the
 * MLE is exactly (0, 1), so Intercept, U:Chi-sq and the residual of U are compared absolutely (1e-9 / 1e-10).
 * D:p is NA in rms; the explicit column is R's {@code 1 - pchisq(LR, 1)}, which cancels to 0 or a few ulps of 1
 * for large LR, so it is compared absolutely to 1e-15.
 */
class ValProbTest {

    private static Map<String, Double> statistics(ValProb v) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("Dxy", v.dxy());
        m.put("C (ROC)", v.c());
        m.put("R2", v.r2());
        m.put("D", v.d());
        m.put("D:Chi-sq", v.dChiSq());
        m.put("D:p", v.dP());
        m.put("U", v.u());
        m.put("U:Chi-sq", v.uChiSq());
        m.put("U:p", v.uP());
        m.put("Q", v.q());
        m.put("Brier", v.brier());
        m.put("Intercept", v.intercept());
        m.put("Slope", v.slope());
        m.put("Emax", v.emax());
        m.put("E90", v.e90());
        m.put("Eavg", v.eavg());
        m.put("S:z", v.sZ());
        m.put("S:p", v.sP());
        m.put("C_exact_unbinned", v.cExact());
        m.put("Dxy_exact_unbinned", v.dxyExact());
        return m;
    }

    @Test
    void everyStatisticOfEveryCohortMatchesRms() {
        DataTable ref = StatsReference.table("calibration/val_prob.csv");
        double worstValue = 0;
        double worstExplicit = 0;
        int compared = 0;
        for (StatsReference.Cohort c : StatsReference.cohorts()) {
            DataTable t = StatsReference.rows(ref, c.dataset(), c.cohort());
            assertEquals(20, t.rowCount(), c.label());
            ValProb v = ValProb.of(c.y(), c.p());
            assertEquals(c.y().length, v.n());
            Map<String, Double> got = statistics(v);
            boolean apparent = c.cohort().equals("all") || c.cohort().equals("train");
            for (int r = 0; r < t.rowCount(); r++) {
                String stat = t.text(r, "statistic");
                double actual = got.get(stat);
                double value = t.numeric("value")[r];
                double explicit = t.numeric("explicit_formula_value")[r];
                String what = c.label() + " " + stat;
                switch (stat) {
                    case "D:p" -> {
                        assertTrue(Double.isNaN(value), "rms 6.5-0 reports D:p as NA");
                        assertAbs(explicit, actual, 1e-15, what);
                    }
                    case "Intercept", "U:Chi-sq" -> {
                        if (apparent) {
                            assertAbs(value, actual, 1e-9, what);
                            assertAbs(explicit, actual, 1e-9, what);
                        } else {
                            assertRel(value, actual, stat.equals("Intercept") ? 1e-7 : 1e-9, what);
                            assertRel(explicit, actual, 1e-9, what);
                        }
                    }
                    case "Slope" -> {
                        assertRel(value, actual, 1e-7, what);
                        assertRel(explicit, actual, 1e-9, what);
                    }
                    case "U" -> {
                        assertRel(value, actual, apparent ? 1e-10 : 1e-9, what);
                        assertRel(explicit, actual, 1e-9, what);
                    }
                    default -> {
                        assertRel(value, actual, 1e-9, what);
                        assertRel(explicit, actual, 1e-9, what);
                    }
                }
                if (!stat.equals("D:p") && !(apparent && (stat.equals("Intercept") || stat.equals("U:Chi-sq")))) {
                    worstValue = Math.max(worstValue, StatsReference.relErr(actual, value));
                    worstExplicit = Math.max(worstExplicit, StatsReference.relErr(actual, explicit));
                }
                compared++;
            }
        }
        assertEquals(80, compared);
        System.out.println("val_prob.csv: worst relative error vs rms value " + worstValue + ", vs explicit "
                + worstExplicit + " (relative statistics only)");
    }

    /** The rms binning changes C for hcc/test: 0.92242 binned against the exact 0.92222 (= pROC's AUC). */
    @Test
    void binnedAndExactConcordanceDifferWhereRmsSaysSo() {
        StatsReference.Cohort c = StatsReference.hcc("test");
        ValProb v = ValProb.of(c.y(), c.p());
        assertTrue(v.c() > v.cExact());
        assertEquals(RocCurve.of(c.y(), c.p()).auc(), v.cExact(), 1e-15);
    }

    @Test
    void risksOfExactlyZeroOrOneAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> ValProb.of(new double[] {0, 1, 0, 1}, new double[] {0.0, 0.7, 0.2, 0.9}));
    }
}
