package org.tacerisk.radiomics;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tacerisk.radiomics.ibsi.IbsiReference;
import org.tacerisk.radiomics.ibsi.ReferenceRow;
import org.tacerisk.testsupport.SharedData;

/**
 * IBSI-1 reference rows ({@code reference/ibsi1/reference_values.csv} in ../shared) of the zone and neighbourhood
 * families; they are judged by {@link ReferenceRow#accepts} (IBSI's tolerance, or exact to at least three
 * significant digits).
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

    /** The pass rule: IBSI's, as {@link ReferenceRow#accepts} implements it. */
    static boolean passes(ReferenceRow row, double actual) {
        return row.accepts(actual);
    }

    static String describe(ReferenceRow row, double actual) {
        return String.format("%s %s '%s' (%s) [%s]: expected %s, tolerance %s, actual %s", row.dataSet(),
                row.family(), row.feature(), row.ibsiCode(), row.aggregationCode(), row.valueText(),
                row.tolerance(), actual);
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
