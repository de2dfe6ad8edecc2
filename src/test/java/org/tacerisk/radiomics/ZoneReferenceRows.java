package org.tacerisk.radiomics;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tacerisk.radiomics.ibsi.IbsiReference;
import org.tacerisk.radiomics.ibsi.ReferenceRow;
import org.tacerisk.testsupport.SharedData;

/**
 * IBSI-1 reference rows ({@code reference/ibsi1/reference_values.csv} in ../shared) of the zone and neighbourhood
 * families, and how the tests judge them. With a tolerance: |value − reference| ≤ tolerance
 * ({@link ReferenceRow#accepts}). With tolerance 0 the reference is exact to its significant digits, so the value
 * is rounded to them and must equal it; at least three are compared, since the manual prints R's signif(x, 3)
 * without trailing zeros ("0.28" is 0.280, "1" is 1.00) and writes larger values as 1.49 × 10³, which the CSV
 * stores as "1490" (three significant digits, not four: {@link ReferenceRow#allowedDeviation} reads it as ±0.5).
 */
final class ZoneReferenceRows {

    static final Set<String> FAMILIES = Set.of("glszm", "gldzm", "ngtdm", "ngldm");

    private ZoneReferenceRows() {
    }

    /** Our families' rows of {@code dataSet} ("dig_phantom", "config_A", ...); skips when ../shared is absent. */
    static List<ReferenceRow> rows(String dataSet) throws IOException {
        List<ReferenceRow> all = IbsiReference.read(SharedData.require("reference/ibsi1/reference_values.csv"));
        return IbsiReference.forDataSet(all, dataSet).stream().filter(r -> FAMILIES.contains(r.family())).toList();
    }

    /** The pass rule (see the class comment). */
    static boolean passes(ReferenceRow row, double actual) {
        if (row.tolerance() > 0 || !Double.isFinite(actual)) {
            return row.accepts(actual);
        }
        int digits = Math.max(3, significantDigits(row.valueText()));
        BigDecimal rounded = BigDecimal.valueOf(actual).round(new MathContext(digits, RoundingMode.HALF_EVEN));
        return rounded.compareTo(new BigDecimal(row.valueText().trim())) == 0;
    }

    static String describe(ReferenceRow row, double actual) {
        return String.format("%s %s '%s' (%s) [%s]: expected %s, tolerance %s, actual %s", row.dataSet(),
                row.family(), row.feature(), row.ibsiCode(), row.aggregationCode(), row.valueText(),
                row.tolerance(), actual);
    }

    /** Significant digits shown in a decimal string (trailing zeros of an integer are not significant). */
    static int significantDigits(String s) {
        String digits = s.trim().replace("-", "").replace("+", "");
        int exponent = Math.max(digits.indexOf('e'), digits.indexOf('E'));
        if (exponent >= 0) {
            digits = digits.substring(0, exponent);
        }
        boolean decimal = digits.contains(".");
        digits = digits.replace(".", "").replaceFirst("^0+", "");
        if (!decimal) {
            digits = digits.replaceFirst("0+$", "");
        }
        return Math.max(1, digits.length());
    }

    /** The computed value for the row (features keyed by family csv name + reference key); checks the name. */
    static double lookup(Map<String, FeatureValue> computed, ReferenceRow row) {
        FeatureValue v = computed.get(row.family() + "|" + row.key());
        if (v == null) {
            throw new AssertionError("no computed value for " + describe(row, Double.NaN));
        }
        if (!v.feature().equals(row.feature())) {
            throw new AssertionError("feature name '" + v.feature() + "' differs from IBSI's '" + row.feature() + "'");
        }
        return v.value();
    }

    /** Feature values keyed as {@link #lookup} expects. */
    static void index(List<FeatureValue> values, Map<String, FeatureValue> into) {
        for (FeatureValue v : values) {
            into.put(v.family().csvName() + "|" + v.referenceKey(), v);
        }
    }
}
