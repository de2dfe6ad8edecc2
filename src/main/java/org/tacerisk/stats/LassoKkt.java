package org.tacerisk.stats;

/**
 * Karush–Kuhn–Tucker check of a binomial LASSO solution on the original scale. With fitted probabilities p and
 * the score {@code g_j = Σ_i x_ij (y_i − p_i) / n}, a solution of
 * {@code −(1/n) loglik + λ Σ_j sd_j |β_j|} satisfies: Σ(y − p)/n = 0 (unpenalised intercept);
 * {@code g_j = λ·sd_j·sign(β_j)} for every non-zero β_j; {@code |g_j| ≤ λ·sd_j} for every zero β_j
 * (sd with divisor n, as glmnet standardises). The residuals are those of the reference's {@code kkt_check.csv}.
 *
 * @param interceptScore     |mean(y − p)|
 * @param maxActiveViolation max over non-zero β_j of |g_j − λ·sd_j·sign(β_j)| / λ
 * @param maxInactiveExcess  max over zero β_j of max(0, |g_j| − λ·sd_j) / λ
 */
public record LassoKkt(double interceptScore, double maxActiveViolation, double maxInactiveExcess) {

    /** The residuals of {@code coef} at its λ for predictors {@code x[j][i]} and 0/1 outcome {@code y}. */
    public static LassoKkt check(double[][] x, double[] y, LassoCoefficients coef) {
        int n = y.length;
        double lambda = coef.lambda();
        double[] eta = coef.linearPredictor(x);
        double[] residual = new double[n];
        double interceptScore = 0;
        for (int i = 0; i < n; i++) {
            residual[i] = y[i] - 1 / (1 + Math.exp(-eta[i]));
            interceptScore += residual[i];
        }
        double active = 0;
        double inactive = 0;
        for (int j = 0; j < x.length; j++) {
            double[] xj = x[j];
            double mean = 0;
            double g = 0;
            for (int i = 0; i < n; i++) {
                mean += xj[i];
                g += xj[i] * residual[i];
            }
            mean /= n;
            g /= n;
            double ss = 0;
            for (int i = 0; i < n; i++) {
                ss += (xj[i] - mean) * (xj[i] - mean);
            }
            double penalty = lambda * Math.sqrt(ss / n);
            double bj = coef.beta(j);
            if (bj != 0) {
                active = Math.max(active, Math.abs(g - penalty * Math.signum(bj)) / lambda);
            } else {
                inactive = Math.max(inactive, Math.max(0, Math.abs(g) - penalty) / lambda);
            }
        }
        return new LassoKkt(Math.abs(interceptScore / n), active, inactive);
    }
}
