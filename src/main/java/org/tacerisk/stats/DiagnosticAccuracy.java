package org.tacerisk.stats;

/**
 * The 2 × 2 table at one cut-off and its five proportions, each with a 95 % Wilson score interval
 * ({@link WilsonInterval}): sensitivity tp/(tp + fn), specificity tn/(tn + fp), positive predictive value
 * tp/(tp + fp), negative predictive value tn/(tn + fn), accuracy (tp + tn)/n. A proportion with an empty
 * denominator is NaN.
 */
public record DiagnosticAccuracy(double cutoff, int tp, int fp, int tn, int fn, WilsonInterval sensitivity,
        WilsonInterval specificity, WilsonInterval ppv, WilsonInterval npv, WilsonInterval accuracy) {

    public static DiagnosticAccuracy of(double cutoff, int tp, int fp, int tn, int fn) {
        return new DiagnosticAccuracy(cutoff, tp, fp, tn, fn,
                WilsonInterval.of(tp, tp + fn), WilsonInterval.of(tn, tn + fp),
                WilsonInterval.of(tp, tp + fp), WilsonInterval.of(tn, tn + fn),
                WilsonInterval.of(tp + tn, tp + fp + tn + fn));
    }
}
