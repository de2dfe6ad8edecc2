package org.tacerisk.stats;

import java.util.SplittableRandom;
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
 * {@link SplittableRandom}: one seed gives the same resamples on every JVM (and the same ones to validate and
 * calibrate, as R's {@code set.seed} before each call
 * does), but it cannot reproduce R's {@code sample()} draws.
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
        int n = y.length;
        LogisticFit full = LogisticRegression.fit(x, y);
        double[] orig = measure.evaluate(full.linearPredictors(), y, true);
        int m = orig.length;
        double[] trainingSum = new double[m];
        double[] testSum = new double[m];
        int[] count = new int[m];
        int failed = 0;
        SplittableRandom random = new SplittableRandom(seed);
        double[][] xb = new double[n][];
        double[] yb = new double[n];
        for (int b = 0; b < resamples; b++) {
            for (int i = 0; i < n; i++) {
                int row = random.nextInt(n);
                xb[i] = x[row];
                yb[i] = y[row];
            }
            LrmFit.Result fit = LrmFit.fit(xb, yb);
            if (fit.failed()) {
                failed++;
                continue;
            }
            double[] training = measure.evaluate(fit.linearPredictors(), yb, true);
            double[] test = measure.evaluate(LogisticRegression.linear(x, fit.coefficients(), new double[n]), y,
                    false);
            for (int k = 0; k < m; k++) {
                if (!Double.isNaN(training[k]) && !Double.isNaN(test[k])) {
                    trainingSum[k] += training[k];
                    testSum[k] += test[k];
                    count[k]++;
                }
            }
        }
        double[] training = new double[m];
        double[] test = new double[m];
        double[] optimism = new double[m];
        double[] corrected = new double[m];
        for (int k = 0; k < m; k++) {
            training[k] = count[k] == 0 ? Double.NaN : trainingSum[k] / count[k];
            test[k] = count[k] == 0 ? Double.NaN : testSum[k] / count[k];
            optimism[k] = training[k] - test[k];
            corrected[k] = orig[k] - optimism[k];
        }
        return new Result(orig, training, test, optimism, corrected, count, resamples, failed);
    }
}
