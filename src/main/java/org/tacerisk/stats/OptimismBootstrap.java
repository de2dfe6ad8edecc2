package org.tacerisk.stats;

import org.tacerisk.common.BadInputException;

/**
 * Efron's optimism bootstrap as {@code rms::predab.resample(method = "boot")} runs it for {@code validate} and
 * {@code calibrate} (F. E. Harrell, Regression Modeling Strategies, 2nd ed., 2015, §5.3.5). A measure (a vector of
 * indexes) is computed for the model fitted to all rows ({@code index_orig}); then, for each of B resamples of n
 * rows drawn with replacement, the same design is refitted and the measure is taken twice: on the resample itself
 * with the resample's own fit ({@code training}) and on the original rows with the resample's coefficients
 * ({@code test}). Per index, {@code training} and {@code test} are averaged over the resamples where both are
 * defined (n), {@code optimism = training − test} and {@code index_corrected = index_orig − optimism}.
 *
 * <p>The fit to all rows is the converged MLE ({@link LogisticRegression#fit(double[][], double[])}; rms's lrm stops
 * about 1e-9 short of it). Each resample is refitted as rms refits it, with {@code lrm.fit}'s default stopping rule
 * ({@link LrmFit}: Newton from qlogis(ȳ), stop one step after −2LL changes by ≤ 0.025, at most 11 passes), so a
 * separated resample contributes its finite, inflated coefficients instead of being dropped. A resample is skipped
 * and counted in {@code failed} only where lrm.fit returns {@code fail = TRUE} (no convergence in maxit − 1 passes,
 * a singular information matrix, or here a constant outcome), as predab.resample skips those. Rows are drawn with
 * {@link java.util.SplittableRandom}: one seed gives the same resamples on every JVM (and the same ones to validate
 * and calibrate, as R's {@code set.seed} before each call does), but it cannot reproduce R's {@code sample()} draws.
 *
 * <p>The refit is pluggable ({@link #evaluate}): {@link Resamples} holds the resamples and the refit of each by any
 * {@link ResampleRefit}, e.g. one that repeats a whole selection procedure, and {@link #run} is the special case of
 * the fixed design refitted by {@link ResampleRefit#logistic}.
 */
final class OptimismBootstrap {

    /** An index vector of a linear predictor against outcomes; NaN where an index is undefined. */
    interface Measure {
        /**
         * @param lp       the linear predictor of the rows evaluated
         * @param y        their 0/1 outcomes
         * @param ownFit   true when lp comes from a fit to these very rows ({@code evalfit = TRUE} in rms)
         */
        double[] evaluate(double[] lp, double[] y, boolean ownFit);
    }

    /** predab.resample's matrix, one entry per index. */
    record Result(double[] indexOrig, double[] training, double[] test, double[] optimism, double[] indexCorrected,
            int[] n, int resamples, int failed) {
    }

    private OptimismBootstrap() {
    }

    /**
     * @param x the design matrix (intercept column first), one row per observation
     * @param y the 0/1 outcomes
     * @throws BadInputException when the model cannot be fitted to all rows
     */
    static Result run(double[][] x, double[] y, int resamples, long seed, Measure measure) {
        if (resamples < 1) {
            throw new IllegalArgumentException("the bootstrap needs at least one resample, got " + resamples);
        }
        LogisticFit full = LogisticRegression.fit(x, y);
        return evaluate(full.linearPredictors(), y,
                Resamples.run(y.length, resamples, seed, ResampleRefit.logistic(x, y)), measure);
    }

    /**
     * The optimism of {@code measure} over resamples already refitted (by any {@link ResampleRefit}). Rows whose
     * linear predictor is NaN (the model cannot predict them) are left out of that evaluation, with their outcomes.
     *
     * @param apparentLp the linear predictor of the model fitted to all rows, one per original row
     * @param y          the original rows' 0/1 outcomes
     */
    static Result evaluate(double[] apparentLp, double[] y, Resamples resamples, Measure measure) {
        int n = y.length;
        if (apparentLp.length != n || resamples.n() != n) {
            throw new IllegalArgumentException(apparentLp.length + " apparent linear predictors and resamples of "
                    + resamples.n() + " rows for " + n + " outcomes");
        }
        double[] orig = evaluate(measure, apparentLp, y, true);
        int m = orig.length;
        int b = resamples.resamples();
        double[][] training = new double[b][];
        double[][] test = new double[b][];
        java.util.stream.IntStream.range(0, b).parallel().forEach(k -> {
            ResampleRefit.Refit fit = resamples.refit(k);
            if (!fit.isFailed()) {
                int[] rows = resamples.rows(k);
                double[] yb = new double[n];
                for (int i = 0; i < n; i++) {
                    yb[i] = y[rows[i]];
                }
                training[k] = evaluate(measure, fit.training(), yb, true);
                test[k] = evaluate(measure, fit.test(), y, false);
            }
        });
        double[] trainingSum = new double[m];
        double[] testSum = new double[m];
        int[] count = new int[m];
        for (int k = 0; k < b; k++) {
            if (training[k] == null) {
                continue;
            }
            for (int j = 0; j < m; j++) {
                if (!Double.isNaN(training[k][j]) && !Double.isNaN(test[k][j])) {
                    trainingSum[j] += training[k][j];
                    testSum[j] += test[k][j];
                    count[j]++;
                }
            }
        }
        double[] meanTraining = new double[m];
        double[] meanTest = new double[m];
        double[] optimism = new double[m];
        double[] corrected = new double[m];
        for (int j = 0; j < m; j++) {
            meanTraining[j] = count[j] == 0 ? Double.NaN : trainingSum[j] / count[j];
            meanTest[j] = count[j] == 0 ? Double.NaN : testSum[j] / count[j];
            optimism[j] = meanTraining[j] - meanTest[j];
            corrected[j] = orig[j] - optimism[j];
        }
        return new Result(orig, meanTraining, meanTest, optimism, corrected, count, b, resamples.failed());
    }

    /** The measure on the rows whose lp is not NaN. */
    private static double[] evaluate(Measure measure, double[] lp, double[] y, boolean ownFit) {
        int defined = 0;
        for (double v : lp) {
            defined += Double.isNaN(v) ? 0 : 1;
        }
        if (defined == lp.length) {
            return measure.evaluate(lp, y, ownFit);
        }
        double[] l = new double[defined];
        double[] o = new double[defined];
        for (int i = 0, k = 0; i < lp.length; i++) {
            if (!Double.isNaN(lp[i])) {
                l[k] = lp[i];
                o[k++] = y[i];
            }
        }
        return measure.evaluate(l, o, ownFit);
    }
}
