package org.tacerisk.stats;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.Finding;

/**
 * Binary logistic regression by maximum likelihood, matching R's {@code glm(y ~ ..., family = binomial)}
 * ({@code stats::glm.fit}): iteratively reweighted least squares, which for the canonical logit link is
 * Newton-Raphson, started where glm starts ({@code mustart = (y + 0.5)/2}), with step-halving when the deviance is
 * not finite or increases. Unlike glm's default control, it iterates until the coefficients stop changing at
 * machine precision, so the standard errors are those at the MLE (R's {@code _tight} fits).
 *
 * <p>Before fitting, {@link DesignChecks} rejects unusable designs and {@link SeparationCheck} rejects separated
 * data, naming the predictors, instead of returning diverging coefficients.
 */
public final class LogisticRegression {

    static final int MAX_ITERATIONS = 100;
    private static final double R_DEFAULT_EPSILON = 1e-8;
    private static final double R_TIGHT_EPSILON = 1e-14;

    private LogisticRegression() {
    }

    /** Checks the design and the data for separation, then fits. */
    public static LogisticFit fit(ModelFrame frame) {
        List<Finding> findings = new ArrayList<>(frame.findings());
        findings.addAll(DesignChecks.check(frame));
        double[][] x = frame.x();
        double[] y = frame.y();
        List<String> terms = frame.termNames();
        List<String> separating = SeparationCheck.separatingTerms(x, y, terms);
        if (!separating.isEmpty()) {
            List<String> predictors = new ArrayList<>();
            for (String t : separating) {
                String p = frame.predictorOfTerm(terms.indexOf(t));
                if (!predictors.contains(p)) {
                    predictors.add(p);
                }
            }
            throw new BadInputException(null, "complete or quasi-complete separation: the outcome \""
                    + frame.outcome() + "\" is perfectly predicted by " + String.join(", ", predictors)
                    + (predictors.size() > 1 ? " (together)" : "")
                    + " for some rows, so the maximum-likelihood estimate does not exist (coefficients diverge);"
                    + " remove or merge categories of these predictors, or use penalised (Firth) regression");
        }
        return converged(irls(x, y, new double[y.length], null), x, y, new double[y.length], terms, findings);
    }

    /**
     * Fits a ready design matrix (one row per observation; an intercept column, when wanted, is the caller's), as
     * {@code glm.fit(x, y, family = binomial())} does: for bootstrap refits ({@code rms::predab.resample} refits
     * {@code lrm.fit(x[j, ], y[j])}) and recalibration fits ({@code val.prob}'s {@code lrm.fit(logit, y)}). Terms
     * are named {@code x1}, {@code x2}, ... Separation is looked for by linear programming ({@link SeparationCheck})
     * only when the fit shows its signs, i.e. it fails, does not converge, or fits a probability within about 1e-9
     * of 0 or 1; that keeps 200 refits fast. No design checks and no findings.
     *
     * @throws BadInputException when the outcome is constant, the data are separated (the MLE does not exist),
     *                           the information matrix is singular or the fit does not converge
     */
    public static LogisticFit fit(double[][] x, double[] y) {
        if (x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException(x.length + " design rows for " + y.length + " outcomes");
        }
        List<String> terms = readyDesignTerms(x, y);
        Irls result = null;
        BadInputException failure = null;
        try {
            result = irls(x, y, new double[y.length], null);
        } catch (BadInputException e) {
            failure = e;
        }
        if ((result == null || !result.converged || saturated(x, result.beta) || !Double.isFinite(result.deviance))
                && !SeparationCheck.separatingTerms(x, y, terms).isEmpty()) {
            throw new BadInputException(null, "complete or quasi-complete separation: the maximum-likelihood"
                    + " estimate does not exist (coefficients diverge)");
        }
        if (failure != null) {
            throw failure;
        }
        return converged(result, x, y, new double[y.length], terms, List.of());
    }

    /**
     * {@code glm(y ~ x - 1 + offset(offset), family = binomial)} on a ready design: a model whose linear predictor
     * is {@code x·beta + offset}, the offset's coefficient fixed at 1. With x a column of 1 and the offset an old
     * model's linear predictor this is recalibration in the large (the new intercept). The linear predictors of the
     * result include the offset; its {@code nullDeviance} is that of the intercept-only model without the offset.
     *
     * @throws BadInputException when the outcome is constant or the fit does not converge
     */
    public static LogisticFit fit(double[][] x, double[] y, double[] offset) {
        if (x.length != y.length || offset.length != y.length || x.length == 0) {
            throw new IllegalArgumentException(x.length + " design rows and " + offset.length + " offsets for "
                    + y.length + " outcomes");
        }
        List<String> terms = readyDesignTerms(x, y);
        return converged(irls(x, y, offset, null), x, y, offset, terms, List.of());
    }

