package org.tacerisk.stats;

import java.util.Arrays;

/**
 * DeLong's structural components ("placements") of the empirical AUC (E. R. DeLong, D. M. DeLong and
 * D. L. Clarke-Pearson, Biometrics 1988;44:837), computed the fast way of X. Sun and W. Xu (IEEE Signal Process
 * Lett 2014;21:1389): a case's placement is its midrank among all observations minus its midrank among the cases,
 * over the number of controls — that is, the share of controls below it, ties counting ½. Both midrank
 * differences are counts found by binary search in the sorted other group, O(n log n). pROC's
 * {@code delongPlacements} gives the same numbers.
 *
 * <p>{@code v10[i]} belongs to the i-th case and {@code v01[j]} to the j-th control, in data order, so two curves
 * on the same observations pair up index by index.
 */
final class DeLongPlacements {

    final double[] v10;
    final double[] v01;

    private DeLongPlacements(double[] v10, double[] v01) {
        this.v10 = v10;
        this.v01 = v01;
    }

    static DeLongPlacements of(RocCurve roc) {
        return of(roc.outcomes(), roc.predictions());
    }

    static DeLongPlacements of(int[] y, double[] p) {
        int m = BinaryOutcome.events(y);
        int n = y.length - m;
        double[] caseValues = new double[m];
        double[] controlValues = new double[n];
        for (int i = 0, a = 0, b = 0; i < y.length; i++) {
            if (y[i] == 1) {
                caseValues[a++] = p[i];
            } else {
                controlValues[b++] = p[i];
            }
        }
        double[] sortedCases = caseValues.clone();
        double[] sortedControls = controlValues.clone();
        Arrays.sort(sortedCases);
        Arrays.sort(sortedControls);
        double[] v10 = new double[m];
        for (int i = 0; i < m; i++) {
            v10[i] = halfCountBelow(sortedControls, caseValues[i]) / n;
        }
        double[] v01 = new double[n];
        for (int j = 0; j < n; j++) {
            v01[j] = 1 - halfCountBelow(sortedCases, controlValues[j]) / m;
        }
        return new DeLongPlacements(v10, v01);
    }

    /** #{s < x} + ½·#{s == x} in a sorted array. */
    private static double halfCountBelow(double[] sorted, double x) {
        int below = firstIndexNotBelow(sorted, x);
        int atOrBelow = firstIndexAbove(sorted, x);
        return below + (atOrBelow - below) / 2.0;
    }

    private static int firstIndexNotBelow(double[] a, double x) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int firstIndexAbove(double[] a, double x) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The AUC: the mean of the case placements. */
    double auc() {
        return mean(v10);
    }

    /** DeLong's variance of the AUC: var(V10)/m + var(V01)/n, sample variances (divisor − 1) as R's var. */
    double variance() {
        return covariance(v10, v10) / v10.length + covariance(v01, v01) / v01.length;
    }

    /** DeLong's covariance of two AUCs on the same observations: cov(V10, V10')/m + cov(V01, V01')/n. */
    double covariance(DeLongPlacements other) {
        return covariance(v10, other.v10) / v10.length + covariance(v01, other.v01) / v01.length;
    }

    private static double mean(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s / a.length;
    }

    /** Sample covariance (divisor length − 1), two-pass like R's cov; NaN for a single value. */
    private static double covariance(double[] a, double[] b) {
        double ma = mean(a);
        double mb = mean(b);
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - ma) * (b[i] - mb);
        }
        return s / (a.length - 1);
    }
}
