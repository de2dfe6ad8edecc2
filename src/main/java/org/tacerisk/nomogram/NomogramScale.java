package org.tacerisk.nomogram;

import java.util.ArrayList;
import java.util.List;
import org.tacerisk.stats.Approx;
import org.tacerisk.stats.LogisticRegression;
import org.tacerisk.stats.PrettyBreaks;

/**
 * The points scale of a logistic-model nomogram, computed as {@code rms::nomogram} (rms 6.5-0) computes it with its
 * defaults {@code maxscale = 100}, {@code nint = 10} and {@code fun = plogis}:
 * <ol>
 * <li>each predictor has axis values ({@link NomogramPredictor}); {@code Xbeta = beta * value}, and
 * {@code R_v = range(Xbeta)} over that predictor's axis values;</li>
 * <li>{@code sc = maxscale / max_v(diff(R_v))} points per unit of linear predictor: the predictor with the widest
 * effect range over its axis spans 0 to 100 points;</li>
 * <li>{@code points_v(x) = (Xbeta_v(x) - min R_v) * sc}; total points are the sum;</li>
 * <li>{@code Intercept_adj = intercept + sum_v min R_v}; then {@code lp = Intercept_adj + total / sc} and
 * {@code risk = plogis(lp)}, which reproduces the model's prediction exactly;</li>
 * <li>axes: {@code lp.at = pretty(range(training linear predictors), nint)}; total points
 * {@code pretty(c(0, max(maxscale, sc * max(lp.at - Intercept_adj))), nint)}; probability ticks
 * {@code pretty(plogis(range(lp.at)), nint)}, placed both exactly and as rms places them, by {@code approx()} on
 * a 1000-point grid of {@code plogis} over {@code range(lp.at)} (up to about 2e-4 points apart).</li>
 * </ol>
 */
public final class NomogramScale {

    /** One tick of a predictor axis. */
    public record Tick(String label, double value, double xbeta, double points) {
    }

    /** A predictor axis with its ticks and {@code R_v}. */
    public record Axis(String predictor, List<Tick> ticks, double xbetaMin, double xbetaMax) {
        public double xbetaRange() {
            return xbetaMax - xbetaMin;
        }
    }

    /** A tick of the linear-predictor axis. */
    public record LinearPredictorTick(double lp, double points) {
    }

    /** A tick of the probability axis: its exact position and rms's approximate one. */
    public record ProbabilityTick(double probability, double pointsExact, double pointsRms, double lpRms) {
    }

    public static final double MAXSCALE = 100;
    public static final int NINT = 10;
    private static final int RMS_GRID = 1000;

    private final List<Axis> axes;
    private final double sc;
    private final double intercept;
    private final double interceptAdjusted;
    private final double[] lpAt;
    private final double[] totalPointsAxis;

    private NomogramScale(List<Axis> axes, double sc, double intercept, double interceptAdjusted, double[] lpAt,
            double[] totalPointsAxis) {
        this.axes = List.copyOf(axes);
        this.sc = sc;
        this.intercept = intercept;
        this.interceptAdjusted = interceptAdjusted;
        this.lpAt = lpAt;
        this.totalPointsAxis = totalPointsAxis;
    }

