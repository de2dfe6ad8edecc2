package org.tacerisk.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Linear interpolation as R's {@code approx(x, y, xout, method = "linear", rule = 1, ties = mean)}: the points are
 * sorted by x, tied x values are collapsed to the mean of their y ({@code regularize.values}; or to the first y,
 * {@link #tiesFirst}), and each xout
 * outside [min x, max x] gives NaN (R's NA). Inside, {@code y[i] + (y[j] − y[i])·((v − x[i])/(x[j] − x[i]))} on the
 * bracketing pair found by bisection, or the exact y where v equals a knot (R's {@code approx1}).
 */
public final class Approx {

    private final double[] x;
    private final double[] y;

    private Approx(double[] x, double[] y) {
        this.x = x;
        this.y = y;
    }

    /** The interpolating function through (x, y), ties averaged. */
    public static Approx tiesMean(double[] x, double[] y) {
        return regularize(x, y, false);
    }

    /**
     * {@code approx(x, y, ties = function(x) x[1])}, as {@code rms::calibrate} reads its lowess curve: of tied x
     * values the y of the first (in x order, ties in data order, as R's {@code order}) is kept.
     */
    public static Approx tiesFirst(double[] x, double[] y) {
        return regularize(x, y, true);
    }

    private static Approx regularize(double[] x, double[] y, boolean first) {
        if (x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException("approx needs equally many x and y values, at least one");
        }
        Integer[] order = IntStream.range(0, x.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> x[i]));
        List<double[]> knots = new ArrayList<>();
        int i = 0;
        while (i < order.length) {
            int j = i;
            double sum = 0;
            while (j < order.length && x[order[j]] == x[order[i]]) {
                sum += y[order[j]];
                j++;
            }
            knots.add(new double[] {x[order[i]], first ? y[order[i]] : mean(y, order, i, j, sum)});
            i = j;
        }
        return new Approx(knots.stream().mapToDouble(k -> k[0]).toArray(), knots.stream().mapToDouble(k -> k[1])
                .toArray());
    }

    /** R's mean(): the sum over n, then corrected by the mean residual (exact for equal values). */
    private static double mean(double[] y, Integer[] order, int from, int to, double sum) {
        int n = to - from;
        double m = sum / n;
        double t = 0;
        for (int k = from; k < to; k++) {
            t += y[order[k]] - m;
        }
        return m + t / n;
    }

    public double at(double v) {
        int i = 0;
        int j = x.length - 1;
        if (Double.isNaN(v) || v < x[i] || v > x[j]) {
            return Double.NaN;
        }
        while (i < j - 1) {
            int ij = (i + j) / 2;
            if (v < x[ij]) {
                j = ij;
            } else {
                i = ij;
            }
        }
        if (v == x[j]) {
            return y[j];
        }
        if (v == x[i]) {
            return y[i];
        }
        return y[i] + (y[j] - y[i]) * ((v - x[i]) / (x[j] - x[i]));
    }

    public double[] at(double[] xout) {
        double[] out = new double[xout.length];
        for (int k = 0; k < xout.length; k++) {
            out[k] = at(xout[k]);
        }
        return out;
    }
}
