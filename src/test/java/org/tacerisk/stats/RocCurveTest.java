package org.tacerisk.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tacerisk.stats.StatsReference.assertRel;

import java.util.List;
import org.junit.jupiter.api.Test;

/** ROC points, AUC, DeLong CI and Youden optimum against pROC 1.18 ({@code roc/}, README §2). */
class RocCurveTest {

    private static final double TOL = 1e-12;

    /** birthwt/all, hcc/{cohort} and hcc_dlr_only/{cohort}, as in the roc/ file names. */
    private static RocCurve curve(String dataset, String cohort) {
        if (dataset.equals("birthwt")) {
            StatsReference.Cohort c = StatsReference.birthwt();
            return RocCurve.of(c.y(), c.p());
        }
        StatsReference.Cohort c = StatsReference.hcc(cohort);
        return RocCurve.of(c.y(), dataset.equals("hcc") ? c.p() : c.pDlrOnly());
    }

    @Test
    void aucVarianceAndDeLongIntervalMatchAucSummary() {
        DataTable t = StatsReference.table("roc/auc_summary.csv");
        assertEquals(7, t.rowCount());
        double worst = 0;
        for (int r = 0; r < t.rowCount(); r++) {
            String label = t.text(r, "dataset") + "/" + t.text(r, "cohort");
            RocCurve roc = curve(t.text(r, "dataset"), t.text(r, "cohort"));
            assertEquals(Integer.parseInt(t.text(r, "n")), roc.size(), label);
            assertEquals(Integer.parseInt(t.text(r, "n_cases")), roc.cases(), label);
            assertEquals(Integer.parseInt(t.text(r, "n_controls")), roc.controls(), label);
            assertEquals(Integer.parseInt(t.text(r, "n_youden_optimal")), roc.youdenOptima().size(), label);
            DeLongTest.AucEstimate est = DeLongTest.auc(roc);
            double[][] pairs = {{t.numeric("auc")[r], est.auc()}, {t.numeric("auc")[r], roc.auc()},
                {t.numeric("auc_var_delong")[r], est.variance()}, {t.numeric("auc_se_delong")[r], est.se()},
                {t.numeric("ci_delong_lower")[r], est.ciLower()}, {t.numeric("ci_delong_upper")[r], est.ciUpper()}};
            for (double[] pair : pairs) {
                assertRel(pair[0], pair[1], TOL, label);
                worst = Math.max(worst, StatsReference.relErr(pair[1], pair[0]));
            }
        }
        System.out.println("auc_summary.csv: worst relative error " + worst);
    }

    /**
     * pROC writes tp/fp/tn/fn as sensitivity·cases etc., so a few counts read 31.000000000000004; they are compared
     * as numbers to 1e-9.
     */
    @Test
    void everyCoordsFileMatchesPointByPoint() {
        double worst = 0;
        for (String[] set : List.of(new String[] {"birthwt", "all"}, new String[] {"hcc", "train"},
                new String[] {"hcc", "test"}, new String[] {"hcc", "external"}, new String[] {"hcc_dlr_only", "train"},
                new String[] {"hcc_dlr_only", "test"}, new String[] {"hcc_dlr_only", "external"})) {
            String label = set[0] + "_" + set[1];
            DataTable t = StatsReference.table("roc/" + label + "_coords.csv");
            List<RocCurve.Point> points = curve(set[0], set[1]).points();
            assertEquals(t.rowCount(), points.size(), label);
            double[] thr = t.numeric("threshold");
            double[] se = t.numeric("sensitivity");
            double[] sp = t.numeric("specificity");
            for (int r = 0; r < points.size(); r++) {
                RocCurve.Point pt = points.get(r);
                String where = label + " row " + (r + 1);
                assertRel(thr[r], pt.threshold(), TOL, where + " threshold");
                assertRel(se[r], pt.sensitivity(), TOL, where + " sensitivity");
                assertRel(sp[r], pt.specificity(), TOL, where + " specificity");
                assertEquals(t.numeric("tp")[r], pt.tp(), 1e-9, where);
                assertEquals(t.numeric("fp")[r], pt.fp(), 1e-9, where);
                assertEquals(t.numeric("tn")[r], pt.tn(), 1e-9, where);
                assertEquals(t.numeric("fn")[r], pt.fn(), 1e-9, where);
                worst = Math.max(worst, Math.max(StatsReference.relErr(pt.threshold(), thr[r]),
                        Math.max(StatsReference.relErr(pt.sensitivity(), se[r]),
                                StatsReference.relErr(pt.specificity(), sp[r]))));
            }
        }
        System.out.println("*_coords.csv: worst relative error " + worst);
    }

    /** Independent check of the AUC: the trapezoidal area under the (1 − specificity, sensitivity) points. */
    @Test
    void aucEqualsTheTrapezoidalAreaUnderThePoints() {
        for (StatsReference.Cohort c : StatsReference.cohorts()) {
            RocCurve roc = RocCurve.of(c.y(), c.p());
            List<RocCurve.Point> pts = roc.points();
            double area = 0;
            for (int k = 1; k < pts.size(); k++) {
                double dx = pts.get(k).specificity() - pts.get(k - 1).specificity();
                area += dx * (pts.get(k - 1).sensitivity() + pts.get(k).sensitivity()) / 2;
            }
            assertRel(roc.auc(), area, 1e-12, c.label());
        }
    }

    @Test
    void youdenOptimumIsPRocsBestThreshold() {
        DataTable t = StatsReference.table("roc/youden_best.csv");
        assertEquals(7, t.rowCount());
        double worst = 0;
        for (int r = 0; r < t.rowCount(); r++) {
            String label = t.text(r, "dataset") + "/" + t.text(r, "cohort");
            RocCurve.Point best = curve(t.text(r, "dataset"), t.text(r, "cohort")).youden();
            double[][] pairs = {{t.numeric("threshold")[r], best.threshold()},
                {t.numeric("sensitivity")[r], best.sensitivity()}, {t.numeric("specificity")[r], best.specificity()},
                {t.numeric("proc_youden_sens_plus_spec")[r], best.sensPlusSpec()},
                {t.numeric("youden_j")[r], best.youdenJ()}};
            for (double[] pair : pairs) {
                assertRel(pair[0], pair[1], TOL, label);
                worst = Math.max(worst, StatsReference.relErr(pair[1], pair[0]));
            }
        }
        System.out.println("youden_best.csv: worst relative error " + worst);
    }
}
