package org.tacerisk.stats;

/**
 * The smoothed calibration behind val.prob's Emax, E90 and Eavg (rms 6.5-0): {@code Sm <- lowess(p, y, iter = 0)},
 * {@code cal <- approx(Sm, xout = p, ties = mean)$y}, {@code e = |p − cal|}; then max(e), the type-7 0.9 quantile
 * of e and mean(e). Arrays are in data order.
 *
 * @param curve      the lowess curve (x sorted, one point per observation)
 * @param calibrated the smoothed observed risk at each observation's p
 * @param absError   |p − calibrated| per observation
 */
public record SmoothCalibration(Lowess curve, double[] calibrated, double[] absError, double emax, double e90,
        double eavg) {

    public static SmoothCalibration of(double[] outcomes, double[] risks) {
        int[] y = BinaryOutcome.outcomes(outcomes);
        return of(y, BinaryOutcome.risks(y, risks));
    }

    static SmoothCalibration of(int[] y, double[] p) {
        double[] yd = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            yd[i] = y[i];
        }
        Lowess curve = Lowess.smooth(p, yd, 0);
        double[] cal = Approx.tiesMean(curve.x(), curve.y()).at(p);
        double[] e = new double[p.length];
        double max = 0;
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            e[i] = Math.abs(p[i] - cal[i]);
            max = Math.max(max, e[i]);
            sum += e[i];
        }
        return new SmoothCalibration(curve, cal, e, max, Quantiles.type7(e, 0.9), sum / p.length);
    }
}
