package org.tacerisk.report;

import java.util.Locale;

/** Numbers as the workstation shows them: percent with one decimal, CI "11.9–41.4 %", mm and mL one decimal. */
public final class ReportNumbers {

    private ReportNumbers() {
    }

    public static String percent(double p) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * p);
    }

    public static String interval(double low, double high) {
        return String.format(Locale.ROOT, "%.1f–%.1f %%", 100 * low, 100 * high);
    }

    public static String oneDecimal(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** A value with four significant digits, plain notation where it reads (feature tables). */
    public static String value(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        double a = Math.abs(v);
        return a >= 1e-3 && a < 1e6 ? new java.math.BigDecimal(v).round(new java.math.MathContext(4))
                .stripTrailingZeros().toPlainString() : String.format(Locale.ROOT, "%.3e", v);
    }
}
