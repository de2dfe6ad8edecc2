package org.tacerisk.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How well predicted risks agree with outcomes in a cohort the model has not seen (external validation; Van Calster
 * et al., J Clin Epidemiol 2016;74:167 and BMC Med 2019;17:230; Austin and Steyerberg, Stat Med 2019;38:4051):
 * <ul>
 * <li>calibration-in-the-large: the intercept a of {@code logit P(y = 1) = a + offset(logit p)} (slope fixed at 1),
 * 0 when the mean risk is right; Wald 95 % CI from the observed information;</li>
 * <li>calibration slope: b of {@code logit P(y = 1) = a' + b·logit p} (val.prob's Intercept a' and Slope b,
 * {@link ValProb#recalibration}), 1 when the spread of the risks is right; Wald 95 % CIs;</li>
 * <li>Brier score, E/O = Σp / Σy (expected over observed events);</li>
 * <li>ICI, E50, E90, Emax: the mean, median, type-7 0.9 quantile and maximum of |p − p̂| over the patients, p̂ the
 * smoothed observed risk at each patient's p from the calibration curve of y on p. The smoother is val.prob's
 * {@code lowess(p, y, iter = 0)} ({@link SmoothCalibration}), so ICI equals val.prob's Eavg and E90 its E90 (rms
 * adopted them from Austin and Steyerberg, who smooth with {@code loess(y ~ p)}; the two smoothers differ a
 * little);</li>
 * <li>the flexible calibration curve (the same lowess, on an even grid of predicted risks within the observed
 * range) with a pointwise 95 % band: bootstrap percentile of the resamples' lowess curves ({@link Bootstrap},
 * seeded), or no band when no resamples are asked for.</li>
 * </ul>
 *
 * @param calibrationInTheLarge the intercept with the slope fixed at 1
 * @param recalibrationIntercept a' of the two-parameter fit (val.prob's Intercept)
 * @param slope                 b of the two-parameter fit (val.prob's Slope)
 * @param curve                 the flexible calibration curve on the grid, with its band (NaN bounds without one)
 * @param bandResamples         bootstrap resamples behind the band (0: none)
 */
public record CalibrationAssessment(int n, int events, double meanPredicted, double observedRate,
        Estimate calibrationInTheLarge, Estimate recalibrationIntercept, Estimate slope, double brier,
        double expectedOverObserved, double ici, double e50, double e90, double emax, List<CurvePoint> curve,
        int bandResamples) {

    /** Points of the flexible calibration curve's grid. */
    public static final int CURVE_POINTS = 50;

    /** An estimate with its standard error and Wald 95 % CI. */
    public record Estimate(double value, double se, double lower, double upper) {

        static Estimate wald(double value, double se) {
            return new Estimate(value, se, value - LogisticFit.Z_975 * se, value + LogisticFit.Z_975 * se);
        }

        /** True when the CI contains {@code v}. */
        public boolean contains(double v) {
            return lower <= v && v <= upper;
        }
    }

    /** The curve at one predicted risk: smoothed observed risk and its band (NaN without a band). */
    public record CurvePoint(double predicted, double observed, double lower, double upper) {
    }

    public CalibrationAssessment {
        curve = List.copyOf(curve);
    }

    /**
     * @param outcomes  0/1
     * @param risks     predicted risks strictly between 0 and 1
     * @param resamples bootstrap resamples for the curve's band; 0 for none
     * @param seed      the bootstrap seed
     */
    public static CalibrationAssessment of(double[] outcomes, double[] risks, int resamples, long seed) {
        ValProb.of(outcomes, risks); // the same refusals as val.prob: events and non-events, 0 < p < 1
        int[] y = BinaryOutcome.outcomes(outcomes);
        double[] p = BinaryOutcome.risks(y, risks);
        int n = y.length;
        int events = BinaryOutcome.events(y);
        double[] logit = new double[n];
        double sumP = 0;
        double brier = 0;
        for (int i = 0; i < n; i++) {
            logit[i] = Math.log(p[i] / (1 - p[i]));
            sumP += p[i];
            brier += (p[i] - y[i]) * (p[i] - y[i]);
        }
        LogisticFit recal = ValProb.recalibration(y, logit);
        SmoothCalibration smooth = SmoothCalibration.of(y, p);
        return new CalibrationAssessment(n, events, sumP / n, (double) events / n, inTheLarge(y, logit),
                Estimate.wald(recal.estimate(0), recal.standardError(0)),
                Estimate.wald(recal.estimate(1), recal.standardError(1)), brier / n, sumP / events, smooth.eavg(),
                Quantiles.type7(smooth.absError(), 0.5), smooth.e90(), smooth.emax(), curve(y, p, resamples, seed),
                resamples);
    }

    /** True when the intercept CI excludes 0 or the slope CI excludes 1: miscalibration the data show. */
    public boolean miscalibrated() {
        return !calibrationInTheLarge.contains(0) || !slope.contains(1);
    }

    /** The intercept with logit p as offset, glm(y ~ 1, offset = logit p): the shared offset fit, Wald SE. */
    static Estimate inTheLarge(int[] y, double[] logit) {
        double[][] x = new double[y.length][];
        double[] yd = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            x[i] = new double[] {1};
            yd[i] = y[i];
        }
        LogisticFit fit = LogisticRegression.fit(x, yd, logit);
        return Estimate.wald(fit.estimate(0), fit.standardError(0));
    }

    /** The lowess curve on an even grid over [min p, max p], with its bootstrap band. */
    static List<CurvePoint> curve(int[] y, double[] p, int resamples, long seed) {
        double lo = Arrays.stream(p).min().orElseThrow();
        double hi = Arrays.stream(p).max().orElseThrow();
        double[] grid = new double[CURVE_POINTS];
        for (int k = 0; k < CURVE_POINTS; k++) {
            grid[k] = lo + (hi - lo) * k / (CURVE_POINTS - 1);
        }
        double[] observed = smoothAt(y, p, grid);
        Bootstrap band = null;
        if (resamples > 0) {
            int n = y.length;
            band = Bootstrap.percentile(n, resamples, seed, 0.95, index -> {
                int[] yb = new int[n];
                double[] pb = new double[n];
                for (int i = 0; i < n; i++) {
                    yb[i] = y[index[i]];
                    pb[i] = p[index[i]];
                }
                // a resample's curve covers only its own range of p: outside it the grid point is left out (NaN)
                return smoothAt(yb, pb, grid);
            });
        }
        List<CurvePoint> out = new ArrayList<>();
        for (int k = 0; k < CURVE_POINTS; k++) {
            out.add(new CurvePoint(grid[k], observed[k], band == null ? Double.NaN : band.lower()[k],
                    band == null ? Double.NaN : band.upper()[k]));
        }
        return out;
    }

    /** val.prob's smoothed observed risk at {@code at} (NaN outside the range of p: no extrapolation). */
    private static double[] smoothAt(int[] y, double[] p, double[] at) {
        double[] yd = Arrays.stream(y).asDoubleStream().toArray();
        Lowess curve = Lowess.smooth(p, yd, 0);
        double lo = curve.x()[0];
        double hi = curve.x()[curve.x().length - 1];
        if (!(hi > lo)) {
            double[] nan = new double[at.length];
            Arrays.fill(nan, Double.NaN);
            return nan;
        }
        double[] v = Approx.tiesMean(curve.x(), curve.y()).at(at);
        for (int k = 0; k < at.length; k++) {
            if (at[k] < lo || at[k] > hi) {
                v[k] = Double.NaN;
            }
        }
        return v;
    }
}
