package org.tacerisk.common;

import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Numbers as people type them and as R, pandas and spreadsheets write them: an optional sign, digits with an optional
 * decimal point, an optional exponent. Stricter than {@link Double#parseDouble}, which also takes "2f", "5d",
 * "0x1p3", "Infinity" and surrounding blanks — none of which a clinical value, a table cell or a setting should be
 * read as (a typo read as a number is a wrong result shown as right).
 */
public final class NumberText {

    /** The accepted form, for callers that embed it in a larger pattern (censored values such as "&lt;2"). */
    public static final String DECIMAL = "[-+]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?";

    private static final Pattern PATTERN = Pattern.compile(DECIMAL);
    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");

    private NumberText() {
    }

    /** True when {@code text} is a plain decimal number (no blanks around it). */
    public static boolean isDecimal(String text) {
        return text != null && PATTERN.matcher(text).matches();
    }

    /** The value of a plain decimal number, or empty when {@code text} is anything else. */
    public static OptionalDouble parse(String text) {
        if (!isDecimal(text)) {
            return OptionalDouble.empty();
        }
        double v = Double.parseDouble(text);
        return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
    }

    /** True when {@code text} is a whole number written without decimals or exponent ("2", "-3", not "2.0"). */
    public static boolean isInteger(String text) {
        return text != null && INTEGER.matcher(text).matches();
    }
}
