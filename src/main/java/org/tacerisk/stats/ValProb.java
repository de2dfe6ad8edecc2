package org.tacerisk.stats;

import org.apache.commons.math3.special.Gamma;

/**
 * The 18 statistics of {@code rms::val.prob(p, y)} (rms 6.5-0) for predicted risks p and 0/1 outcomes y, with
 * logit = log(p/(1 − p)) and n observations:
 * <ul>
 * <li>{@code L0} = −2 Σ[y log ȳ + (1 − y) log(1 − ȳ)], {@code L01} = −2 Σ[y·logit − log(1 + e^logit)],
 * D:Chi-sq = L0 − L01, D = (D:Chi-sq − 1)/n, R2 = (1 − e^(−D:Chi-sq/n))/(1 − e^(−L0/n)) (Nagelkerke);</li>
 * <li>Intercept a and Slope b of the recalibration fit logit P(y = 1) = a + b·logit ({@link #recalibration}),
 * U:Chi-sq = L01 − deviance(a, b), U = (U:Chi-sq − 2)/n, Q = D − U;</li>
 * <li>Brier = mean (p − y)²; Emax, E90, Eavg from {@link SmoothCalibration};</li>
 * <li>Spiegelhalter S:z = Σ(y − p)(1 − 2p)/√Σ(1 − 2p)²p(1 − p), S:p = 2Φ(−|z|);</li>
 * <li>C (ROC) and Dxy binned as rms does ({@link Concordance#rmsBinned}); the exact ones are {@code cExact},
 * {@code dxyExact}.</li>
 * </ul>
 * <b>D:p</b> is NA in rms 6.5-0 (lrm.fit is called with {@code initial=} and returns P = NA); here it is the
 * chi-square (1 df) upper tail of D:Chi-sq, the value rms would report. All p-values here are upper tails computed
 * directly, so a tiny p keeps its digits where R's {@code 1 - pchisq(...)} rounds to 0 or a few ulps of 1.
 * Risks must lie strictly between 0 and 1 (val.prob drops p = 0 or 1 from the logistic part; this refuses them).
 */
public record ValProb(int n, double dxy, double c, double r2, double d, double dChiSq, double dP, double u,
        double uChiSq, double uP, double q, double brier, double intercept, double slope, double emax, double e90,
        double eavg, double sZ, double sP, double cExact, double dxyExact) {

    public static ValProb of(double[] outcomes, double[] risks) {
        int[] y = BinaryOutcome.outcomes(outcomes);
        double[] p = BinaryOutcome.risks(y, risks);
        for (int i = 0; i < p.length; i++) {
            if (p[i] == 0 || p[i] == 1) {
                throw new IllegalArgumentException("prediction " + (i + 1) + " is " + p[i]
                        + "; val.prob statistics need risks strictly between 0 and 1");
            }
        }
        return of(y, p);
    }

    static ValProb of(int[] y, double[] p) {
        int n = y.length;
        int events = BinaryOutcome.events(y);
        if (events == 0 || events == n) {
            throw new IllegalArgumentException("calibration statistics need events and non-events; got " + events
                    + " events in " + n);
        }
        double ybar = (double) events / n;
        double[] logit = new double[n];
        double l0 = 0;
        double l01 = 0;
        double brier = 0;
        double sNum = 0;
        double sVar = 0;
        for (int i = 0; i < n; i++) {
            logit[i] = Math.log(p[i] / (1 - p[i]));
            l0 += y[i] * Math.log(ybar) + (1 - y[i]) * Math.log(1 - ybar);
            l01 += y[i] * logit[i] - Math.log(1 + Math.exp(logit[i]));
            brier += (p[i] - y[i]) * (p[i] - y[i]);
            sNum += (y[i] - p[i]) * (1 - 2 * p[i]);
            sVar += (1 - 2 * p[i]) * (1 - 2 * p[i]) * p[i] * (1 - p[i]);
        }
        l0 *= -2;
        l01 *= -2;
        double lr = l0 - l01;
        double d = (lr - 1) / n;
        double r2 = (1 - Math.exp(-lr / n)) / (1 - Math.exp(-l0 / n));
        LogisticFit recal = recalibration(y, logit);
        double uChiSq = l01 - recal.deviance();
        double u = (uChiSq - 2) / n;
        double sZ = sNum / Math.sqrt(sVar);
        SmoothCalibration smooth = SmoothCalibration.of(y, p);
        double cBinned = Concordance.rmsBinned(y, p);
        double cExact = Concordance.exact(y, p);
        return new ValProb(n, Concordance.dxy(cBinned), cBinned, r2, d, lr, chiSquareUpperTail(lr, 1), u, uChiSq,
                chiSquareUpperTail(uChiSq, 2), d - u, brier / n, recal.estimate(0), recal.estimate(1), smooth.emax(),
                smooth.e90(), smooth.eavg(), sZ, DeLongTest.twoSidedP(sZ), cExact, Concordance.dxy(cExact));
    }

    /**
     * The recalibration fit logit P(y = 1) = a + b·lp (val.prob's {@code lrm.fit(logit, y)}), by the shared
     * {@link LogisticRegression} on the design (1, lp). No MLE (separated or constant predictions) is an
     * {@link IllegalArgumentException}.
     */
    static LogisticFit recalibration(int[] y, double[] lp) {
        double[][] x = new double[y.length][];
        double[] yd = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            x[i] = new double[] {1, lp[i]};
            yd[i] = y[i];
        }
        try {
            return LogisticRegression.fit(x, yd);
        } catch (org.tacerisk.common.BadInputException e) {
            throw new IllegalArgumentException("the recalibration fit of the outcome on logit(p) has no estimate"
                    + " (all predictions equal, or the outcome is perfectly separated): " + e.getMessage(), e);
        }
    }

    /** P(χ²_df > x); 1 for x ≤ 0 (a statistic that is 0 up to rounding). */
    static double chiSquareUpperTail(double x, int df) {
        return x <= 0 ? 1 : Gamma.regularizedGammaQ(df / 2.0, x / 2);
    }
}
