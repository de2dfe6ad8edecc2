package org.tacerisk.stats;

import java.util.Arrays;

/** Sample quantiles as R's {@code quantile(x, probs, type = 7)} (the default) computes them. */
public final class Quantiles {

    private Quantiles() {
    }

    /**
     * R's type 7: {@code index = 1 + (n - 1)·prob}, {@code lo = floor(index)}, {@code hi = ceiling(index)},
     * {@code q = (1 - h)·x[lo] + h·x[hi]} with {@code h = index - lo}, and {@code q = x[lo]} when h is 0 or the two
     * order statistics are equal (the same expression order as {@code quantile.default}, so the same doubles).
     */
    public static double[] type7(double[] x, double... probs) {
        if (x.length == 0) {
            throw new IllegalArgumentException("quantiles of an empty sample");
        }
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        double[] q = new double[probs.length];
        for (int k = 0; k < probs.length; k++) {
            if (!(probs[k] >= 0 && probs[k] <= 1)) {
                throw new IllegalArgumentException("probability " + probs[k] + " is outside [0, 1]");
            }
            double index = 1 + (sorted.length - 1) * probs[k];
            int lo = (int) Math.floor(index);
            int hi = (int) Math.ceil(index);
            double qs = sorted[lo - 1];
            if (index > lo && sorted[hi - 1] != qs) {
                double h = index - lo;
                qs = (1 - h) * qs + h * sorted[hi - 1];
            }
            q[k] = qs;
        }
        return q;
    }

    /** One type-7 quantile. */
    public static double type7(double[] x, double prob) {
        return type7(x, new double[] {prob})[0];
    }
}
