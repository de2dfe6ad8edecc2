package org.tacerisk.stats;

/**
 * A model's prediction for one patient: the linear predictor (log-odds), the probability and its 95 % confidence
 * interval by the delta method on the logit scale, {@code plogis(lp -/+ qnorm(0.975) * sqrt(x'Vx))} (as
 * {@code predict(fit, se.fit = TRUE)} on the link scale, then transformed). All NaN when a predictor is missing.
 */
public record Prediction(double linearPredictor, double probability, double probabilityLow,
        double probabilityHigh, double linearPredictorSe) {

    static final Prediction MISSING = new Prediction(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    public boolean missing() {
        return Double.isNaN(linearPredictor);
    }

    /** From a design row {@code x} (intercept first), coefficients and their covariance (also used by bundles). */
    public static Prediction of(double[] x, double[] beta, double[][] covariance) {
        for (double v : x) {
            if (Double.isNaN(v)) {
                return MISSING;
            }
        }
        double lp = LogisticRegression.dot(x, beta);
        double var = 0;
        for (int j = 0; j < x.length; j++) {
            for (int k = 0; k < x.length; k++) {
                var += x[j] * covariance[j][k] * x[k];
            }
        }
        double se = Math.sqrt(Math.max(var, 0));
        return new Prediction(lp, LogisticRegression.plogis(lp),
                LogisticRegression.plogis(lp - LogisticFit.Z_975 * se),
                LogisticRegression.plogis(lp + LogisticFit.Z_975 * se), se);
    }
}
