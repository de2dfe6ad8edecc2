package org.tacerisk.common;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Numbers as people read them in messages, warnings and labels: no exponent, no trailing zeros, no floating-point
 * noise ("-1.7", never "-1.7000000000000002"), no "-0". Files that are read back by programs keep full precision
 * and do not use this.
 */
public final class DisplayNumbers {

    /** Digits enough to drop binary floating-point noise while keeping every digit a person or R wrote. */
    private static final MathContext NOISE_FREE = new MathContext(10);

    private DisplayNumbers() {
    }

    /** The value to {@code digits} significant digits: 3.782 (4), 100000, -2.957, 0.2008. */
    public static String significant(double v, int digits) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        return clean(new BigDecimal(v).round(new MathContext(digits)));
    }

    /** A message's default: whole numbers as such, anything else to four significant digits. */
    public static String of(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? clean(BigDecimal.valueOf((long) v)) : significant(v, 4);
    }

    /** An axis label or an entered value: as written, without floating-point noise (10 significant digits at most). */
    public static String exact(double v) {
        return significant(v, NOISE_FREE.getPrecision());
    }

    private static String clean(BigDecimal b) {
        String s = b.stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }
}
