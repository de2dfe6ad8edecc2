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

    /** Patients per group, on average, that {@link #adaptive} keeps at least. */
    public static final int MIN_PER_GROUP = 5;

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

    /**
     * The groups of a calibration plot for a cohort of any size: {@code g = min(10, max(1, ⌊n / 5⌋))} quantile
     * groups (at least {@value #MIN_PER_GROUP} patients per group on average; deciles from 50 patients on; one
     * group, calibration-in-the-large, below 10), the empty groups that tied breaks leave dropped, so every group
     * has a mean predicted risk.
     */
    public static List<Bin> adaptive(double[] outcomes, double[] risks) {
        int g = groupsFor(outcomes.length);
        return of(outcomes, risks, g).stream().filter(b -> b.n() > 0).toList();
    }

    /** {@link #adaptive}'s number of groups for {@code n} patients. */
    public static int groupsFor(int n) {
        return Math.min(10, Math.max(1, n / MIN_PER_GROUP));
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
