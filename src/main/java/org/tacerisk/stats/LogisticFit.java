package org.tacerisk.stats;

import java.util.List;
import org.apache.commons.math3.special.Erf;
import org.tacerisk.common.Finding;

/**
 * A converged maximum-likelihood logistic fit, with the quantities R's {@code summary(glm(..., family = binomial))}
 * reports. Standard errors come from the observed (= expected, for the canonical logit link) information
 * {@code X'WX} evaluated at the MLE, i.e. what {@code vcov()} gives after a tightly converged glm.
 *
 * @param termNames          term names as R names them, {@code (Intercept)} first
 * @param estimates          coefficients (log-odds scale)
 * @param covariance         inverse information at the MLE ({@code vcov(fit)})
 * @param deviance           residual deviance
 * @param nullDeviance       deviance of the intercept-only model
 * @param n                  rows used
 * @param events             rows with outcome 1
 * @param iterations         Newton-Raphson iterations of this implementation until tight convergence
 * @param rGlmIterations     the {@code fit$iter} R's glm would report with the default {@code glm.control()}
 *                           (epsilon 1e-8): this implementation runs R's IRLS from R's starting values
 *                           ({@code mustart = (y + 0.5)/2}) and counts when R's criterion
 *                           {@code |dev - devold|/(|dev| + 0.1) < 1e-8} is first met
 * @param rGlmIterationsTight the same count for {@code glm.control(epsilon = 1e-14)}
 * @param linearPredictors   the fitted linear predictor of each row used
 * @param findings           warnings about the data (missing rows dropped, few events per term)
 */
public record LogisticFit(List<String> termNames, double[] estimates, double[][] covariance, double deviance,
        double nullDeviance, int n, int events, int iterations, int rGlmIterations, int rGlmIterationsTight,
        double[] linearPredictors, List<Finding> findings) {

    /** {@code qnorm(0.975)} as R computes it. */
    public static final double Z_975 = 1.959963984540054;

    public int terms() {
        return termNames.size();
    }

    public double estimate(int j) {
        return estimates[j];
    }

    public double standardError(int j) {
        return Math.sqrt(covariance[j][j]);
    }

    /** Wald statistic {@code estimate / se}. */
    public double z(int j) {
        return estimates[j] / standardError(j);
    }

    /** Two-sided Wald p-value {@code 2 * pnorm(-|z|)}, as {@code summary.glm} prints it. */
    public double p(int j) {
        return Erf.erfc(Math.abs(z(j)) / Math.sqrt(2.0));
    }

    public double oddsRatio(int j) {
        return Math.exp(estimates[j]);
    }

    /** {@code exp(confint.default(fit))}: exp(b - qnorm(0.975) se). */
    public double oddsRatioWaldLow(int j) {
        return Math.exp(estimates[j] - Z_975 * standardError(j));
    }

    public double oddsRatioWaldHigh(int j) {
        return Math.exp(estimates[j] + Z_975 * standardError(j));
    }

    /** {@code logLik(fit)}: for 0/1 outcomes the saturated log-likelihood is 0, so it is -deviance/2. */
    public double logLik() {
        return -deviance / 2;
    }

    /** {@code AIC(fit)} = -2 logLik + 2 (number of coefficients). */
    public double aic() {
        return deviance + 2 * terms();
    }

    public int dfResidual() {
        return n - terms();
    }

    public int dfNull() {
        return n - 1;
    }

    public int indexOf(String term) {
        int j = termNames.indexOf(term);
        if (j < 0) {
            throw new IllegalArgumentException("no term " + term + " in " + termNames);
        }
        return j;
    }
}
