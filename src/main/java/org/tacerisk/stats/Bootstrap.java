package org.tacerisk.stats;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Nonparametric bootstrap percentile intervals (B. Efron and R. J. Tibshirani, An Introduction to the Bootstrap,
 * 1993, ch. 13): draw n of n observations with replacement B times, evaluate a vector-valued statistic on each
 * resample, and take the type-7 quantiles (α/2, 1 − α/2) of each component. A component that is NaN on a
 * resample (e.g. an AUC of a resample without events) is left out of that component's interval; {@code valid}
 * counts the resamples used. Seeded with {@link SplittableRandom}, so one seed gives one answer on every JVM; it
 * cannot reproduce R's draws.
 *
 * @param estimateCount how many components the statistic has
 */
public record Bootstrap(int resamples, long seed, double confLevel, int estimateCount, double[] lower,
        double[] upper, int[] valid) {

    /**
     * @param n         the number of observations
     * @param statistic the statistic of a resample, given the resampled row indexes (each in [0, n))
     */
    public static Bootstrap percentile(int n, int resamples, long seed, double confLevel,
            Function<int[], double[]> statistic) {
        if (resamples < 1 || n < 1) {
            throw new IllegalArgumentException("bootstrap needs at least one resample of at least one observation");
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[][] draws = null;
        int[] index = new int[n];
        for (int b = 0; b < resamples; b++) {
            for (int i = 0; i < n; i++) {
                index[i] = random.nextInt(n);
            }
            double[] value = statistic.apply(index);
            if (draws == null) {
                draws = new double[value.length][resamples];
            }
            for (int k = 0; k < value.length; k++) {
                draws[k][b] = value[k];
            }
        }
        int m = draws.length;
        double[] lower = new double[m];
        double[] upper = new double[m];
        int[] valid = new int[m];
        double alpha = 1 - confLevel;
        for (int k = 0; k < m; k++) {
            double[] finite = Arrays.stream(draws[k]).filter(v -> !Double.isNaN(v)).toArray();
            valid[k] = finite.length;
            if (finite.length == 0) {
                lower[k] = Double.NaN;
                upper[k] = Double.NaN;
            } else {
                double[] q = Quantiles.type7(finite, alpha / 2, 1 - alpha / 2);
                lower[k] = q[0];
                upper[k] = q[1];
            }
        }
        return new Bootstrap(resamples, seed, confLevel, m, lower, upper, valid);
    }
}
