package org.tacerisk.model.update;

import org.tacerisk.stats.LogisticFit;
import org.tacerisk.stats.LogisticRegression;

/**
 * Fits each update method on a site's cohort, by maximum likelihood with the project's {@link LogisticRegression}
 * (R's {@code glm(..., family = binomial)} converged tightly), given the bundle's coefficients β (intercept first)
 * and their covariance Σ from development, and the bundle's linear predictor lp = xβ per case:
 * <ul>
 * <li>INTERCEPT, recalibration in the large: {@code glm(y ~ 1 + offset(lp))} gives a; β' = β with β'₀ = β₀ + a.
 * The new linear predictor is lp + a, so its variance is x'Σx + Var(a) (development and local data independent):
 * Σ' = Σ with Σ'₀₀ = Σ₀₀ + Var(a).</li>
 * <li>LOGISTIC, logistic recalibration: {@code glm(y ~ lp)} gives (a, b); β' = bβ, β'₀ = a + bβ₀. By the delta
 * method, with (a, b) independent of β: Σ' = b²Σ + Var(a)e₀e₀' + Var(b)ββ' + Cov(a, b)(e₀β' + βe₀').</li>
 * <li>REFIT, model revision: {@code glm(y ~ terms)} on the bundle's own terms (the signatures kept as they are);
 * β' and Σ' are that fit's.</li>
 * <li>ORIGINAL: β and Σ unchanged.</li>
 * </ul>
 */
public final class ModelUpdates {

    private ModelUpdates() {
    }

    public static UpdatedModel fit(LocalCohort data, double[] beta, double[][] sigma, UpdateMethod method) {
        int k = beta.length;
        double[] y = data.outcomes();
        int n = y.length;
        switch (method) {
            case ORIGINAL -> {
                return new UpdatedModel(method, beta.clone(), copy(sigma),
                        LogisticRegression.deviance(y, data.linearPredictors()), 0, 1);
            }
            case INTERCEPT -> {
                double[][] ones = new double[n][];
                for (int i = 0; i < n; i++) {
                    ones[i] = new double[] {1};
                }
                LogisticFit fit = LogisticRegression.fit(ones, y, data.linearPredictors());
                double a = fit.estimate(0);
                double[] b = beta.clone();
                b[0] += a;
                double[][] v = copy(sigma);
                v[0][0] += fit.covariance()[0][0];
                return new UpdatedModel(method, b, v, fit.deviance(), a, 1);
            }
            case LOGISTIC -> {
                LogisticFit fit = recalibration(data);
                double a = fit.estimate(0);
                double s = fit.estimate(1);
                double[][] c = fit.covariance();
                double[] b = new double[k];
                double[][] v = new double[k][k];
                for (int j = 0; j < k; j++) {
                    b[j] = s * beta[j];
                    for (int l = 0; l < k; l++) {
                        v[j][l] = s * s * sigma[j][l] + c[1][1] * beta[j] * beta[l]
                                + c[0][1] * ((j == 0 ? beta[l] : 0) + (l == 0 ? beta[j] : 0));
                    }
                }
                b[0] += a;
                v[0][0] += c[0][0];
                return new UpdatedModel(method, b, v, fit.deviance(), a, s);
            }
            case REFIT -> {
                LogisticFit fit = LogisticRegression.fit(data.design(), y);
                return new UpdatedModel(method, fit.estimates().clone(), copy(fit.covariance()), fit.deviance(), 0,
                        1);
            }
            default -> throw new IllegalArgumentException("unknown method " + method);
        }
    }

    /** {@code glm(y ~ lp)}: the calibration intercept a and slope b of the bundle's linear predictor. */
    static LogisticFit recalibration(LocalCohort data) {
        double[] lp = data.linearPredictors();
        double[][] x = new double[lp.length][];
        for (int i = 0; i < lp.length; i++) {
            x[i] = new double[] {1, lp[i]};
        }
        return LogisticRegression.fit(x, data.outcomes());
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }
}