    /**
     * Builds the scale.
     *
     * @param intercept  the model intercept
     * @param predictors the predictors with their axis values and effects
     * @param lpMin      smallest linear predictor of the training rows ({@code range(fit$linear.predictors)})
     * @param lpMax      largest
     */
    public static NomogramScale of(double intercept, List<NomogramPredictor> predictors, double lpMin, double lpMax) {
        if (predictors.isEmpty()) {
            throw new IllegalArgumentException("a nomogram needs at least one predictor");
        }
        List<double[]> xbetas = new ArrayList<>();
        double widest = 0;
        double sumMin = 0;
        for (NomogramPredictor p : predictors) {
            double[] xb = p.xbeta();
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double v : xb) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            xbetas.add(new double[] {lo, hi});
            widest = Math.max(widest, hi - lo);
            sumMin += lo;
        }
        if (!(widest > 0)) {
            throw new IllegalArgumentException("no predictor has an effect over its axis; the nomogram is empty");
        }
        double sc = MAXSCALE / widest;
        List<Axis> axes = new ArrayList<>();
        for (int k = 0; k < predictors.size(); k++) {
            NomogramPredictor p = predictors.get(k);
            double[] xb = p.xbeta();
            double lo = xbetas.get(k)[0];
            List<Tick> ticks = new ArrayList<>();
            for (int t = 0; t < xb.length; t++) {
                ticks.add(new Tick(p.labels().get(t), p.values()[t], xb[t], (xb[t] - lo) * sc));
            }
            axes.add(new Axis(p.name(), ticks, lo, xbetas.get(k)[1]));
        }
        double interceptAdjusted = intercept + sumMin;
        double[] lpAt = PrettyBreaks.of(lpMin, lpMax, NINT);
        double maxLp = Double.NEGATIVE_INFINITY;
        for (double v : lpAt) {
            maxLp = Math.max(maxLp, v);
        }
        double sumMax = Math.max(MAXSCALE, sc * (maxLp - interceptAdjusted));
        double[] total = PrettyBreaks.of(0, sumMax, NINT);
        return new NomogramScale(axes, sc, intercept, interceptAdjusted, lpAt, total);
    }

    /** Points per unit of linear predictor ({@code attr(nom, "info")$sc}). */
    public double sc() {
        return sc;
    }

    public double intercept() {
        return intercept;
    }

    /** {@code attr(nom, "info")$Intercept}: the intercept plus every predictor's smallest Xbeta. */
    public double interceptAdjusted() {
        return interceptAdjusted;
    }

    public List<Axis> axes() {
        return axes;
    }

    /** {@code nom$total.points$x}. */
    public double[] totalPointsAxis() {
        return totalPointsAxis.clone();
    }

    /** {@code nom$lp}: lp.at and its positions in points. */
    public List<LinearPredictorTick> linearPredictorAxis() {
        List<LinearPredictorTick> ticks = new ArrayList<>();
        for (double lp : lpAt) {
            ticks.add(new LinearPredictorTick(lp, (lp - interceptAdjusted) * sc));
        }
        return ticks;
    }

    /** The probability axis: {@code pretty(plogis(range(lp.at)), nint)} ticks strictly between 0 and 1. */
    public List<ProbabilityTick> probabilityAxis() {
        double lo = lpAt[0];
        double hi = lpAt[lpAt.length - 1];
        double[] fat = PrettyBreaks.of(LogisticRegression.plogis(lo), LogisticRegression.plogis(hi), NINT);
        // rms: xseq <- seq(min(lp.at), max(lp.at), length = 1000); w <- approx(plogis(xseq), xseq, fat, ties = mean)$y
        double[] xseq = new double[RMS_GRID];
        double by = (hi - lo) / (RMS_GRID - 1);
        for (int i = 0; i < RMS_GRID; i++) {
            xseq[i] = i == RMS_GRID - 1 ? hi : lo + i * by;
        }
        double[] fu = new double[RMS_GRID];
        for (int i = 0; i < RMS_GRID; i++) {
            fu[i] = LogisticRegression.plogis(xseq[i]);
        }
        Approx lpOfProbability = Approx.tiesMean(fu, xseq);
        List<ProbabilityTick> ticks = new ArrayList<>();
        for (double p : fat) {
            if (!(p > 0 && p < 1)) {
                continue;
            }
            double lpRms = lpOfProbability.at(p);
            double lpExact = Math.log(p / (1 - p));
            ticks.add(new ProbabilityTick(p, (lpExact - interceptAdjusted) * sc, (lpRms - interceptAdjusted) * sc,
                    lpRms));
        }
        return ticks;
    }

    /** The linear predictor for a total score: {@code Intercept_adj + total / sc}. */
    public double linearPredictorOfTotal(double totalPoints) {
        return interceptAdjusted + totalPoints / sc;
    }

    public double probabilityOfTotal(double totalPoints) {
        return LogisticRegression.plogis(linearPredictorOfTotal(totalPoints));
    }

    /** Points of predictor {@code k} for a patient whose Xbeta (effect on the linear predictor) is {@code xbeta}. */
    public double points(int k, double xbeta) {
        return (xbeta - axes.get(k).xbetaMin()) * sc;
    }
}
