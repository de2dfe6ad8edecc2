package org.tacerisk.stats;

import java.util.List;

/**
 * Everything {@code tacerisk stats evaluate} reports for one model's predicted risks on one cohort — discrimination
 * (AUC with DeLong CI, Youden point), calibration (val.prob, Hosmer–Lemeshow, decile table), decision curve, and
 * optionally a paired DeLong comparison with a second model and bootstrap intervals — computed by the classes
 * that own each idea. The CLI and the GUI both call {@link #evaluate}.
 *
 * @param comparison    the paired DeLong test against the comparison model, or null without one
 * @param aucBootstrap  bootstrap percentile interval of the AUC (one component), or null when not asked for
 * @param dcaBootstrap  bootstrap intervals of the net benefit: components 0..T−1 the model at each threshold,
 *                      T..2T−1 treat-all; or null when not asked for
 */
public record ModelEvaluation(int n, int events, DeLongTest.AucEstimate auc, RocCurve.Point youden,
        DiagnosticAccuracy atYouden, ValProb valProb, HosmerLemeshow hosmerLemeshow,
        List<CalibrationDeciles.Bin> deciles, List<DecisionCurve.Point> decisionCurve, DeLongTest.Paired comparison,
        Bootstrap aucBootstrap, Bootstrap dcaBootstrap) {

    /**
     * @param thresholds the decision-curve thresholds ({@link ThresholdGrid})
     * @param resamples  bootstrap resamples for the AUC and net-benefit intervals; 0 for none
     * @param seed       the bootstrap seed (both bootstraps use the same resamples)
     */
    public record Options(double[] thresholds, int resamples, long seed) {

        public static Options defaults() {
            return new Options(ThresholdGrid.percent(), 0, 1);
        }
    }

    /**
     * @param outcomes  0/1
     * @param risks     the model's predicted risks, strictly between 0 and 1
     * @param compare   a second model's predictions on the same rows (any score), or null
     */
    public static ModelEvaluation evaluate(double[] outcomes, double[] risks, double[] compare, Options options) {
        int[] y = BinaryOutcome.outcomes(outcomes);
        double[] p = BinaryOutcome.risks(y, risks);
        RocCurve roc = RocCurve.ofChecked(y, p);
        RocCurve.Point youden = roc.youden();
        DeLongTest.Paired comparison = null;
        if (compare != null) {
            comparison = DeLongTest.paired(roc, RocCurve.ofChecked(y, BinaryOutcome.predictions(y, compare)));
        }
        ValProb valProb = ValProb.of(outcomes, risks);
        Bootstrap aucBoot = null;
        Bootstrap dcaBoot = null;
        if (options.resamples() > 0) {
            aucBoot = bootstrapAuc(y, p, options.resamples(), options.seed());
            dcaBoot = bootstrapNetBenefit(y, p, options.thresholds(), options.resamples(), options.seed());
        }
        return new ModelEvaluation(y.length, BinaryOutcome.events(y), DeLongTest.auc(roc), youden,
                roc.atCutoff(youden.threshold()), valProb, HosmerLemeshow.of(y, p, 10),
                CalibrationDeciles.of(y, p, 10), DecisionCurve.of(outcomes, risks, options.thresholds()), comparison,
                aucBoot, dcaBoot);
    }

    /** Percentile 95 % interval of the AUC; a resample without events or without non-events is left out. */
    public static Bootstrap bootstrapAuc(double[] outcomes, double[] predictions, int resamples, long seed) {
        int[] y = BinaryOutcome.outcomes(outcomes);
        return bootstrapAuc(y, BinaryOutcome.predictions(y, predictions), resamples, seed);
    }

    static Bootstrap bootstrapAuc(int[] y, double[] p, int resamples, long seed) {
        int n = y.length;
        int[] yb = new int[n];
        double[] pb = new double[n];
        return Bootstrap.percentile(n, resamples, seed, 0.95, index -> {
            int events = 0;
            for (int i = 0; i < n; i++) {
                yb[i] = y[index[i]];
                pb[i] = p[index[i]];
                events += yb[i];
            }
            if (events == 0 || events == n) {
                return new double[] {Double.NaN};
            }
            return new double[] {DeLongPlacements.of(yb, pb).auc()};
        });
    }

    /** Percentile 95 % intervals of the net benefit of the model and of treat-all at each threshold. */
    public static Bootstrap bootstrapNetBenefit(double[] outcomes, double[] risks, double[] thresholds,
            int resamples, long seed) {
        int[] y = BinaryOutcome.outcomes(outcomes);
        return bootstrapNetBenefit(y, BinaryOutcome.risks(y, risks), thresholds, resamples, seed);
    }

    static Bootstrap bootstrapNetBenefit(int[] y, double[] p, double[] thresholds, int resamples, long seed) {
        int n = y.length;
        int t = thresholds.length;
        return Bootstrap.percentile(n, resamples, seed, 0.95, index -> {
            int[] tp = new int[t];
            int[] fp = new int[t];
            int events = 0;
            for (int i : index) {
                events += y[i];
                for (int k = 0; k < t; k++) {
                    if (p[i] >= thresholds[k]) {
                        if (y[i] == 1) {
                            tp[k]++;
                        } else {
                            fp[k]++;
                        }
                    }
                }
            }
            double prev = (double) events / n;
            double[] out = new double[2 * t];
            for (int k = 0; k < t; k++) {
                out[k] = DecisionCurve.netBenefit(tp[k], fp[k], n, thresholds[k]);
                out[t + k] = DecisionCurve.treatAll(prev, thresholds[k]);
            }
            return out;
        });
    }
}
