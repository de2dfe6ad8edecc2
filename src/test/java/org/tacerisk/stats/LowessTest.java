package org.tacerisk.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tacerisk.stats.StatsReference.assertRel;

import org.junit.jupiter.api.Test;

/**
 * R's {@code lowess(p, y, iter = 0)} curve and val.prob's per-observation smoothed calibration
 * ({@code calibration/*_lowess_curve.csv}, {@code *_lowess_by_obs.csv}).
 */
class LowessTest {

    private static final double TOL = 1e-12;

    @Test
    void curveEqualsRsLowessForEveryCohort() {
        double worst = 0;
        for (StatsReference.Cohort c : StatsReference.cohorts()) {
            DataTable t = StatsReference.table("calibration/" + c.dataset() + "_" + c.cohort() + "_lowess_curve.csv");
            Lowess curve = Lowess.smooth(c.p(), c.y(), 0);
            double[] x = t.numeric("x");
            double[] y = t.numeric("y");
            assertEquals(x.length, curve.x().length, c.label());
            assertArrayEquals(x, curve.x(), 0, c.label() + " x");
            for (int i = 0; i < x.length; i++) {
                assertRel(y[i], curve.y()[i], TOL, c.label() + " point " + (i + 1));
                worst = Math.max(worst, StatsReference.relErr(curve.y()[i], y[i]));
            }
        }
        System.out.println("*_lowess_curve.csv: worst relative error " + worst);
    }

    @Test
    void smoothedCalibrationPerObservation() {
        double worst = 0;
        for (StatsReference.Cohort c : StatsReference.cohorts()) {
            DataTable t = StatsReference.table("calibration/" + c.dataset() + "_" + c.cohort() + "_lowess_by_obs.csv");
            SmoothCalibration s = SmoothCalibration.of(c.y(), c.p());
            assertEquals(t.rowCount(), c.p().length);
            double[] cal = t.numeric("cal_smooth");
            double[] err = t.numeric("abs_error");
            for (int i = 0; i < cal.length; i++) {
                assertEquals(c.ids()[i], t.text(i, "id"));
                assertRel(cal[i], s.calibrated()[i], TOL, c.label() + " cal_smooth id " + c.ids()[i]);
                assertRel(err[i], s.absError()[i], 1e-10, c.label() + " abs_error id " + c.ids()[i]);
                worst = Math.max(worst, Math.max(StatsReference.relErr(s.calibrated()[i], cal[i]),
                        StatsReference.relErr(s.absError()[i], err[i])));
            }
        }
        System.out.println("*_lowess_by_obs.csv: worst relative error " + worst);
    }

    /** Hand-checkable: on a straight line every local linear fit is the line itself. */
    @Test
    void straightLineIsReproduced() {
        double[] x = {5, 1, 4, 2, 3, 6, 8, 7, 9, 10};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 2 * x[i] + 1;
        }
        Lowess l = Lowess.smooth(x, y, 2.0 / 3.0, 3, 0);
        for (int i = 0; i < x.length; i++) {
            assertEquals(2 * l.x()[i] + 1, l.y()[i], 1e-12);
        }
    }

    /**
     * Robustness iterations (no R reference file: lowess's default iter = 3 is not used by val.prob): one gross
     * outlier on a line pulls the iter = 0 fit near it but hardly the iter = 3 fit.
     */
    @Test
    void robustnessIterationsDownweightAnOutlier() {
        int n = 21;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = 0.5 * i;
        }
        y[10] = 100;
        double plain = Math.abs(Lowess.smooth(x, y, 0).y()[10] - 5);
        double robust = Math.abs(Lowess.smooth(x, y, 3).y()[10] - 5);
        assertTrue(plain > 10, "iter = 0 follows the outlier: " + plain);
        assertTrue(robust < 1e-6, "iter = 3 ignores it: " + robust);
    }

    @Test
    void approxAveragesTiesAndIsNaOutsideTheRange() {
        Approx a = Approx.tiesMean(new double[] {0, 1, 1, 2}, new double[] {0, 1, 3, 4});
        assertEquals(2.0, a.at(1), 0);
        assertEquals(1.0, a.at(0.5), 0);
        assertEquals(3.0, a.at(1.5), 0);
        assertEquals(Double.NaN, a.at(2.5));
    }
}
