package org.tacerisk.stats;

import java.util.Arrays;

/**
 * The bootstrap overfitting-corrected calibration curve of a logistic model as
 * {@code rms::calibrate(fit, B, method = "boot")} (rms 6.5-0, {@code calibrate.default}, smoother lowess) computes
 * it, on the {@link OptimismBootstrap}:
 * <ul>
 * <li>{@code predy} = {@code seq(sort(p)[5], sort(p)[n − 4], length = 50)} with p the model's apparent risks;</li>
 * <li>the measure at each predy is {@code approx(lowess(p, y, iter = 0), xout = predy, ties = function(x) x[1])$y
 * − predy} (calibrate's {@code cal.error}; NaN outside the range of p, which then does not count in n);</li>
 * <li>{@code calibrated_orig} = the apparent curve at predy, {@code calibrated_corrected} = calibrated_orig −
 * optimism;</li>
 * <li>the summary as {@code print.calibrate.default}: err = predicted − approx(predy, calibrated_corrected,
 * xout = predicted, ties = mean), then the mean |err|, mean err², the type-7 0.9 quantile of |err| (NA removed) and
 * how many err are NA (predictions outside [predy₁, predy₅₀]).</li>
 * </ul>
 *
 * @param predicted the apparent risks in row order ({@code attr(cal, "predicted")})
 * @param n         per grid point, the resamples where both training and test curves reach it
 * @param failed    resamples skipped because their {@link LrmFit} refit failed as lrm.fit fails (no convergence,
 *                  singular information, constant outcome; separation alone is not a failure), or, in
 *                  {@link #ofProcedure}, because the procedure's refit failed
 */
