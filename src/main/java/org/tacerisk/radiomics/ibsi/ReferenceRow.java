package org.tacerisk.radiomics.ibsi;

import java.math.BigDecimal;

/**
 * One row of IBSI-1's reference table: a feature (code, aggregation, variant) on one data set, its reference
 * value and tolerance. Where IBSI gives tolerance 0 the value is exact to the digits shown: a computed value passes
 * when it rounds to the reference (see {@link #allowedDeviation()}).
 */
public record ReferenceRow(String family, String feature, String ibsiCode, String aggregation, String aggregationCode,
        String variant, String dataSet, String valueText, double tolerance, String consensus) {

    /** The reference value; NaN where IBSI publishes none (config C's compactness 1). */
    public double value() {
        return hasValue() ? Double.parseDouble(valueText) : Double.NaN;
    }

    public boolean hasValue() {
        return !valueText.isBlank();
    }

    /** The key features are matched by: code, aggregation code and variant (as {@code FeatureValue.referenceKey}). */
    public String key() {
        return ibsiCode + "|" + aggregationCode + "|" + variant;
    }

    /**
     * The largest deviation that still passes: the tolerance, or half a unit in the last significant digit. IBSI
     * prints R's signif(x, 3) without trailing zeros, so at least three significant digits count: "0.28" is 0.280,
     * "1" is 1.00, and "1490" (the manual's 1.49 × 10³) is three digits, not four.
     */
    public double allowedDeviation() {
        if (tolerance > 0) {
            return tolerance;
        }
        BigDecimal shown = new BigDecimal(valueText.trim());
        if (shown.signum() == 0) {
            return 0.5e-3;
        }
        int leadingExponent = shown.precision() - shown.scale() - 1;
        int digits = Math.max(3, significantDigits(shown));
        return 0.5 * Math.pow(10, leadingExponent - digits + 1);
    }

    /** Digits shown, from the first non-zero one; trailing zeros of a whole number do not count. */
    static int significantDigits(BigDecimal shown) {
        return shown.scale() <= 0 ? shown.stripTrailingZeros().precision() : shown.precision();
    }

    public boolean accepts(double actual) {
        // The factor absorbs the binary representation of decimal references (e.g. 0.05 is not exact in double).
        return hasValue() && Double.isFinite(actual) && Math.abs(actual - value()) <= allowedDeviation() * (1 + 1e-9);
    }
}
