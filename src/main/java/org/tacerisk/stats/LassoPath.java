package org.tacerisk.stats;

import java.util.List;
import java.util.Optional;

/**
 * A fitted binomial LASSO path, as R's {@code glmnet} object holds it: the λ's actually fitted (a default path
 * may stop before {@code nlambda}), and at each the intercept and coefficients on the original scale, {@code df}
 * and {@code dev.ratio}; also {@code nulldev} and the standardisation used. Immutable.
 */
public final class LassoPath {

    private final List<String> terms;
    private final double[] lambda;
    private final double[] intercept;
    private final double[][] beta;
    private final double[] devRatio;
    private final double nullDeviance;
    private final double[] means;
    private final double[] sds;
    private final int passes;
    private final String warning;

    LassoPath(List<String> terms, double[] lambda, double[] intercept, double[][] beta, double[] devRatio,
            double nullDeviance, double[] means, double[] sds, int passes, String warning) {
        this.terms = List.copyOf(terms);
        this.lambda = lambda;
        this.intercept = intercept;
        this.beta = beta;
        this.devRatio = devRatio;
        this.nullDeviance = nullDeviance;
        this.means = means;
        this.sds = sds;
        this.passes = passes;
        this.warning = warning;
    }

    /** Number of λ's fitted. */
    public int size() {
        return lambda.length;
    }

    public List<String> terms() {
        return terms;
    }

    public double[] lambda() {
        return lambda.clone();
    }

    public double lambda(int step) {
        return lambda[step];
    }

    /** The solution at the 0-based {@code step} of the path. */
    public LassoCoefficients at(int step) {
        return new LassoCoefficients(lambda[step], intercept[step], beta[step], terms);
    }

    /** The solution at any λ, interpolated linearly between grid points as {@code coef(fit, s = s)} does. */
    public LassoCoefficients coefficientsAt(double s) {
        LambdaInterpolation where = LambdaInterpolation.at(lambda, s);
        double[] left = beta[where.left()];
        double[] right = beta[where.right()];
        double[] b = new double[left.length];
        for (int j = 0; j < b.length; j++) {
            b[j] = where.blend(left[j], right[j]);
        }
        return new LassoCoefficients(s, where.blend(intercept[where.left()], intercept[where.right()]), b, terms);
    }

    /** Non-zero coefficients at {@code step} ({@code fit$df}). */
    public int df(int step) {
        return at(step).df();
    }

    /** Fraction of the null deviance explained at {@code step} ({@code fit$dev.ratio}). */
    public double devRatio(int step) {
        return devRatio[step];
    }

    /** Deviance of the intercept-only model, {@code fit$nulldev}. */
    public double nullDeviance() {
        return nullDeviance;
    }

    /** Column means used for standardisation (weights 1/n). */
    public double[] means() {
        return means.clone();
    }

    /** Column standard deviations with divisor n, as glmnet standardises. */
    public double[] standardDeviations() {
        return sds.clone();
    }

    /** Coordinate-descent passes used ({@code fit$npasses}). */
    public int passes() {
        return passes;
    }

    /** glmnet's warning when a λ did not converge within maxit passes (the path is then cut before it). */
    public Optional<String> warning() {
        return Optional.ofNullable(warning);
    }
}
