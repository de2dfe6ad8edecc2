package org.tacerisk.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tacerisk.stats.StatsReference.assertAbs;
import static org.tacerisk.stats.StatsReference.assertRel;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * External-validation calibration against R ({@code calibration/val_prob.csv} and the per-observation lowess files
 * of rms::val.prob) and against hand-computed small cases.
 */
class CalibrationAssessmentTest {

    @Test
    void slopeInterceptBrierAndIciE90EmaxMatchValProbInEveryCohort() {
        DataTable ref = StatsReference.table("calibration/val_prob.csv");
        for (StatsReference.Cohort c : StatsReference.cohorts()) {
            DataTable t = StatsReference.rows(ref, c.dataset(), c.cohort());
            CalibrationAssessment a = CalibrationAssessment.of(c.y(), c.p(), 0, 1);
            boolean apparent = c.cohort().equals("all") || c.cohort().equals("train");
            for (int r = 0; r < t.rowCount(); r++) {
                // the explicit-formula column: the exact MLE, where lrm.fit stops at its own tolerance
                double explicit = t.numeric("explicit_formula_value")[r];
                String what = c.label() + " " + t.text(r, "statistic");
                switch (t.text(r, "statistic")) {
                    case "Intercept" -> {
                        if (apparent) {
                            assertAbs(explicit, a.recalibrationIntercept().value(), 1e-9, what);
                        } else {
                            assertRel(explicit, a.recalibrationIntercept().value(), 1e-9, what);
                        }
                    }
                    case "Slope" -> assertRel(explicit, a.slope().value(), 1e-9, what);
                    case "Brier" -> assertRel(explicit, a.brier(), 1e-12, what);
                    case "Eavg" -> assertRel(explicit, a.ici(), 1e-9, what);
                    case "E90" -> assertRel(explicit, a.e90(), 1e-9, what);
                    case "Emax" -> assertRel(explicit, a.emax(), 1e-9, what);
                    default -> {
                    }
                }
            }
        }
    }

    @Test
    void e50IsTheMedianOfRsPerObservationAbsoluteErrors() {
        for (StatsReference.Cohort c : StatsReference.cohorts()) {
            DataTable obs = StatsReference.table("calibration/" + c.dataset() + "_" + c.cohort()
                    + "_lowess_by_obs.csv");
            double[] e = obs.numeric("abs_error").clone();
            Arrays.sort(e);
            int n = e.length;
            double median = n % 2 == 1 ? e[n / 2] : (e[n / 2 - 1] + e[n / 2]) / 2;
            CalibrationAssessment a = CalibrationAssessment.of(obs.numeric("y"), obs.numeric("p"), 0, 1);
            assertRel(median, a.e50(), 1e-9, c.label() + " E50");
        }
    }

    /**
     * Two distinct predicted risks: 10 patients at p = 0.2 with 3 events and 5 at p = 0.5 with 4 events. lowess
     * (f = 2/3: 10 neighbours of 15) gives the other group's points distance h or more and so weight 0, and a
     * neighbourhood with one x value is fitted by its weighted mean: the smoothed risk is each group's observed
     * rate, 0.3 and 0.8. So |p − p̂| is 0.1 for ten patients and 0.3 for five: ICI = (10·0.1 + 5·0.3)/15 = 1/6,
     * E50 = 0.1 (the 8th of 15), E90 = the type-7 quantile at 0.9·14 = 12.6 → sorted[12] and sorted[13], both 0.3,
     * Emax = 0.3. E/O = (10·0.2 + 5·0.5)/7 = 4.5/7; Brier = (3·0.64 + 7·0.04 + 4·0.25 + 1·0.25)/15.
     */
    @Test
    void iciE50E90OnAHandCheckableCase() {
        double[] p = new double[15];
        double[] y = new double[15];
        for (int i = 0; i < 15; i++) {
            p[i] = i < 10 ? 0.2 : 0.5;
            y[i] = (i < 3 || (i >= 10 && i < 14)) ? 1 : 0;
        }
        CalibrationAssessment a = CalibrationAssessment.of(y, p, 0, 1);
        assertEquals(1.0 / 6, a.ici(), 1e-12);
        assertEquals(0.1, a.e50(), 1e-12);
        assertEquals(0.3, a.e90(), 1e-12);
        assertEquals(0.3, a.emax(), 1e-12);
        assertEquals(4.5 / 7, a.expectedOverObserved(), 1e-12);
        assertEquals((3 * 0.64 + 7 * 0.04 + 4 * 0.25 + 0.25) / 15, a.brier(), 1e-12);
        assertEquals(7.0 / 15, a.observedRate(), 1e-15);
        assertEquals(4.5 / 15, a.meanPredicted(), 1e-15);
    }

    /**
     * Every patient at the same p0 with k events of n: the offset model's intercept is logit(k/n) − logit(p0)
     * exactly, with SE 1/√(n·q(1 − q)), q = k/n (the Bernoulli information of one parameter).
     */
    @Test
    void calibrationInTheLargeOfAConstantRiskIsTheLogitDifference() {
        int n = 40;
        int k = 12;
        int[] y = new int[n];
        double[] logit = new double[n];
        double p0 = 0.1;
        for (int i = 0; i < n; i++) {
            y[i] = i < k ? 1 : 0;
            logit[i] = Math.log(p0 / (1 - p0));
        }
        CalibrationAssessment.Estimate a = CalibrationAssessment.inTheLarge(y, logit);
        double q = (double) k / n;
        assertEquals(Math.log(q / (1 - q)) - Math.log(p0 / (1 - p0)), a.value(), 1e-12);
        assertEquals(1 / Math.sqrt(n * q * (1 - q)), a.se(), 1e-12);
        assertFalse(a.contains(0), "0.3 observed against 0.1 predicted is miscalibrated in the large");
    }

    @Test
    void theBandCoversTheCurveAndTheReferenceCohortIsCalibratedInTraining() {
        StatsReference.Cohort train = StatsReference.hcc("train");
        CalibrationAssessment a = CalibrationAssessment.of(train.y(), train.p(), 100, 7);
        assertEquals(CalibrationAssessment.CURVE_POINTS, a.curve().size());
        assertFalse(a.miscalibrated(), "apparent calibration: intercept 0, slope 1");
        assertAbs(0, a.calibrationInTheLarge().value(), 1e-9, "in the large, apparent");
        int inside = 0;
        for (CalibrationAssessment.CurvePoint pt : a.curve()) {
            if (Double.isFinite(pt.lower()) && pt.lower() <= pt.observed() && pt.observed() <= pt.upper()) {
                inside++;
            }
        }
        assertTrue(inside >= 0.8 * a.curve().size(), inside + " of " + a.curve().size() + " grid points in band");
    }
}
