package org.tacerisk.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Cleveland's locally weighted scatterplot smoother exactly as R's {@code lowess(x, y, f, iter, delta)} runs it
 * (the C routine {@code clowess}; W. S. Cleveland, J Am Stat Assoc 1979;74:829 and Am Stat 1981;35:54).
 *
 * <p>The points are ordered by x (stably, as R's {@code order}). For each fitting point the neighbourhood is the
 * {@code ns = max(2, min(n, floor(f·n + 1e-7)))} nearest x values; weights are tricube in |x − x₀|/h with h the
 * distance to the farther end of the neighbourhood (w = 1 within 0.001·h, 0 beyond 0.999·h, ties at the edge
 * included), and the fit is weighted linear unless the weighted spread of x is ≤ 0.001·range(x), then weighted
 * mean. Points within {@code delta} of the last fitted point are skipped and filled in by linear interpolation
 * (tied x values copy the fit). With {@code iter > 0}, robustness weights (1 − (r/6·MAD)²)² are applied and the
 * fit repeated. {@code rms::val.prob} uses {@code lowess(p, y, iter = 0)}: f = 2/3, delta = 0.01·range(x).
 *
 * @param x the x values, sorted
 * @param y the smoothed values at those x
 */
public record Lowess(double[] x, double[] y) {

    /** R's defaults for f and delta with the given robustness iterations: {@code lowess(x, y, iter = iter)}. */
    public static Lowess smooth(double[] x, double[] y, int iter) {
        double min = Arrays.stream(x).min().orElse(0);
        double max = Arrays.stream(x).max().orElse(0);
        return smooth(x, y, 2.0 / 3.0, iter, 0.01 * (max - min));
    }

    public static Lowess smooth(double[] x, double[] y, double f, int iter, double delta) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " x values but " + y.length + " y values");
        }
        int n = x.length;
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> x[i]));
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = x[order[i]];
            ys[i] = y[order[i]];
        }
        return new Lowess(xs, clowess(xs, ys, f, iter, delta));
    }

    /** The smoother proper, on x sorted ascending (0-based transcription of the 1-based definition). */
    static double[] clowess(double[] x, double[] y, double f, int nsteps, double delta) {
        int n = x.length;
        double[] ys = new double[n];
        if (n < 2) {
            if (n == 1) {
                ys[0] = y[0];
            }
            return ys;
        }
        double[] rw = new double[n];
        double[] res = new double[n];
        double[] w = new double[n];
        int ns = Math.max(2, Math.min(n, (int) (f * n + 1e-7)));
        for (int iter = 1; iter <= nsteps + 1; iter++) {
            int nleft = 0;
            int nright = ns - 1;
            int last = -1;
            int i = 0;
            for (;;) {
                if (nright < n - 1) {
                    // Slide the neighbourhood right while that brings it closer to x[i].
                    double d1 = x[i] - x[nleft];
                    double d2 = x[nright + 1] - x[i];
                    if (d1 > d2) {
                        nleft++;
                        nright++;
                        continue;
                    }
                }
                Double fit = lowest(x, y, x[i], nleft, nright, w, iter > 1, rw);
                ys[i] = fit == null ? y[i] : fit;
                if (last < i - 1) {
                    // Points skipped within delta: interpolate linearly between the last two fits.
                    double denom = x[i] - x[last];
                    for (int j = last + 1; j < i; j++) {
                        double alpha = (x[j] - x[last]) / denom;
                        ys[j] = alpha * ys[i] + (1 - alpha) * ys[last];
                    }
                }
                last = i;
                double cut = x[last] + delta;
                for (i = last + 1; i < n; i++) {
                    if (x[i] > cut) {
                        break;
                    }
                    if (x[i] == x[last]) {
                        ys[i] = ys[last];
                        last = i;
                    }
                }
                i = Math.max(last + 1, i - 1);
                if (last >= n - 1) {
                    break;
                }
            }
            for (int k = 0; k < n; k++) {
                res[k] = y[k] - ys[k];
            }
            double sc = 0;
            for (int k = 0; k < n; k++) {
                sc += Math.abs(res[k]);
            }
            sc /= n;
            if (iter > nsteps) {
                break;
            }
            if (!robustnessWeights(res, rw, sc)) {
                break; // residuals effectively zero: R's clowess stops with this fit
            }
        }
        return ys;
    }

    /** Bisquare weights from the residuals, scale 6·median|res|; false (no weights) on a near-perfect fit. */
    private static boolean robustnessWeights(double[] res, double[] rw, double meanAbsRes) {
        int n = res.length;
        double[] abs = new double[n];
        for (int k = 0; k < n; k++) {
            abs[k] = Math.abs(res[k]);
        }
        double[] sorted = abs.clone();
        Arrays.sort(sorted);
        int m1 = n / 2;
        double cmad = n % 2 == 0 ? 3 * (sorted[m1] + sorted[n - m1 - 1]) : 6 * sorted[m1];
        if (cmad < 1e-7 * meanAbsRes) {
            return false;
        }
        double c9 = 0.999 * cmad;
        double c1 = 0.001 * cmad;
        for (int k = 0; k < n; k++) {
            double r = abs[k];
            if (r <= c1) {
                rw[k] = 1;
            } else if (r <= c9) {
                double u = r / cmad;
                rw[k] = (1 - u * u) * (1 - u * u);
            } else {
                rw[k] = 0;
            }
        }
        return true;
    }

    /**
     * The local fit at {@code xs} (Cleveland's {@code lowest}): tricube weights over the neighbourhood
     * [nleft, nright] extended by ties, times the robustness weights when {@code userw}. Null when every weight is 0.
     */
    private static Double lowest(double[] x, double[] y, double xs, int nleft, int nright, double[] w,
            boolean userw, double[] rw) {
        int n = x.length;
        double range = x[n - 1] - x[0];
        double h = Math.max(xs - x[nleft], x[nright] - xs);
        double h9 = 0.999 * h;
        double h1 = 0.001 * h;
        double a = 0;
        int j = nleft;
        while (j < n) {
            w[j] = 0;
            double r = Math.abs(x[j] - xs);
            if (r <= h9) {
                if (r <= h1) {
                    w[j] = 1;
                } else {
                    double q = r / h;
                    q = 1 - q * q * q;
                    w[j] = q * q * q;
                }
                if (userw) {
                    w[j] *= rw[j];
                }
                a += w[j];
            } else if (x[j] > xs) {
                break;
            }
            j++;
        }
        int nrt = j - 1;
        if (a <= 0) {
            return null;
        }
        for (j = nleft; j <= nrt; j++) {
            w[j] /= a;
        }
        if (h > 0) {
            a = 0;
            for (j = nleft; j <= nrt; j++) {
                a += w[j] * x[j];
            }
            double b = xs - a;
            double c = 0;
            for (j = nleft; j <= nrt; j++) {
                c += w[j] * (x[j] - a) * (x[j] - a);
            }
            if (Math.sqrt(c) > 0.001 * range) {
                b /= c;
                for (j = nleft; j <= nrt; j++) {
                    w[j] *= b * (x[j] - a) + 1;
                }
            }
        }
        double fit = 0;
        for (j = nleft; j <= nrt; j++) {
            fit += w[j] * y[j];
        }
        return fit;
    }
}
