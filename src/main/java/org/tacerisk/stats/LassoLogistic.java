package org.tacerisk.stats;

import java.util.List;

/**
 * L1-penalised logistic regression, compatible with R's
 * {@code glmnet(x, y, family = "binomial", alpha = 1, standardize = TRUE)} (glmnet 4.1-6). It minimises
 * {@code −(1/n) Σ [y η − log(1 + e^η)] + λ Σ_j sd_j |β_j|} over a decreasing sequence of λ's: the penalty falls on
 * the standardised coefficients (sd with divisor n), the intercept is not penalised, and coefficients are returned
 * on the original scale. The default sequence has {@code nlambda} values log-spaced from λ_max (the smallest λ
 * with all coefficients zero) down to {@code lambda.min.ratio·λ_max}, and stops early under glmnet's rules.
 * See {@link LogisticPathSolver} for the algorithm.
 */
public final class LassoLogistic {

    private LassoLogistic() {
    }

    /**
     * Fits the path.
     *
     * @param x       predictors, column-major: {@code x[j][i]} is predictor j of observation i
     * @param y       outcome, 0 or 1
     * @param terms   the predictors' names (for coefficient maps)
     * @param options glmnet settings
     */
    public static LassoPath fit(double[][] x, double[] y, List<String> terms, LassoOptions options) {
        return fit(x, y, null, terms, options);
    }

    /** Fits the path to the observations {@code rows} only (all when null); {@code y} is indexed like x's rows. */
    public static LassoPath fit(double[][] x, double[] y, int[] rows, List<String> terms, LassoOptions options) {
        check(x, y, terms);
        double[] ySub = y;
        if (rows != null) {
            ySub = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                ySub[i] = y[rows[i]];
            }
        }
        StandardisedDesign design = StandardisedDesign.of(x, rows);
        LogisticPathSolver.Solution s = LogisticPathSolver.solve(design, ySub, options);
        int steps = s.lambda().length;
        if (steps == 0) {
            throw new IllegalArgumentException("the first λ did not converge: " + s.warning());
        }
        double[][] beta = new double[steps][];
        double[] intercept = new double[steps];
        for (int k = 0; k < steps; k++) {
            // Back to the original scale as glmnet does: b_j / sd_j, and the intercept absorbs the centring.
            double[] bk = s.beta()[k];
            double[] original = new double[design.p];
            double a0 = s.intercept()[k];
            for (int j = 0; j < design.p; j++) {
                if (bk[j] != 0) {
                    original[j] = bk[j] / design.sd[j];
                }
            }
            double shift = 0;
            for (int j = 0; j < design.p; j++) {
                shift += original[j] * design.mean[j];
            }
            beta[k] = original;
            intercept[k] = a0 - shift;
        }
        return new LassoPath(terms, s.lambda(), intercept, beta, s.devRatio(), s.nullDeviance(), design.mean,
                design.sd, s.passes(), s.warning());
    }

    private static void check(double[][] x, double[] y, List<String> terms) {
        if (x.length == 0) {
            throw new IllegalArgumentException("a LASSO needs at least one predictor");
        }
        if (terms.size() != x.length) {
            throw new IllegalArgumentException(terms.size() + " names for " + x.length + " predictors");
        }
        for (double[] column : x) {
            if (column.length != y.length) {
                throw new IllegalArgumentException("every predictor column needs " + y.length + " values");
            }
            for (double value : column) {
                if (!Double.isFinite(value)) {
                    throw new IllegalArgumentException("predictors must be finite (remove rows with NA first)");
                }
            }
        }
        for (double value : y) {
            if (value != 0 && value != 1) {
                throw new IllegalArgumentException("the outcome must be coded 0/1, found " + value);
            }
        }
    }
}
