package org.tacerisk.model.update;

import org.tacerisk.stats.DeLongTest;
import org.tacerisk.stats.LogisticFit;
import org.tacerisk.stats.LogisticRegression;
import org.tacerisk.stats.RocCurve;

/**
 * How well a model's linear predictors fit a cohort's outcomes (Van Calster et al. 2019's weak calibration and
 * discrimination): the AUC with its DeLong 95 % CI; the calibration intercept, {@code glm(y ~ 1 + offset(lp))}
 * (calibration in the large; 0 is ideal), and the calibration slope, {@code glm(y ~ lp)} (1 is ideal), each with its
 * Wald 95 % CI (estimate ± 1.96 SE); and the Brier score, mean (p − y)².
 */
public record Performance(double auc, double aucLow, double aucHigh, double intercept, double interceptLow,
        double interceptHigh, double slope, double slopeLow, double slopeHigh, double brier) {

    public static Performance of(double[] y, double[] lp) {
        double[] p = new double[lp.length];
        double brier = 0;
        double[][] ones = new double[lp.length][];
        double[][] design = new double[lp.length][];
        for (int i = 0; i < lp.length; i++) {
            p[i] = LogisticRegression.plogis(lp[i]);
            brier += (p[i] - y[i]) * (p[i] - y[i]);
            ones[i] = new double[] {1};
            design[i] = new double[] {1, lp[i]};
        }
        DeLongTest.AucEstimate auc = DeLongTest.auc(RocCurve.of(y, p));
        LogisticFit inLarge = LogisticRegression.fit(ones, y, lp);
        LogisticFit slope = LogisticRegression.fit(design, y);
        double z = LogisticFit.Z_975;
        return new Performance(auc.auc(), auc.ciLower(), auc.ciUpper(), inLarge.estimate(0),
                inLarge.estimate(0) - z * inLarge.standardError(0), inLarge.estimate(0) + z * inLarge.standardError(0),
                slope.estimate(1), slope.estimate(1) - z * slope.standardError(1),
                slope.estimate(1) + z * slope.standardError(1), brier / lp.length);
    }

    /** This performance with the bootstrap optimism {@code o} taken off each measure and its limits. */
    Performance minus(Performance o) {
        return new Performance(auc - o.auc, aucLow - o.auc, aucHigh - o.auc, intercept - o.intercept,
                interceptLow - o.intercept, interceptHigh - o.intercept, slope - o.slope, slopeLow - o.slope,
                slopeHigh - o.slope, brier - o.brier);
    }

    /** Whether the intercept's CI contains 0 and the slope's contains 1. */
    public boolean calibrated() {
        return interceptLow <= 0 && 0 <= interceptHigh && slopeLow <= 1 && 1 <= slopeHigh;
    }
}
