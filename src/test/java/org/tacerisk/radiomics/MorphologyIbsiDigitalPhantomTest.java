package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tacerisk.radiomics.ibsi.IbsiReference;
import org.tacerisk.radiomics.ibsi.ReferenceRow;
import org.tacerisk.testsupport.SharedData;

/**
 * Every IBSI-1 reference row of the morphology and local intensity families for the digital phantom: the computed
 * value must lie within the tolerance, or, where IBSI gives none, round to the reference's digits.
 */
class MorphologyIbsiDigitalPhantomTest {

    private static final String REFERENCE = "reference/ibsi1/reference_values.csv";

    private static Map<String, FeatureValue> computed;

    static Stream<Arguments> rows() throws IOException {
        Path root = SharedData.root();
        if (root == null || !root.resolve(REFERENCE).toFile().exists()) {
            return Stream.of(Arguments.of("reference table missing", null));
        }
        List<Arguments> out = new ArrayList<>();
        for (ReferenceRow row : IbsiReference.forDataSet(IbsiReference.read(root.resolve(REFERENCE)), "dig_phantom")) {
            if ((row.family().equals("morphology") || row.family().equals("local_intensity")) && row.hasValue()) {
                out.add(Arguments.of(row.feature(), row));
            }
        }
        return out.stream();
    }

    private static synchronized Map<String, FeatureValue> features() {
        if (computed == null) {
            ProcessedRoi roi = IbsiPhantoms.digitalPhantom();
            Map<String, FeatureValue> byKey = new HashMap<>();
            List<FeatureValue> all = new ArrayList<>(new MorphologyFamily().compute(roi, TestRois.context(Approach.THREE_D)));
            all.addAll(new LocalIntensityFamily().compute(roi, TestRois.context(Approach.THREE_D)));
            all.forEach(f -> byKey.put(f.referenceKey(), f));
            computed = byKey;
        }
        return computed;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void matchesReference(String feature, ReferenceRow row) {
        SharedData.require(REFERENCE);
        SharedData.require(IbsiPhantoms.FOLDER);
        FeatureValue value = features().get(row.key());
        assertNotNull(value, "no feature computed for " + row.key() + " (" + feature + ")");
        assertTrue(row.accepts(value.value()), () -> String.format(Locale.ROOT,
                "%s [%s]: expected %s, tolerance %s, actual %.6g %s", feature, row.ibsiCode(), row.valueText(),
                row.allowedDeviation(), value.value(), value.undefinedReason()));
    }
}
