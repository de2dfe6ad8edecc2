package org.tacerisk.stats;

import java.util.Arrays;

/**
 * Gini's mean difference, the mean of |x_i − x_j| over all pairs i ≠ j, as {@code Hmisc::GiniMd} computes it: with
 * the values centred and sorted, 2/(n(n − 1)) · Σ_k (2k − n − 1)·x_(k). {@code rms::lrm} reports it of the linear
 * predictor as {@code g} and of the predicted risks as {@code gp}; {@code rms::validate} validates both.
 */
public final class GiniMeanDifference {

    private GiniMeanDifference() {
    }

    /** The mean difference; NaN with fewer than two values (Hmisc returns NA). */
    public static double of(double[] x) {
        int n = x.length;
        if (n < 2) {
            return Double.NaN;
        }
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= n;
        double[] sorted = new double[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = x[i] - mean;
        }
        Arrays.sort(sorted);
        double sum = 0;
        for (int k = 1; k <= n; k++) {
            sum += (2.0 * k - n - 1) * sorted[k - 1];
        }
        return 2 * sum / ((double) n * (n - 1));
    }
}