    /**
     * Checks the outcomes of a ready design (0/1, not constant) and names its terms {@code x1}, {@code x2}, ...
     *
     * @throws BadInputException when the outcome is constant
     */
    private static List<String> readyDesignTerms(double[][] x, double[] y) {
        int events = 0;
        for (double v : y) {
            if (v != 0 && v != 1) {
                throw new IllegalArgumentException("outcome " + v + " is not 0 or 1");
            }
            events += (int) v;
        }
        if (events == 0 || events == y.length) {
            throw new BadInputException(null, "the outcome is " + (events == 0 ? 0 : 1) + " in every row");
        }
        List<String> terms = new ArrayList<>();
        for (int j = 0; j < x[0].length; j++) {
            terms.add("x" + (j + 1));
        }
        return terms;
    }

    /** Whether some fitted probability is within about 1e-9 of 0 or 1 (|lp| > 20, or NaN): a sign of separation. */
    private static boolean saturated(double[][] x, double[] beta) {
        for (double[] row : x) {
            if (!(Math.abs(dot(row, beta)) <= 20)) {
                return true;
            }
        }
        return false;
    }

    private static LogisticFit converged(Irls result, double[][] x, double[] y, double[] offset, List<String> terms,
            List<Finding> findings) {
        if (!result.converged || !Double.isFinite(result.deviance)) {
            throw new BadInputException(null, "the logistic fit did not converge in " + MAX_ITERATIONS
                    + " iterations (deviance " + result.deviance + "); check the predictors for extreme values");
        }
        double[][] covariance = inverseInformation(x, result.beta, offset);
        int events = 0;
        for (double v : y) {
            events += (int) v;
        }
        double[] lp = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            lp[i] = dot(x[i], result.beta) + offset[i];
        }
        return new LogisticFit(terms, result.beta, covariance, result.deviance, nullDeviance(y), y.length, events,
                result.iterations, result.rDefaultIterations, result.rTightIterations, lp, findings);
    }

    /** The outcome of the IRLS/Newton iterations. */
    record Irls(double[] beta, double deviance, int iterations, int rDefaultIterations, int rTightIterations,
            boolean converged) {
    }

    /**
     * IRLS with offset (as {@code glm.fit}); {@code start} null means glm's starting values from the outcome. Runs
     * glm's iterations until its criterion with epsilon 1e-14 holds, then polishes with Newton steps until the
     * coefficients no longer change.
     */
    static Irls irls(double[][] x, double[] y, double[] offset, double[] start) {
        int n = y.length;
        int p = x[0].length;
        double[] eta = new double[n];
        double devold;
        double[] beta = start == null ? null : start.clone();
        if (beta == null) {
            for (int i = 0; i < n; i++) {
                double mu = (y[i] + 0.5) / 2;
                eta[i] = Math.log(mu / (1 - mu));
            }
        } else {
            for (int i = 0; i < n; i++) {
                eta[i] = dot(x[i], beta) + offset[i];
            }
        }
        devold = deviance(y, eta);
        int rDefault = -1;
        int rTight = -1;
        int iter = 0;
        double dev = devold;
        while (iter < MAX_ITERATIONS) {
            iter++;
            double[] w = new double[n];
            double[] z = new double[n];
            for (int i = 0; i < n; i++) {
                double mu = plogis(eta[i]);
                w[i] = mu * (1 - mu);
                z[i] = eta[i] - offset[i] + (y[i] - mu) / w[i];
            }
            double[] next = solveWeighted(x, w, z);
            dev = deviance(y, linear(x, next, offset));
            int halvings = 0;
            // glm halves only for a non-finite deviance; halving also when it increases keeps warm starts safe
            // (never triggered on the way from glm's own starting values, where beta is null in iteration 1)
            while (beta != null && (!Double.isFinite(dev) || dev > devold * (1 + 1e-12)) && halvings < 50) {
                for (int j = 0; j < p; j++) {
                    next[j] = (next[j] + beta[j]) / 2;
                }
                dev = deviance(y, linear(x, next, offset));
                halvings++;
            }
            if (!Double.isFinite(dev)) {
                return new Irls(next, dev, iter, rDefault, rTight, false);
            }
            double criterion = Math.abs(dev - devold) / (Math.abs(dev) + 0.1);
            beta = next;
            eta = linear(x, beta, offset);
            devold = dev;
            if (rDefault < 0 && criterion < R_DEFAULT_EPSILON) {
                rDefault = iter;
            }
            if (criterion < R_TIGHT_EPSILON) {
                rTight = iter;
                break;
            }
        }
        if (rTight < 0) {
            return new Irls(beta, dev, iter, rDefault, rTight, false);
        }
        // Polish: Newton steps on the gradient until the step is below rounding (usually one or two).
        for (int k = 0; k < 5; k++) {
            double[] w = new double[n];
            double[] score = new double[n];
            for (int i = 0; i < n; i++) {
                double mu = plogis(eta[i]);
                w[i] = mu * (1 - mu);
                score[i] = (y[i] - mu) / w[i];
            }
            double[] step = solveWeighted(x, w, score);
            if (!java.util.Arrays.stream(step).allMatch(Double::isFinite)) {
                break; // weights underflowed (fitted probabilities of 0 or 1): keep the IRLS solution
            }
            double largest = 0;
            for (int j = 0; j < p; j++) {
                largest = Math.max(largest, Math.abs(step[j]) / (1 + Math.abs(beta[j])));
                beta[j] += step[j];
            }
            iter++;
            eta = linear(x, beta, offset);
            if (largest < 1e-15) {
                break;
            }
        }
        return new Irls(beta, deviance(y, eta), iter, rDefault, rTight, true);
    }

    /** Inverse of the information X'WX at {@code beta}: the covariance of the MLE. */
    static double[][] inverseInformation(double[][] x, double[] beta, double[] offset) {
        int n = x.length;
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            double mu = plogis(dot(x[i], beta) + offset[i]);
            w[i] = mu * (1 - mu);
        }
        return cholesky(crossProduct(x, w)).getSolver().getInverse().getData();
    }

    /** Weighted least squares {@code (X'WX)^-1 X'W z}. */
    private static double[] solveWeighted(double[][] x, double[] w, double[] z) {
        int p = x[0].length;
        double[] rhs = new double[p];
        for (int i = 0; i < x.length; i++) {
            double wz = w[i] * z[i];
            for (int j = 0; j < p; j++) {
                rhs[j] += x[i][j] * wz;
            }
        }
        return cholesky(crossProduct(x, w)).getSolver().solve(new ArrayRealVector(rhs, false)).toArray();
    }

    private static CholeskyDecomposition cholesky(RealMatrix m) {
        try {
            return new CholeskyDecomposition(m, 1e-10, 0);
        } catch (NonPositiveDefiniteMatrixException e) {
            throw new BadInputException(null, "the information matrix is singular: fitted probabilities are 0 or 1"
                    + " for so many rows that the coefficients cannot be estimated (separation or collinearity)");
        }
    }

    private static RealMatrix crossProduct(double[][] x, double[] w) {
        int p = x[0].length;
        double[][] a = new double[p][p];
        for (int i = 0; i < x.length; i++) {
            double[] xi = x[i];
            for (int j = 0; j < p; j++) {
                double v = w[i] * xi[j];
                for (int k = 0; k <= j; k++) {
                    a[j][k] += v * xi[k];
                }
            }
        }
        for (int j = 0; j < p; j++) {
            for (int k = j + 1; k < p; k++) {
                a[j][k] = a[k][j];
            }
        }
        return new Array2DRowRealMatrix(a, false);
    }

    /** Binomial deviance of 0/1 outcomes at linear predictor eta: {@code sum(binomial()$dev.resids(y, mu, 1))}. */
    public static double deviance(double[] y, double[] eta) {
        double d = 0;
        for (int i = 0; i < y.length; i++) {
            // -2 log P(y_i): log(1 + exp(-eta)) for y = 1, log(1 + exp(eta)) for y = 0, computed without overflow
            double t = y[i] == 1 ? -eta[i] : eta[i];
            d += 2 * (Math.max(t, 0) + Math.log1p(Math.exp(-Math.abs(t))));
        }
        return d;
    }

    /** Deviance of the intercept-only model (glm's null deviance when the model has an intercept and no offset). */
    static double nullDeviance(double[] y) {
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= y.length;
        double eta = Math.log(mean / (1 - mean));
        double[] e = new double[y.length];
        java.util.Arrays.fill(e, eta);
        return deviance(y, e);
    }

    /** {@code plogis(eta)}, accurate in both tails. */
    public static double plogis(double eta) {
        return eta >= 0 ? 1 / (1 + Math.exp(-eta)) : Math.exp(eta) / (1 + Math.exp(eta));
    }

    static double[] linear(double[][] x, double[] beta, double[] offset) {
        double[] eta = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            eta[i] = dot(x[i], beta) + offset[i];
        }
        return eta;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            s += a[j] * b[j];
        }
        return s;
    }
}
