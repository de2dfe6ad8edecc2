package org.tacerisk.report.figure;

import java.math.BigDecimal;

/** Tick labels: the shortest decimal that tells equally spaced ticks apart, without exponent or "-0". */
public final class TickFormat {

    private TickFormat() {
    }

    public static String[] labels(double[] ticks) {
        int decimals = 0;
        for (double t : ticks) {
            decimals = Math.max(decimals, decimals(t));
        }
        String[] out = new String[ticks.length];
        for (int i = 0; i < ticks.length; i++) {
            out[i] = format(ticks[i], decimals);
        }
        return out;
    }

    public static String format(double v, int decimals) {
        String s = BigDecimal.valueOf(v).setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
        return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
    }

    /** Decimals needed to show v (after rounding away floating-point noise at 10 significant digits). */
    static int decimals(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return 0;
        }
        BigDecimal b = new BigDecimal(v).round(new java.math.MathContext(10)).stripTrailingZeros();
        return Math.max(0, Math.min(6, b.scale()));
    }
}
