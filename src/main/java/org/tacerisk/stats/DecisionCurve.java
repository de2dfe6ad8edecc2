package org.tacerisk.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Decision-curve analysis (A. J. Vickers and E. B. Elkin, Med Decis Making 2006;26:565): the net benefit of
 * treating when the predicted risk is at or above the threshold probability pt,
 * NB = tp/n − fp/n · pt/(1 − pt), against treating everyone, NB_all = prev − (1 − prev) · pt/(1 − pt), and no one
 * (0). Written as {@code dcurves::dca} computes it (positive when {@code risk >= threshold}); rmda's {@code >}
 * gives the same counts unless a risk equals a threshold. Also the standardised net benefit NB/prevalence
 * (Kerr et al., Med Decis Making 2016;36:714) and the net interventions avoided per 100 patients,
 * (NB − NB_all)/(pt/(1 − pt))·100 (Vickers et al., BMJ 2016;352:i6).
 */
public final class DecisionCurve {

    /** One threshold of the curve. */
    public record Point(double threshold, int n, int tp, int fp, double netBenefitModel, double netBenefitAll,
            double netBenefitNone, double standardizedNetBenefitModel, double standardizedNetBenefitAll,
            double interventionsAvoidedPer100) {
    }

    private DecisionCurve() {
    }

    /** The curve over {@link ThresholdGrid#percent()}. */
    public static List<Point> of(double[] outcomes, double[] risks) {
        return of(outcomes, risks, ThresholdGrid.percent());
    }

    public static List<Point> of(double[] outcomes, double[] risks, double[] thresholds) {
        int[] y = BinaryOutcome.outcomes(outcomes);
        double[] p = BinaryOutcome.risks(y, risks);
        for (double pt : thresholds) {
            if (!(pt > 0 && pt < 1)) {
                throw new IllegalArgumentException("threshold " + pt + " is outside (0, 1)");
            }
        }
        return of(y, p, thresholds);
    }

    static List<Point> of(int[] y, double[] p, double[] thresholds) {
        int n = y.length;
        double prev = (double) BinaryOutcome.events(y) / n;
        List<Point> out = new ArrayList<>(thresholds.length);
        for (double pt : thresholds) {
            int tp = 0;
            int fp = 0;
            for (int i = 0; i < n; i++) {
                if (p[i] >= pt) {
                    if (y[i] == 1) {
                        tp++;
                    } else {
                        fp++;
                    }
                }
            }
            double odds = pt / (1 - pt);
            double nb = netBenefit(tp, fp, n, pt);
            double nbAll = treatAll(prev, pt);
            out.add(new Point(pt, n, tp, fp, nb, nbAll, 0, nb / prev, nbAll / prev, (nb - nbAll) / odds * 100));
        }
        return List.copyOf(out);
    }

    /** tp/n − fp/n · pt/(1 − pt), in R's evaluation order. */
    static double netBenefit(int tp, int fp, int n, double pt) {
        return (double) tp / n - (double) fp / n * pt / (1 - pt);
    }

    /** prev − (1 − prev) · pt/(1 − pt), in R's evaluation order. */
    static double treatAll(double prev, double pt) {
        return prev - (1 - prev) * pt / (1 - pt);
    }
}
