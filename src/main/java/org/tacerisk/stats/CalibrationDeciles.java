package org.tacerisk.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Binned calibration: the observations grouped into deciles of predicted risk (the {@link HosmerLemeshow} groups:
 * type-7 quantile breaks, right-closed), and per group the mean predicted risk against the observed proportion of
 * events with its 95 % Wilson score interval ({@link WilsonInterval}) — the points of a calibration plot.
 */
public final class CalibrationDeciles {

    /** One group: its risk range, size, mean predicted risk and observed event proportion with Wilson CI. */
    public record Bin(int group, double lowerBreak, double upperBreak, int n, double meanPredicted, int events,
            WilsonInterval observed) {
    }

    private CalibrationDeciles() {
    }

    /** The ten decile bins. */
    public static List<Bin> of(double[] outcomes, double[] risks) {
        return of(outcomes, risks, 10);
    }

    public static List<Bin> of(double[] outcomes, double[] risks, int g) {
        int[] y = BinaryOutcome.outcomes(outcomes);
        return of(y, BinaryOutcome.risks(y, risks), g);
    }

    static List<Bin> of(int[] y, double[] p, int g) {
        List<Bin> bins = new ArrayList<>();
        for (HosmerLemeshow.Group grp : HosmerLemeshow.groups(y, p, g)) {
            bins.add(new Bin(grp.group(), grp.lowerBreak(), grp.upperBreak(), grp.n(),
                    grp.n() == 0 ? Double.NaN : grp.expectedEvents() / grp.n(), grp.observedEvents(),
                    WilsonInterval.of(grp.observedEvents(), grp.n())));
        }
        return List.copyOf(bins);
    }
}
