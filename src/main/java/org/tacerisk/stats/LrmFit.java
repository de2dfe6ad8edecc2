package org.tacerisk.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * A binary logistic fit that stops where {@code rms::lrm.fit} (rms 6.5-0; the Fortran routine {@code lrmfit}
 * behind it) stops with its default controls {@code maxit = 12, eps = 0.025}, for the refits inside
 * {@code rms::validate} / {@code rms::calibrate} ({@code validate.lrm}'s {@code lrmfit} and
 * {@code calibrate.default}'s {@code fitit} both call {@code lrm.fit(x, y, tol = 1e-13)}). Unlike
 * {@link LogisticRegression}, it does not iterate to the MLE and does not refuse separated data: on a separated
 * resample it returns the finite, inflated coefficients lrm.fit returns, as rms uses them.
 *
 * <p>The iteration, as lrm.fit's documentation (arguments {@code initial}, {@code maxit}, {@code eps},
 * {@code tol}) and {@code lrmfit} define it:
 * <ol>
 * <li>Start: intercept {@code qlogis(mean(y))}, every other coefficient 0 (lrm.fit's default {@code initial}).</li>
 * <li>Pass k = 1, ..., maxit − 1: evaluate −2 log L, the score u and the information V at the current β, with
 * every linear predictor clamped to [−30, 30] before {@code plogis} (lrmfit's {@code lprob}).
 * <ul>
 * <li>If max|u| &lt; 1e-9 and |−2LL − previous −2LL| &lt; eps/10: converged (lrm.fit's rule for starting values
 * that are already the MLE).</li>
 * <li>Else if −2LL increased over the last accepted point: step-halving — the step size is halved and β moves
 * back by that amount along the last Newton step (β_old + δ/2, then β_old + δ/4, ...); the pass counts towards
 * maxit. (In pass 1 this cannot happen: the previous −2LL starts at 1e30.)</li>
 * <li>Else the Newton step δ = V⁻¹u is taken (V solved by QR with lrmfit's rank test; rank &lt; p fails, as
 * lrm.fit's "singular information matrix"), β ← β + δ, and if |previous −2LL − −2LL| ≤ eps the fit has
 * converged. So the returned β is one Newton step past the first point whose decrease was ≤ eps.</li>
 * </ul></li>
 * <li>No convergence within maxit − 1 passes: {@code fail = TRUE} (lrmfit's divergence flag), as is a singular
 * information matrix. Those are the only failures; predab.resample skips and counts them.</li>
 * </ol>
 * The returned deviance is −2LL at the returned β (clamped, as lrmfit computes it); the linear predictors are
 * {@code X β} unclamped, as lrm.fit returns them.
 */
final class LrmFit {

    /** lrm.fit's default {@code maxit}. */
    static final int MAXIT = 12;
    /** lrm.fit's default {@code eps}: the change in −2 log L that declares convergence. */
    static final double EPS = 0.025;
    /** The {@code tol} (QR singularity criterion) validate.lrm and calibrate pass to lrm.fit. */
    static final double TOL = 1e-13;
    /** lrmfit's {@code lprob} clamps the linear predictor to ±30. */
    private static final double CLAMP = 30;
    /** The max |score| below which a tiny worsening still counts as converged (lrmfit, "Added 2Jul10"). */
    private static final double TINY_SCORE = 1e-9;

    /**
     * @param coefficients     β where the iteration stopped (intercept first); NaN-free unless failed
     * @param deviance         −2 log L at {@code coefficients}
     * @param iterations       passes of lrm.fit's loop used (Newton and step-halving passes alike)
     * @param trace            −2 log L evaluated in each pass, in order (the last entry is the one whose change
     *                         from the previous accepted point decided convergence)
     * @param failed           whether lrm.fit would return {@code fail = TRUE}
     * @param failure          why, when failed
     * @param linearPredictors {@code X β}
     */
    record Result(double[] coefficients, double deviance, int iterations, double[] trace, boolean failed,
            String failure, double[] linearPredictors) {
    }

    private LrmFit() {
    }

    /** lrm.fit(x, y, tol = 1e-13) with the default maxit and eps, for a design whose first column is the intercept. */
    static Result fit(double[][] x, double[] y) {
        return fit(x, y, MAXIT, EPS, TOL);
    }

    /**
     * @param x      the design, first column all 1 (the intercept; lrm.fit adds it itself)
     * @param y      0/1 outcomes
     * @param maxit  lrm.fit's {@code maxit} (≥ 2)
     * @param eps    lrm.fit's {@code eps}
     * @param tol    lrm.fit's {@code tol}, the QR singularity criterion
     */
    static Result fit(double[][] x, double[] y, int maxit, double eps, double tol) {
        int n = y.length;
        if (x.length != n || n == 0) {
            throw new IllegalArgumentException(x.length + " design rows for " + n + " outcomes");
        }
        if (maxit < 2) {
            throw new IllegalArgumentException("maxit must be at least 2, got " + maxit);
        }
        int p = x[0].length;
        double events = 0;
        for (int i = 0; i < n; i++) {
            if (x[i][0] != 1) {
                throw new IllegalArgumentException("the first design column must be the intercept (all 1)");
            }
            if (y[i] != 0 && y[i] != 1) {
                throw new IllegalArgumentException("outcome " + y[i] + " is not 0 or 1");
            }
            events += y[i];
        }
        if (events == 0 || events == n) {
            return failure(p, 0, List.of(), "the outcome is constant: lrm.fit has no binary model to fit");
        }
        double[] beta = new double[p];
        double mean = events / n;
        beta[0] = Math.log(mean / (1 - mean));
        double[] delta = new double[p];
        double step = 1;
        double oldl = 1e30;
        List<Double> trace = new ArrayList<>();
        boolean converged = false;
        int iter = 0;
        while (iter < maxit - 1 && !converged) {
            iter++;
            Eval e = evaluate(x, y, beta, true);
            trace.add(e.m2ll);
            double maxScore = 0;
            for (double u : e.score) {
                maxScore = Math.max(maxScore, Math.abs(u));
            }
            if (maxScore < TINY_SCORE && Math.abs(e.m2ll - oldl) < 0.1 * eps) {
                converged = true;
            } else if (e.m2ll > oldl) {
                step /= 2;
                for (int j = 0; j < p; j++) {
                    beta[j] -= step * delta[j];
                }
            } else {
                step = 1;
                delta = QrSolve.solve(e.information, e.score, tol);
                if (delta == null) {
                    return failure(p, iter, trace, "singular information matrix (lrm.fit's QR rank test, tol "
                            + tol + ")");
                }
                for (int j = 0; j < p; j++) {
                    beta[j] += delta[j];
                }
                converged = Math.abs(oldl - e.m2ll) <= eps;
                oldl = e.m2ll;
            }
        }
        if (!converged && maxit > 2) {
            return failure(p, iter, trace, "no convergence in " + (maxit - 1) + " iterations");
        }
        Eval last = evaluate(x, y, beta, false);
        return new Result(beta, last.m2ll, iter, toArray(trace), false, null, LogisticRegression.linear(x, beta,
                new double[n]));
    }

    private static Result failure(int p, int iterations, List<Double> trace, String why) {
        double[] nan = new double[p];
        java.util.Arrays.fill(nan, Double.NaN);
        return new Result(nan, Double.NaN, iterations, toArray(trace), true, why, null);
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** −2 log L, score and information at β: lrmfit's {@code LLOGIT} for one intercept, no weights. */
    private record Eval(double m2ll, double[] score, double[][] information) {
    }

    private static Eval evaluate(double[][] x, double[] y, double[] beta, boolean derivatives) {
        int p = beta.length;
        double loglik = 0;
        double[] u = new double[p];
        double[][] v = new double[p][p];
        for (int i = 0; i < y.length; i++) {
            double[] xi = x[i];
            double lp = Math.min(Math.max(LogisticRegression.dot(xi, beta), -CLAMP), CLAMP);
            double prob = 1 / (1 + Math.exp(-lp));
            // log(1 - p) and log(p) as lrmfit takes them (the clamp keeps both finite)
            loglik += y[i] == 1 ? Math.log(prob) : Math.log(1 - prob);
            if (derivatives) {
                double r = y[i] - prob;
                double w = prob * (1 - prob);
                for (int j = 0; j < p; j++) {
                    u[j] += r * xi[j];
                    double wx = w * xi[j];
                    for (int k = 0; k <= j; k++) {
                        v[j][k] += wx * xi[k];
                    }
                }
            }
        }
        for (int j = 0; j < p; j++) {
            for (int k = j + 1; k < p; k++) {
                v[j][k] = v[k][j];
            }
        }
        return new Eval(-2 * loglik, u, v);
    }

    /**
     * {@code solve(V, u)} the way lrmfit's {@code ainvb} does it: a Householder QR with LINPACK {@code dqrdc2}'s
     * limited pivoting, where a column whose norm after the earlier reflections is below {@code tol} times its
     * original norm is negligible; any negligible column means rank &lt; p and the solve fails (null).
     */
    static final class QrSolve {
        private QrSolve() {
        }

        static double[] solve(double[][] matrix, double[] rhs, double tol) {
            int p = rhs.length;
            double[][] a = new double[p][];
            for (int i = 0; i < p; i++) {
                a[i] = matrix[i].clone();
            }
            double[] b = rhs.clone();
            double[] original = new double[p];
            for (int j = 0; j < p; j++) {
                original[j] = columnNorm(a, j, 0);
                if (!(original[j] > 0)) {
                    return null;
                }
            }
            for (int k = 0; k < p; k++) {
                double norm = columnNorm(a, k, k);
                if (!(norm >= tol * original[k]) || norm == 0) {
                    return null;
                }
                double alpha = a[k][k] > 0 ? -norm : norm;
                double[] h = new double[p];
                for (int i = k; i < p; i++) {
                    h[i] = a[i][k];
                }
                h[k] -= alpha;
                double hh = 0;
                for (int i = k; i < p; i++) {
                    hh += h[i] * h[i];
                }
                if (hh > 0) {
                    for (int j = k; j < p; j++) {
                        reflect(a, j, h, k, hh);
                    }
                    double s = 0;
                    for (int i = k; i < p; i++) {
                        s += h[i] * b[i];
                    }
                    for (int i = k; i < p; i++) {
                        b[i] -= 2 * s / hh * h[i];
                    }
                }
            }
            double[] solution = new double[p];
            for (int k = p - 1; k >= 0; k--) {
                double s = b[k];
                for (int j = k + 1; j < p; j++) {
                    s -= a[k][j] * solution[j];
                }
                solution[k] = s / a[k][k];
            }
            return solution;
        }

        private static void reflect(double[][] a, int column, double[] h, int from, double hh) {
            double s = 0;
            for (int i = from; i < a.length; i++) {
                s += h[i] * a[i][column];
            }
            for (int i = from; i < a.length; i++) {
                a[i][column] -= 2 * s / hh * h[i];
            }
        }

        private static double columnNorm(double[][] a, int column, int from) {
            double s = 0;
            for (int i = from; i < a.length; i++) {
                s += a[i][column] * a[i][column];
            }
            return Math.sqrt(s);
        }
    }
}
