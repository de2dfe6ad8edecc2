package org.tacerisk.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Hosmer–Lemeshow goodness-of-fit test on g groups of predicted risk (D. W. Hosmer and S. Lemeshow, Commun Stat
 * 1980;A9:1043), grouped as {@code ResourceSelection::hoslem.test(y, p, g)} does: breaks
 * {@code unique(quantile(p, seq(0, 1, 1/g), type = 7))}, groups {@code cut(p, breaks, include.lowest = TRUE,
 * right = TRUE)} — (b<sub>k−1</sub>, b<sub>k</sub>], the first closed [b<sub>0</sub>, b<sub>1</sub>] — and
 * χ² = Σ<sub>groups</sub> [(O₁ − E₁)²/E₁ + (O₀ − E₀)²/E₀] with O₁ the events, E₁ = Σp, O₀ = n<sub>g</sub> − O₁,
 * E₀ = n<sub>g</sub> − E₁, on G − 2 degrees of freedom, G the number of non-empty groups (g − 2 = 8 for deciles
 * with distinct breaks).
 *
 * @param groups the group table, in increasing risk
 */
public record HosmerLemeshow(double statistic, int df, double p, List<Group> groups) {

    /** One risk group: its breaks, size, and observed and expected events and non-events. */
    public record Group(int group, double lowerBreak, double upperBreak, int n, int observedEvents,
            double expectedEvents, int observedNonEvents, double expectedNonEvents) {
    }

    /** The usual g = 10 (deciles of risk). */
    public static HosmerLemeshow of(double[] outcomes, double[] risks) {
        return of(outcomes, risks, 10);
    }

    public static HosmerLemeshow of(double[] outcomes, double[] risks, int g) {
        int[] y = BinaryOutcome.outcomes(outcomes);
        return of(y, BinaryOutcome.risks(y, risks), g);
    }

    static HosmerLemeshow of(int[] y, double[] p, int g) {
        if (g < 3) {
            throw new IllegalArgumentException("Hosmer–Lemeshow needs at least 3 groups; got " + g);
        }
        List<Group> groups = groups(y, p, g);
        double chisq = 0;
        int nonEmpty = 0;
        for (Group grp : groups) {
            if (grp.n() == 0) {
                continue;
            }
            nonEmpty++;
            double d1 = grp.observedEvents() - grp.expectedEvents();
            double d0 = grp.observedNonEvents() - grp.expectedNonEvents();
            chisq += d1 * d1 / grp.expectedEvents() + d0 * d0 / grp.expectedNonEvents();
        }
        int df = nonEmpty - 2;
        return new HosmerLemeshow(chisq, df, ValProb.chiSquareUpperTail(chisq, df), groups);
    }

    /** The groups between the unique type-7 quantile breaks at probabilities k·(1/g), k = 0..g. */
    static List<Group> groups(int[] y, double[] p, int g) {
        double step = 1.0 / g;
        double[] probs = new double[g + 1];
        for (int k = 0; k <= g; k++) {
            probs[k] = Math.min(1, k * step); // R's seq(0, 1, 1/g): from + (0:n)·by, capped at `to`
        }
        double[] breaks = Arrays.stream(Quantiles.type7(p, probs)).distinct().toArray();
        int groupCount = Math.max(1, breaks.length - 1);
        int[] n = new int[groupCount];
        int[] events = new int[groupCount];
        double[] expected = new double[groupCount];
        for (int i = 0; i < p.length; i++) {
            int k = groupOf(p[i], breaks);
            n[k]++;
            events[k] += y[i];
            expected[k] += p[i];
        }
        List<Group> out = new ArrayList<>(groupCount);
        for (int k = 0; k < groupCount; k++) {
            double upper = breaks.length > 1 ? breaks[k + 1] : breaks[0];
            out.add(new Group(k + 1, breaks[k], upper, n[k], events[k], expected[k], n[k] - events[k],
                    n[k] - expected[k]));
        }
        return List.copyOf(out);
    }

    /** cut(..., include.lowest = TRUE, right = TRUE): the first k with v ≤ b<sub>k+1</sub>. */
    private static int groupOf(double v, double[] breaks) {
        for (int k = 0; k < breaks.length - 2; k++) {
            if (v <= breaks[k + 1]) {
                return k;
            }
        }
        return Math.max(0, breaks.length - 2);
    }
}
