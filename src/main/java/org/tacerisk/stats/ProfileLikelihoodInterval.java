package org.tacerisk.stats;

import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * Profile-likelihood 95 % confidence limits of one logistic coefficient: the values b where
 * {@code deviance(refit with beta_j fixed at b through an offset) - deviance(MLE) = qchisq(0.95, 1)}, found by
 * root-finding. These are the exact limits that {@code MASS:::confint.glm} ({@code confint(<glm>)} in R 4.2)
 * approximates by interpolating a profile on a grid; the R references solve the same equation with
 * {@code uniroot(tol = 1e-13)}.
 *
 * <p>A limit is infinite when the profile deviance never rises by the threshold in that direction (the constrained
 * refit separates the data); it is then reported as {@code -Infinity}/{@code +Infinity}.
 *
 * @param term  the coefficient's term name
 * @param lower lower limit, log-odds scale
 * @param upper upper limit, log-odds scale
 */
public record ProfileLikelihoodInterval(String term, double lower, double upper) {

    /** {@code qchisq(0.95, 1)} as R computes it (= qnorm(0.975)^2). */
    public static final double CHISQ_95_1 = 3.841458820694124;

    private static final int MAX_BRACKET_STEPS = 60;

    public double oddsRatioLower() {
        return Math.exp(lower);
    }

    public double oddsRatioUpper() {
        return Math.exp(upper);
    }

    /** The profile intervals of every coefficient of {@code fit}, fitted to {@code frame}. */
    public static ProfileLikelihoodInterval[] all(ModelFrame frame, LogisticFit fit) {
        double[][] x = frame.x();
        double[] y = frame.y();
        ProfileLikelihoodInterval[] out = new ProfileLikelihoodInterval[fit.terms()];
        for (int j = 0; j < fit.terms(); j++) {
            out[j] = of(x, y, fit, j);
        }
        return out;
    }

    /** The profile interval of coefficient {@code j}. */
    public static ProfileLikelihoodInterval of(double[][] x, double[] y, LogisticFit fit, int j) {
        Profile profile = new Profile(x, y, fit, j);
        double b = fit.estimate(j);
        double step = fit.standardError(j) * LogisticFit.Z_975;
        return new ProfileLikelihoodInterval(fit.termNames().get(j), limit(profile, b, -step),
                limit(profile, b, step));
    }

    /** Brackets the root on one side of the MLE by doubling the step, then solves with Brent's method. */
    private static double limit(Profile profile, double mle, double step) {
        profile.restart();
        double inner = mle;
        double outer = mle + step;
        int k = 0;
        while (profile.excess(outer) < 0) {
            if (++k > MAX_BRACKET_STEPS || !Double.isFinite(outer)) {
                return step < 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            inner = outer;
            step *= 2;
            outer = mle + step;
        }
        BrentSolver solver = new BrentSolver(1e-15, 1e-13, 1e-13);
        return solver.solve(1000, profile::excess, Math.min(inner, outer), Math.max(inner, outer));
    }

    /** Deviance of the model with beta_j fixed, minus the MLE deviance, minus the chi-square threshold. */
    private static final class Profile {
        private final double[][] reduced;
        private final double[] column;
        private final double[] y;
        private final double target;
        private final double[] mleStart;
        private double[] warmStart;

        Profile(double[][] x, double[] y, LogisticFit fit, int j) {
            int n = x.length;
            int p = x[0].length;
            this.reduced = new double[n][p - 1];
            this.column = new double[n];
            for (int i = 0; i < n; i++) {
                column[i] = x[i][j];
                for (int k = 0, m = 0; k < p; k++) {
                    if (k != j) {
                        reduced[i][m++] = x[i][k];
                    }
                }
            }
            this.y = y;
            this.target = fit.deviance() + CHISQ_95_1;
            this.mleStart = new double[p - 1];
            for (int k = 0, m = 0; k < p; k++) {
                if (k != j) {
                    mleStart[m++] = fit.estimate(k);
                }
            }
            this.warmStart = mleStart;
        }

        /** Starts the next refits from the MLE again (before searching the other side). */
        void restart() {
            warmStart = mleStart;
        }

        double excess(double b) {
            double[] offset = new double[y.length];
            for (int i = 0; i < y.length; i++) {
                offset[i] = column[i] * b;
            }
            if (reduced[0].length == 0) {
                return LogisticRegression.deviance(y, offset) - target;
            }
            LogisticRegression.Irls refit = LogisticRegression.irls(reduced, y, offset, warmStart);
            if (!refit.converged()) {
                refit = LogisticRegression.irls(reduced, y, offset, null);
            }
            if (refit.converged()) {
                warmStart = refit.beta();
            }
            return refit.deviance() - target;
        }
    }
}
