package org.tacerisk.cli;

import org.tacerisk.common.DisplayNumbers;

/** Numbers as the human-readable output shows them (see {@link DisplayNumbers}). */
final class Numbers {

    private Numbers() {
    }

    /** Four significant digits, no exponent, no trailing zeros: 1.8, 100000, -2.957, 0.2008, 33.1. */
    static String significant4(double v) {
        return DisplayNumbers.significant(v, 4);
    }

    /** An entered value as the user wrote it (without floating-point noise). */
    static String plain(double v) {
        return DisplayNumbers.exact(v);
    }
}
