package org.tacerisk.stats;

import java.util.Arrays;

/**
 * Settings of a binomial LASSO fit, named and defaulted as in R's {@code glmnet()} and {@code glmnet.control()}
 * (glmnet 4.1-6): {@code nlambda = 100}, {@code lambda.min.ratio} 1e-4 when n > p and 0.01 otherwise,
 * {@code thresh = 1e-7}, {@code maxit = 1e5}, {@code fdev = 1e-5}, {@code devmax = 0.999}, {@code mnlam = 5},
 * {@code pmin = 1e-9}. Immutable.
 *
 * @param nlambda        length of the default λ sequence
 * @param lambdaMinRatio smallest λ as a fraction of λ_max; NaN means glmnet's default for the data's shape
 * @param lambda         a user-given decreasing λ sequence, or null for the default one. As in glmnet, a user
 *                       sequence is fitted in full: the path's early-stopping rule applies only to the default one
 * @param thresh         convergence threshold of coordinate descent; glmnet scales it by the null deviance
 * @param maxit          the most coordinate-descent passes over the whole path
 */
public record LassoOptions(int nlambda, double lambdaMinRatio, double[] lambda, double thresh, int maxit) {

    /** glmnet's {@code fdev}: the path stops when dev.ratio grows by less than this between two λ's. */
    public static final double FDEV = 1e-5;
    /** glmnet's {@code devmax}: the path stops once dev.ratio exceeds this. */
    public static final double DEVMAX = 0.999;
    /** glmnet's {@code mnlam}: the stopping rules are not applied before this many λ's. */
    public static final int MNLAM = 5;
    /** glmnet's {@code pmin}: fitted probabilities are kept this far from 0 and 1. */
    public static final double PMIN = 1e-9;
    /** glmnet's {@code eps}: the smallest λ ratio accepted. */
    public static final double EPS = 1e-6;

    public LassoOptions {
        if (nlambda < 1) {
            throw new IllegalArgumentException("nlambda must be at least 1, not " + nlambda);
        }
        if (!(thresh > 0) || maxit < 1) {
            throw new IllegalArgumentException("thresh must be positive and maxit at least 1");
        }
        if (lambda != null) {
            lambda = lambda.clone();
            for (int k = 0; k < lambda.length; k++) {
                if (!(lambda[k] >= 0) || (k > 0 && lambda[k] > lambda[k - 1])) {
                    throw new IllegalArgumentException("a user λ sequence must be non-negative and decreasing");
                }
            }
        }
    }

    /** {@code glmnet(x, y, family = "binomial")} with every default. */
    public static LassoOptions glmnetDefaults() {
        return new LassoOptions(100, Double.NaN, null, 1e-7, 100_000);
    }

    /** The same λ's fitted to convergence: {@code glmnet(..., lambda = lambda, thresh = 1e-14, maxit = 1e7)}. */
    public static LassoOptions tight(double[] lambda) {
        return new LassoOptions(100, Double.NaN, lambda, 1e-14, 10_000_000);
    }

    public LassoOptions withLambda(double[] userLambda) {
        return new LassoOptions(nlambda, lambdaMinRatio, userLambda, thresh, maxit);
    }

    public LassoOptions withThresh(double newThresh, int newMaxit) {
        return new LassoOptions(nlambda, lambdaMinRatio, lambda, newThresh, newMaxit);
    }

    @Override
    public double[] lambda() {
        return lambda == null ? null : lambda.clone();
    }

    /** glmnet's default {@code lambda.min.ratio}: 1e-4 when there are more observations than predictors. */
    double effectiveMinRatio(int n, int p) {
        if (!Double.isNaN(lambdaMinRatio)) {
            return lambdaMinRatio;
        }
        return n > p ? 1e-4 : 0.01;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LassoOptions other && nlambda == other.nlambda
                && Double.compare(lambdaMinRatio, other.lambdaMinRatio) == 0 && Arrays.equals(lambda, other.lambda)
                && Double.compare(thresh, other.thresh) == 0 && maxit == other.maxit;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(lambda) * 31 + Double.hashCode(thresh) + nlambda + maxit;
    }

    @Override
    public String toString() {
        return "LassoOptions[nlambda=" + nlambda + ", lambdaMinRatio=" + lambdaMinRatio + ", lambda="
                + (lambda == null ? "default" : lambda.length + " values") + ", thresh=" + thresh + ", maxit="
                + maxit + "]";
    }
}
