package org.tacerisk.radiomics;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tacerisk.testsupport.SharedData;

/**
 * Rows of IBSI-1's reference table ({@code reference/ibsi1/reference_values.csv} in ../shared) for the zone and
 * neighbourhood families, and the pass rule: |value − reference| ≤ tolerance; where the tolerance is 0 the
 * reference is exact to the digits shown, so the value is rounded to those significant digits first. The manual's
 * tables print R's signif(x, 3) with trailing zeros dropped ("0.28" is 0.280, "1" is 1.00), so at least three
 * significant digits are compared.
 */
final class ZoneReferenceRows {

    static final Set<String> FAMILIES = Set.of("glszm", "gldzm", "ngtdm", "ngldm");

    record Row(String family, String feature, String ibsiCode, String aggregationCode, String data, String value,
            String tolerance) {

        String key() {
            return ibsiCode + "|" + aggregationCode + "|";
        }

        boolean passes(double actual) {
            if (Double.isNaN(actual) || Double.isInfinite(actual)) {
                return false;
            }
            BigDecimal reference = new BigDecimal(value);
            BigDecimal tol = new BigDecimal(tolerance);
            if (tol.signum() > 0) {
                return BigDecimal.valueOf(actual).subtract(reference).abs().compareTo(tol) <= 0;
            }
            int digits = Math.max(3, significantDigits(value));
            BigDecimal rounded = BigDecimal.valueOf(actual).round(new MathContext(digits, RoundingMode.HALF_EVEN));
            return rounded.compareTo(reference) == 0;
        }

        String describe(double actual) {
            return String.format("%s %s '%s' (%s) [%s]: expected %s, tolerance %s, actual %s", data, family,
                    feature, ibsiCode, aggregationCode, value, tolerance, actual);
        }

        @Override
        public String toString() {
            return family + " " + feature + " " + aggregationCode;
        }
    }

    private ZoneReferenceRows() {
    }

    /** The rows of {@code data} (e.g. "dig_phantom") for our four families; skips the test when ../shared is absent. */
    static List<Row> rows(String data) throws IOException {
        Path csv = SharedData.require("reference/ibsi1/reference_values.csv");
        List<Row> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = split(line);
            if (f.size() >= 9 && FAMILIES.contains(f.get(0)) && f.get(6).equals(data)) {
                rows.add(new Row(f.get(0), f.get(1), f.get(2), f.get(4), f.get(6), f.get(7), f.get(8)));
            }
        }
        return rows;
    }

    /** Significant digits shown in a decimal string (trailing zeros of an integer are not significant). */
    static int significantDigits(String s) {
        String digits = s.replace("-", "").replace("+", "");
        if (digits.contains("e") || digits.contains("E")) {
            digits = digits.substring(0, Math.max(digits.indexOf('e'), digits.indexOf('E')));
        }
        boolean decimal = digits.contains(".");
        digits = digits.replace(".", "").replaceFirst("^0+", "");
        if (!decimal) {
            digits = digits.replaceFirst("0+$", "");
        }
        return Math.max(1, digits.length());
    }

    /** The value of the row's feature in {@code computed} (keyed by {@link FeatureValue#referenceKey()}). */
    static double lookup(Map<String, FeatureValue> computed, Row row) {
        FeatureValue v = computed.get(row.key());
        if (v == null) {
            throw new AssertionError("no computed value for " + row.describe(Double.NaN));
        }
        if (!v.feature().equals(row.feature())) {
            throw new AssertionError("feature name '" + v.feature() + "' differs from IBSI's '" + row.feature() + "'");
        }
        return v.value();
    }

    private static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
