package org.tacerisk.app.figure;

import java.util.Locale;

/** The numbers of the model figures as the workstation writes them: "23.6 %", "0.83 (0.77–0.89)", "–" for none. */
final class FigureFormat {

    static final String NONE = "\u2013";

    private FigureFormat() {
    }

    /** A probability as percent with one decimal: "23.6 %"; null → "–". */
    static String percent(Double p) {
        return p == null || !Double.isFinite(p) ? NONE : String.format(Locale.ROOT, "%.1f %%", 100 * p);
    }

    /** An AUC with its 95 % interval: "0.83 (0.77–0.89)", without the interval when not known. */
    static String auc(Double auc, Double low, Double high) {
        if (auc == null || !Double.isFinite(auc)) {
            return NONE;
        }
        String s = String.format(Locale.ROOT, "%.2f", auc);
        return low == null || high == null ? s : s + String.format(Locale.ROOT, " (%.2f\u2013%.2f)", low, high);
    }

    /** {@code v} with {@code decimals} decimals, never "-0.00". */
    static String fixed(double v, int decimals) {
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        return s.matches("-0\\.?0*") ? s.substring(1) : s;
    }

    /** Millimetres with one decimal and the unit: "0.8 mm". */
    static String mm(Double v) {
        return v == null ? NONE : String.format(Locale.ROOT, "%.1f mm", v);
    }
}
