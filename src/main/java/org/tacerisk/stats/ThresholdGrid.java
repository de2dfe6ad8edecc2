package org.tacerisk.stats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Risk thresholds for decision curves. Each is the double nearest the decimal k·step, as R's {@code (1:99)/100}
 * gives (k/100 correctly rounded) — not repeated addition, and not R's {@code seq(0.01, 0.99, by = 0.01)}, which
 * differs in the last bit for 25 of the 99 values.
 */
public final class ThresholdGrid {

    private ThresholdGrid() {
    }

    /** (1:99)/100, the dcurves/rmda grid. */
    public static double[] percent() {
        double[] t = new double[99];
        for (int k = 1; k <= 99; k++) {
            t[k - 1] = k / 100.0;
        }
        return t;
    }

    /**
     * {@code FROM:TO:STEP} in decimals, e.g. {@code 0.01:0.99:0.01}: from, from + step, … up to and including to,
     * computed in exact decimal arithmetic and then rounded once. Every threshold must lie strictly between 0 and 1.
     */
    public static double[] parse(String spec) {
        String[] parts = spec.trim().split(":");
        if (parts.length != 3) {
            throw new IllegalArgumentException("thresholds \"" + spec + "\" should read FROM:TO:STEP, e.g."
                    + " 0.01:0.99:0.01");
        }
        BigDecimal from;
        BigDecimal to;
        BigDecimal step;
        try {
            from = new BigDecimal(parts[0].trim());
            to = new BigDecimal(parts[1].trim());
            step = new BigDecimal(parts[2].trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("thresholds \"" + spec + "\": FROM, TO and STEP must be decimal numbers");
        }
        if (step.signum() <= 0 || from.compareTo(to) > 0) {
            throw new IllegalArgumentException("thresholds \"" + spec + "\": need FROM ≤ TO and STEP > 0");
        }
        if (from.signum() <= 0 || to.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("thresholds \"" + spec + "\": every threshold must lie in (0, 1)");
        }
        List<Double> out = new ArrayList<>();
        for (BigDecimal t = from; t.compareTo(to) <= 0; t = t.add(step)) {
            out.add(Double.parseDouble(t.toPlainString()));
            if (out.size() > 100_000) {
                throw new IllegalArgumentException("thresholds \"" + spec + "\": more than 100000 thresholds");
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
