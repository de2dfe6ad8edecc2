package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tacerisk.testsupport.SharedData;
import org.tacerisk.radiomics.ibsi.ReferenceRow;

/**
 * Every IBSI-1 reference row of the morphology and local intensity families for the CT phantom in configurations
 * A, B and C, processed by the shipped {@code docs/ibsi/config-*.yaml} through {@link ImageProcessor}. Rows where
 * IBSI publishes no value (config C's compactness 1) are not tests.
 */
class MorphologyIbsiConfigTest {

    @TestFactory
    Stream<DynamicNode> configurations() throws IOException {
        if (!SharedData.has("data/ibsi/ibsi_1_ct_radiomics_phantom")) {
            return Stream.of(SharedData.skipped("configurations A, B and C", "data/ibsi/ibsi_1_ct_radiomics_phantom"));
        }
        List<DynamicNode> out = new ArrayList<>();
        for (String config : IbsiCtConfigs.CONFIGS) {
            IbsiCtConfigs.Processed p = IbsiCtConfigs.processed(config);
            List<DynamicTest> tests = new ArrayList<>();
            for (FamilyCalculator family : List.of(new MorphologyFamily(), new LocalIntensityFamily())) {
                tests.addAll(check(family, "config_" + config, p));
            }
            out.add(DynamicContainer.dynamicContainer("config_" + config, tests));
        }
        return out.stream();
    }

    private static List<DynamicTest> check(FamilyCalculator family, String dataSet, IbsiCtConfigs.Processed p)
            throws IOException {
        List<ReferenceRow> rows = IbsiFamilyCheck.rows(family.family(), dataSet).stream()
                .filter(ReferenceRow::hasValue).toList();
        long start = System.nanoTime();
        List<FeatureValue> computed = family.compute(p.roi(), p.context());
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
                failures.append("\n  FAIL ").append(IbsiFamilyCheck.describe(row, v));
            }
        }
        System.out.printf("IBSI %s %s: %d/%d rows pass (%.1f ms, %d voxels)%s%n", dataSet, family.family().csvName(),
                passed, rows.size(), ms, p.roi().morphologicalVoxelCount(), failures);
        List<DynamicTest> tests = new ArrayList<>();
        for (ReferenceRow row : rows) {
            tests.add(DynamicTest.dynamicTest(row.feature(), () -> {
                FeatureValue v = byKey.get(row.key());
                assertNotNull(v, () -> IbsiFamilyCheck.describe(row, null));
                assertEquals(row.feature(), v.feature(), "feature name as in IBSI's table");
                assertTrue(row.accepts(v.value()), () -> IbsiFamilyCheck.describe(row, v));
            }));
        }
        return tests;
    }
}
