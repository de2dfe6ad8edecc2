package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.tacerisk.radiomics.ibsi.IbsiReference;
import org.tacerisk.radiomics.ibsi.ReferenceRow;
import org.tacerisk.testsupport.SharedData;

/**
 * Runs one family on a processed ROI and turns every IBSI-1 reference row of that family and data set into a test
 * (|value − reference| within the tolerance, or equal at the digits shown where the tolerance is 0); prints the
 * pass count and each failing row with expected value, tolerance and actual value.
 */
final class IbsiFamilyCheck {

    private IbsiFamilyCheck() {
    }

    static List<ReferenceRow> rows(Family family, String dataSet) throws IOException {
        Path csv = SharedData.require("reference/ibsi1/reference_values.csv");
        return IbsiReference.forDataSet(IbsiReference.read(csv), dataSet).stream()
                .filter(r -> r.family().equals(family.csvName())).toList();
    }

    static Stream<DynamicTest> tests(FamilyCalculator family, String dataSet, ProcessedRoi roi, FamilyContext context)
            throws IOException {
        List<ReferenceRow> rows = rows(family.family(), dataSet);
        long start = System.nanoTime();
        List<FeatureValue> computed = family.compute(roi, context);
        double ms = (System.nanoTime() - start) / 1e6;
        Map<String, FeatureValue> byKey = new HashMap<>();
        computed.forEach(v -> byKey.put(v.referenceKey(), v));
        StringBuilder failures = new StringBuilder();
        int passed = 0;
        for (ReferenceRow row : rows) {
            FeatureValue v = byKey.get(row.key());
            if (v != null && row.accepts(v.value())) {
                passed++;
            } else {
                failures.append("\n  FAIL ").append(describe(row, v));
            }
        }
        System.out.printf("IBSI %s %s: %d/%d rows pass (%d values in %.1f ms)%s%n", dataSet,
                family.family().csvName(), passed, rows.size(), computed.size(), ms, failures);
        return rows.stream().map(row -> DynamicTest.dynamicTest(
                row.feature() + (row.aggregationCode().isEmpty() ? "" : " " + row.aggregationCode())
                        + (row.variant().isEmpty() ? "" : " " + row.variant()), () -> {
                    FeatureValue v = byKey.get(row.key());
                    assertNotNull(v, () -> describe(row, null));
                    assertEquals(row.feature(), v.feature(), "feature name as in IBSI's table");
                    assertTrue(row.accepts(v.value()), () -> describe(row, v));
                }));
    }

    static String describe(ReferenceRow row, FeatureValue v) {
        String actual = v == null ? "not computed"
                : Double.isNaN(v.value()) ? "NaN (" + v.undefinedReason() + ")" : String.valueOf(v.value());
        return String.format("%s %s [%s%s]: expected %s, tolerance %s, actual %s", row.dataSet(), row.feature(),
                row.aggregationCode().isEmpty() ? "-" : row.aggregationCode(),
                row.variant().isEmpty() ? "" : " " + row.variant(), row.valueText(),
                row.tolerance() > 0 ? String.valueOf(row.tolerance())
                        : "0 (digits shown: ±" + row.allowedDeviation() + ")", actual);
    }
}
