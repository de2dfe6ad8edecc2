package org.tacerisk.cli;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers as the human-readable output shows them. */
final class Numbers {

    private Numbers() {
    }

    /** Four significant digits, no exponent, no trailing zeros: 1.8, 100000, -2.957, 0.2008, 33.1. */
    static String significant4(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