public record BootstrapCalibration(double[] predy, double[] calibratedOrig, double[] calibratedCorrected,
        double[] indexOrig, double[] training, double[] test, double[] optimism, double[] indexCorrected, int[] n,
        double[] predicted, Summary summary, int resamples, long seed, int failed) {

    /** calibrate's grid length. */
    public static final int GRID = 50;

    /** What print.calibrate.default prints under the curve. */
    public record Summary(double meanAbsoluteError, double meanSquaredError, double quantile90AbsoluteError,
            int nErrNa) {
    }

    /** calibrate(fit, B) of the model specified by {@code frame}, refitted on each resample. */
    public static BootstrapCalibration of(ModelFrame frame, int resamples, long seed) {
        return of(frame.x(), frame.y(), resamples, seed);
    }

    /** calibrate(fit, B) of the logistic model with design matrix {@code x} (intercept column first). */
    public static BootstrapCalibration of(double[][] x, double[] y, int resamples, long seed) {
        double[] lp = LogisticRegression.fit(x, y).linearPredictors();
        double[] predicted = new double[lp.length];
        for (int i = 0; i < lp.length; i++) {
            predicted[i] = LogisticRegression.plogis(lp[i]);
        }
        double[] predy = predyGrid(predicted);
        OptimismBootstrap.Result r = OptimismBootstrap.run(x, y, resamples, seed,
                (eta, outcomes, ownFit) -> calibrationError(eta, outcomes, predy));
        return of(r, predy, predicted, seed);
    }

    /**
     * calibrate of a whole modelling procedure: the apparent curve of {@code apparentLp} (the procedure fitted to
     * all rows) corrected by the optimism of the procedure's refits in {@code refits} (computed once, shared with
     * {@link BootstrapValidation#ofProcedure}). Rows whose linear predictor is NaN are left out of each evaluation
     * and of {@code predicted}. With {@link ResampleRefit#logistic} as the refit this is
     * {@link #of(double[][], double[], int, long)} exactly.
     *
     * @param apparentLp the linear predictor of the model fitted to all n rows, in row order
     * @param y          the n 0/1 outcomes
     */
    public static BootstrapCalibration ofProcedure(double[] apparentLp, double[] y, Resamples refits) {
        double[] predicted = java.util.Arrays.stream(apparentLp).filter(v -> !Double.isNaN(v))
                .map(LogisticRegression::plogis).toArray();
        double[] predy = predyGrid(predicted);
        OptimismBootstrap.Result r = OptimismBootstrap.evaluate(apparentLp, y, refits,
                (eta, outcomes, ownFit) -> calibrationError(eta, outcomes, predy));
        return of(r, predy, predicted, refits.seed());
    }

    private static BootstrapCalibration of(OptimismBootstrap.Result r, double[] predy, double[] predicted,
            long seed) {
        int resamples = r.resamples();
        double[] orig = new double[GRID];
        double[] corrected = new double[GRID];
        for (int k = 0; k < GRID; k++) {
            orig[k] = r.indexOrig()[k] + predy[k];
            corrected[k] = orig[k] - r.optimism()[k];
        }
        return new BootstrapCalibration(predy, orig, corrected, r.indexOrig(), r.training(), r.test(),
                r.optimism(), r.indexCorrected(), r.n(), predicted, summary(predy, corrected, predicted), resamples,
                seed, r.failed());
    }

    /** {@code seq(sort(p)[5], sort(p)[n − 4], length = 50)} as R's seq.default: from + k·((to − from)/49), to. */
    public static double[] predyGrid(double[] predicted) {
        if (predicted.length < 9) {
            throw new IllegalArgumentException("calibrate's grid needs at least 9 predictions, got "
                    + predicted.length);
        }
        double[] sorted = predicted.clone();
        Arrays.sort(sorted);
        double from = sorted[4];
        double to = sorted[sorted.length - 5];
        double by = (to - from) / (GRID - 1);
        double[] grid = new double[GRID];
        grid[0] = from;
        for (int k = 1; k < GRID - 1; k++) {
            grid[k] = from + k * by;
        }
        grid[GRID - 1] = to;
        return grid;
    }

    /** The apparent lowess curve of y on p read at predy: {@code approx(lowess(p, y, iter = 0), ties = first)}. */
    public static double[] calibrated(double[] p, double[] y, double[] predy) {
        Lowess curve = Lowess.smooth(p, y, 0);
        return Approx.tiesFirst(curve.x(), curve.y()).at(predy);
    }

    /** calibrate's {@code cal.error}: the curve of y on plogis(lp) at predy, minus predy. */
    static double[] calibrationError(double[] lp, double[] y, double[] predy) {
        double[] p = new double[lp.length];
        for (int i = 0; i < lp.length; i++) {
            p[i] = LogisticRegression.plogis(lp[i]);
        }
        double[] cal = calibrated(p, y, predy);
        for (int k = 0; k < cal.length; k++) {
            cal[k] -= predy[k];
        }
        return cal;
    }

    /** print.calibrate.default's error summary of the corrected curve at the apparent predictions. */
    public static Summary summary(double[] predy, double[] calibratedCorrected, double[] predicted) {
        int defined = 0;
        for (int k = 0; k < predy.length; k++) {
            defined += Double.isNaN(predy[k] + calibratedCorrected[k]) ? 0 : 1;
        }
        double[] gx = new double[defined];
        double[] gy = new double[defined];
        for (int k = 0, j = 0; k < predy.length; k++) {
            if (!Double.isNaN(predy[k] + calibratedCorrected[k])) {
                gx[j] = predy[k];
                gy[j++] = calibratedCorrected[k];
            }
        }
        double[] smooth = Approx.tiesMean(gx, gy).at(predicted);
        double[] abs = new double[predicted.length];
        int m = 0;
        double sumAbs = 0;
        double sumSq = 0;
        for (int i = 0; i < predicted.length; i++) {
            double err = predicted[i] - smooth[i];
            if (!Double.isNaN(err)) {
                abs[m++] = Math.abs(err);
                sumAbs += Math.abs(err);
                sumSq += err * err;
            }
        }
        if (m == 0) {
            return new Summary(Double.NaN, Double.NaN, Double.NaN, predicted.length);
        }
        return new Summary(sumAbs / m, sumSq / m, Quantiles.type7(Arrays.copyOf(abs, m), 0.9),
                predicted.length - m);
    }
}
