package org.tacerisk.radiomics.ibsi;

import java.math.BigDecimal;

/**
 * One row of IBSI-1's reference table: a feature (code, aggregation, variant) on one data set, its reference
 * value and tolerance. Where IBSI gives tolerance 0 the value is exact to the digits shown, so a computed value
 * passes when it rounds to the reference: it may deviate by at most half a unit in the reference's last digit.
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

    /** The largest deviation that still passes: the tolerance, or half a unit in the last digit shown. */
    public double allowedDeviation() {
        if (tolerance > 0) {
            return tolerance;
        }
        BigDecimal shown = new BigDecimal(valueText.trim());
        return 0.5 * Math.pow(10, -shown.scale());
    }

    public boolean accepts(double actual) {
        // The factor absorbs the binary representation of decimal references (e.g. 0.05 is not exact in double).
        return hasValue() && Double.isFinite(actual) && Math.abs(actual - value()) <= allowedDeviation() * (1 + 1e-9);
    }
}
