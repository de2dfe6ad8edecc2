package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tacerisk.image.ImageGeometry;

class IntensityStatisticsFamilyTest {

    private static Map<String, Double> byCode(List<FeatureValue> values) {
        return values.stream().collect(Collectors.toMap(FeatureValue::ibsiCode, FeatureValue::value));
    }

    /** X = {1, 2, 3, 4, 10}, every value worked out by hand in the comments. */
    @Test
    void handComputedSample() {
        Map<String, Double> f = byCode(new IntensityStatisticsFamily().compute(TestRois.intensities(4, 1, 10, 3, 2),
                TestRois.context()));
        assertEquals(18, f.size());
        assertEquals(4, f.get("Q4LE"), 1e-12);                        // 20 / 5
        assertEquals(10, f.get("ECT3"), 1e-12);                       // (9 + 4 + 1 + 0 + 36) / 5
        assertEquals(36 / Math.pow(10, 1.5), f.get("KE2A"), 1e-12);   // m3 = (−27 − 8 − 1 + 0 + 216) / 5 = 36
        assertEquals(278.8 / 100 - 3, f.get("IPH6"), 1e-12);          // m4 = (81 + 16 + 1 + 0 + 1296) / 5
        assertEquals(3, f.get("Y12H"), 0);
        assertEquals(1, f.get("1GSF"), 0);
        assertEquals(1.4, f.get("QG58"), 1e-12);                      // position 0.4 between 1 and 2
        assertEquals(7.6, f.get("8DWT"), 1e-12);                      // position 3.6 between 4 and 10
        assertEquals(10, f.get("84IY"), 0);
        assertEquals(2, f.get("SALO"), 1e-12);                        // P75 4 − P25 2
        assertEquals(9, f.get("2OJQ"), 0);
        assertEquals(2.4, f.get("4FUA"), 1e-12);                      // (3 + 2 + 1 + 0 + 6) / 5
        assertEquals(2.0 / 3, f.get("1128"), 1e-12);                  // {2, 3, 4} in [1.4, 7.6], mean 3
        assertEquals(2.2, f.get("N72L"), 1e-12);                      // (2 + 1 + 0 + 1 + 7) / 5
        assertEquals(Math.sqrt(10) / 4, f.get("7TET"), 1e-12);
        assertEquals(2.0 / 6, f.get("9S40"), 1e-12);                  // (4 − 2) / (4 + 2)
        assertEquals(130, f.get("N8CA"), 1e-9);                       // 1 + 4 + 9 + 16 + 100
        assertEquals(Math.sqrt(26), f.get("5ZWQ"), 1e-12);
    }

    @Test
    void constantIntensitiesHaveZeroSkewnessAndKurtosis() {
        Map<String, Double> f = byCode(new IntensityStatisticsFamily().compute(TestRois.intensities(7, 7, 7),
                TestRois.context()));
        assertEquals(0, f.get("KE2A"), 0);
        assertEquals(0, f.get("IPH6"), 0);
        assertEquals(0, f.get("7TET"), 0);
    }

    @Test
    void emptyMaskGivesNaNWithAReason() {
        ImageGeometry g = ImageGeometry.axisAligned(2, 1, 1, new double[] {1, 1, 1}, new double[] {0, 0, 0});
        ProcessedRoi empty = new ProcessedRoi(g, new float[2], new byte[2], new byte[2], new int[2], 1);
        List<FeatureValue> values = new IntensityStatisticsFamily().compute(empty, TestRois.context());
        assertEquals(18, values.size());
        assertTrue(values.stream().allMatch(v -> Double.isNaN(v.value()) && !v.undefinedReason().isEmpty()));
    }

    @Test
    void namesAndCodesAsInIbsiFeatureList() throws Exception {
        FeatureListCheck.assertMatchesSpecs(Family.INTENSITY_STATISTICS, IntensityStatisticsFamily.SPECS);
    }

    @TestFactory
    Stream<DynamicTest> ibsiDigitalPhantom() throws Exception {
        return IbsiFamilyCheck.tests(new IntensityStatisticsFamily(), "dig_phantom", IbsiPhantoms.digitalPhantom(),
                IbsiPhantoms.digitalPhantomContext());
    }

    /** Every reference row of IBSI-1 CT configurations A, B and C, processed by the shipped settings. */
    @TestFactory
    Stream<DynamicContainer> ibsiCtPhantomConfigurations() throws Exception {
        return IbsiCtConfigs.tests(new IntensityStatisticsFamily());
    }
}
