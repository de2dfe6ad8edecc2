package org.tacerisk.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tacerisk.stats.StatsReference.assertAbs;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Net benefit against dcurves 0.5.1.9000 and rmda 1.6 ({@code dca/*_net_benefit.csv}, README §4), to 1e-12. */
class DecisionCurveTest {

    private static final double TOL = 1e-12;

    @Test
    void netBenefitOfModelAllAndNoneMatchesDcurvesAndRmda() {
        double worst = 0;
        for (StatsReference.Cohort c : StatsReference.cohorts()) {
            DataTable t = StatsReference.table("dca/" + c.dataset() + "_" + c.cohort() + "_net_benefit.csv");
            List<DecisionCurve.Point> curve = DecisionCurve.of(c.y(), c.p());
            assertEquals(99, t.rowCount());
            assertEquals(99, curve.size());
            double[] threshold = t.numeric("threshold");
            for (int r = 0; r < 99; r++) {
                DecisionCurve.Point pt = curve.get(r);
                String what = c.label() + " pt " + threshold[r];
                assertEquals(threshold[r], pt.threshold(), 0, what + ": thresholds are the doubles of k/100");
                assertEquals(t.numeric("n")[r], pt.n(), 0, what);
                assertEquals(t.numeric("tp")[r], pt.tp(), 0, what);
                assertEquals(t.numeric("fp")[r], pt.fp(), 0, what);
                for (String suffix : new String[] {"", "_dcurves", "_rmda"}) {
                    double[][] pairs = {{t.numeric("nb_model" + suffix)[r], pt.netBenefitModel()},
                        {t.numeric("nb_treat_all" + suffix)[r], pt.netBenefitAll()},
                        {t.numeric("nb_treat_none" + suffix)[r], pt.netBenefitNone()}};
                    for (double[] pair : pairs) {
                        assertAbs(pair[0], pair[1], TOL, what + suffix);
                        worst = Math.max(worst, Math.abs(pair[0] - pair[1]));
                    }
                }
            }
        }
        System.out.println("dca/*_net_benefit.csv: worst absolute error " + worst);
    }

    /** Derived quantities from the reference net benefits of hcc/test (prevalence 30/114). */
    @Test
    void standardisedNetBenefitAndInterventionsAvoided() {
        DataTable t = StatsReference.table("dca/hcc_test_net_benefit.csv");
        StatsReference.Cohort c = StatsReference.hcc("test");
        List<DecisionCurve.Point> curve = DecisionCurve.of(c.y(), c.p());
        double prev = 30.0 / 114;
        for (int r = 0; r < 99; r++) {
            double pt = t.numeric("threshold")[r];
            double nb = t.numeric("nb_model")[r];
            double all = t.numeric("nb_treat_all")[r];
            assertAbs(nb / prev, curve.get(r).standardizedNetBenefitModel(), TOL, "sNB " + pt);
            assertAbs(all / prev, curve.get(r).standardizedNetBenefitAll(), TOL, "sNB all " + pt);
            assertAbs((nb - all) / (pt / (1 - pt)) * 100, curve.get(r).interventionsAvoidedPer100(), 1e-10,
                    "avoided " + pt);
        }
    }

    @Test
    void thresholdGridIsKOverOneHundredExactly() {
        assertArrayEquals(ThresholdGrid.percent(), ThresholdGrid.parse("0.01:0.99:0.01"));
        assertEquals(0.07, ThresholdGrid.percent()[6], 0); // the double nearest 7/100, 0.070000000000000007
        assertEquals(3, ThresholdGrid.parse("0.1:0.3:0.1").length);
        assertArrayEquals(new double[] {0.05, 0.1, 0.15, 0.2}, ThresholdGrid.parse("0.05:0.2:0.05"));
        assertThrows(IllegalArgumentException.class, () -> ThresholdGrid.parse("0:0.5:0.1"));
        assertThrows(IllegalArgumentException.class, () -> ThresholdGrid.parse("0.1:0.5"));
    }

    @Test
    void seededBootstrapIsReproducibleAndBracketsTheEstimate() {
        StatsReference.Cohort c = StatsReference.hcc("test");
        double[] thresholds = {0.1, 0.2, 0.3};
        Bootstrap a = ModelEvaluation.bootstrapNetBenefit(c.y(), c.p(), thresholds, 200, 7);
        Bootstrap b = ModelEvaluation.bootstrapNetBenefit(c.y(), c.p(), thresholds, 200, 7);
        assertArrayEquals(a.lower(), b.lower(), 0);
        assertArrayEquals(a.upper(), b.upper(), 0);
        assertEquals(6, a.estimateCount()); // model then treat-all, per threshold
        List<DecisionCurve.Point> curve = DecisionCurve.of(c.y(), c.p(), thresholds);
        for (int k = 0; k < 3; k++) {
            assertTrue(a.lower()[k] < curve.get(k).netBenefitModel() && curve.get(k).netBenefitModel() < a.upper()[k]);
            assertEquals(200, a.valid()[k]);
        }
        Bootstrap other = ModelEvaluation.bootstrapNetBenefit(c.y(), c.p(), thresholds, 200, 8);
        assertTrue(other.lower()[0] != a.lower()[0] || other.upper()[0] != a.upper()[0]);
    }
}
