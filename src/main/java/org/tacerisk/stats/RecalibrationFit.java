package org.tacerisk.stats;

/**
 * The logistic recalibration fit {@code logit P(y = 1) = a + b·lp} of val.prob (there: {@code lrm.fit(logit, y)}),
 * by plain Newton–Raphson on two parameters with step halving, started at the identity (a = 0, b = 1).
 *
 * <p>Deliberately tiny and private to calibration: the general {@code LogisticRegression} is being written
 * separately, and this should be replaced by it once that exists.
 */
final class RecalibrationFit {

    final double intercept;
    final double slope;
    /** −2·log-likelihood at (intercept, slope). */
    final double deviance;

    private RecalibrationFit(double intercept, double slope, double deviance) {
        this.intercept = intercept;
        this.slope = slope;
        this.deviance = deviance;
    }

    static RecalibrationFit fit(int[] y, double[] lp) {
        double a = 0;
        double b = 1;
        double dev = deviance(y, lp, a, b);
        for (int iteration = 0; iteration < 100; iteration++) {
            // Score g and information H of the log-likelihood in (a, b).
            double g0 = 0;
            double g1 = 0;
            double h00 = 0;
            double h01 = 0;
            double h11 = 0;
            for (int i = 0; i < y.length; i++) {
                double pi = 1 / (1 + Math.exp(-(a + b * lp[i])));
                double r = y[i] - pi;
                double w = pi * (1 - pi);
                g0 += r;
                g1 += r * lp[i];
                h00 += w;
                h01 += w * lp[i];
                h11 += w * lp[i] * lp[i];
            }
            double det = h00 * h11 - h01 * h01;
            if (!(det > 0)) {
                throw new IllegalArgumentException("the recalibration fit is singular (all predictions equal, or"
                        + " the outcome is perfectly separated)");
            }
            double da = (h11 * g0 - h01 * g1) / det;
            double db = (h00 * g1 - h01 * g0) / det;
            double step = 1;
            double newDev = deviance(y, lp, a + da, b + db);
            while (newDev > dev && step > 1e-10) {
                step /= 2;
                newDev = deviance(y, lp, a + step * da, b + step * db);
            }
            a += step * da;
            b += step * db;
            boolean converged = Math.abs(step * da) <= 1e-13 * (1 + Math.abs(a))
                    && Math.abs(step * db) <= 1e-13 * (1 + Math.abs(b));
            dev = newDev;
            if (converged) {
                break;
            }
        }
        return new RecalibrationFit(a, b, dev);
    }

    /** −2 Σ [y·η − log(1 + e^η)] with η = a + b·lp, in the overflow-safe form. */
    static double deviance(int[] y, double[] lp, double a, double b) {
        double ll = 0;
        for (int i = 0; i < y.length; i++) {
            double eta = a + b * lp[i];
            ll += y[i] * eta - (Math.max(eta, 0) + Math.log1p(Math.exp(-Math.abs(eta))));
        }
        return -2 * ll;
    }
}
