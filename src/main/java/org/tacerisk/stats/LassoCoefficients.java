package org.tacerisk.stats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A LASSO solution on the original scale of the predictors, as {@code coef(fit, s = lambda)} prints it:
 * an unpenalised intercept and one coefficient per predictor (exact zeros for predictors not selected).
 */
public record LassoCoefficients(double lambda, double intercept, double[] beta, List<String> terms) {

    /** R's name of the intercept term. */
    public static final String INTERCEPT = "(Intercept)";

    public LassoCoefficients {
        beta = beta.clone();
        terms = List.copyOf(terms);
        if (terms.size() != beta.length) {
            throw new IllegalArgumentException(terms.size() + " term names for " + beta.length + " coefficients");
        }
    }

    @Override
    public double[] beta() {
        return beta.clone();
    }

    public double beta(int j) {
        return beta[j];
    }

    /** Number of non-zero coefficients, glmnet's {@code df} (the intercept not counted). */
    public int df() {
        int df = 0;
        for (double b : beta) {
            if (b != 0) {
                df++;
            }
        }
        return df;
    }

    /** Term → value, intercept first as {@code "(Intercept)"}, then every predictor in order. */
    public Map<String, Double> asMap() {
        Map<String, Double> map = new LinkedHashMap<>();
        map.put(INTERCEPT, intercept);
        for (int j = 0; j < beta.length; j++) {
            map.put(terms.get(j), beta[j]);
        }
        return map;
    }

    /** intercept + Σ β_j x_j for each row of the column-major matrix {@code x[j][i]}. */
    public double[] linearPredictor(double[][] x) {
        return linearPredictor(x, null);
    }

    /** The linear predictor for the rows {@code rows} of {@code x[j][i]} (all rows when null). */
    public double[] linearPredictor(double[][] x, int[] rows) {
        if (x.length != beta.length) {
            throw new IllegalArgumentException(x.length + " columns for " + beta.length + " coefficients");
        }
        int n = rows != null ? rows.length : x.length == 0 ? 0 : x[0].length;
        double[] eta = new double[n];
        java.util.Arrays.fill(eta, intercept);
        for (int j = 0; j < beta.length; j++) {
            if (beta[j] == 0) {
                continue;
            }
            double bj = beta[j];
            double[] xj = x[j];
            for (int i = 0; i < n; i++) {
                eta[i] += bj * xj[rows == null ? i : rows[i]];
            }
        }
        return eta;
    }
}
