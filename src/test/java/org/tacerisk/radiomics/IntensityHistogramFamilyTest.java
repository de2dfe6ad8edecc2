package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class IntensityHistogramFamilyTest {

    private static Map<String, Double> compute(int greyLevelCount, int... levels) {
        List<FeatureValue> values = new IntensityHistogramFamily().compute(TestRois.slice(greyLevelCount, levels),
                TestRois.context());
        assertEquals(23, values.size());
        return values.stream().collect(Collectors.toMap(FeatureValue::ibsiCode, FeatureValue::value));
    }

    /** Levels 1,1,2,2,2,4,5 with N_g = 5: histogram n = (2, 3, 0, 1, 1), worked out by hand. */
    @Test
    void handComputedHistogram() {
        Map<String, Double> f = compute(5, 2, 1, 4, 2, 5, 1, 2);
        assertEquals(17.0 / 7, f.get("X6K6"), 1e-12);               // (2 + 6 + 4 + 5) / 7
        assertEquals(2, f.get("WIFQ"), 0);
        assertEquals(2, f.get("AMMC"), 0);                           // level 2 occurs 3 times
        assertEquals(4, f.get("5Z3W"), 0);
        // gradient H' = (3 − 2, (0 − 2)/2, (1 − 3)/2, (1 − 0)/2, 1 − 1) = (1, −1, −1, 0.5, 0)
        assertEquals(1, f.get("12CE"), 0);
        assertEquals(1, f.get("8E6O"), 0);
        assertEquals(-1, f.get("VQB3"), 0);
        assertEquals(2, f.get("RHQZ"), 0);                           // first level where H' is minimal
        assertEquals(15.0 / 49, f.get("BJ5W"), 1e-12);               // (4 + 9 + 1 + 1) / 49
        // −Σ p log2 p with p = 2/7, 3/7, 1/7, 1/7
        assertEquals(-(2.0 / 7 * log2(2.0 / 7) + 3.0 / 7 * log2(3.0 / 7) + 2.0 / 7 * log2(1.0 / 7)), f.get("TLU2"),
                1e-12);
    }

    @Test
    void modeTiesGoToTheLevelNearestTheMeanThenToTheLowerOne() {
        // n = (2, 0, 0, 2, 1): mean 3, level 4 is nearer than level 1
        assertEquals(4, compute(5, 1, 1, 4, 4, 5).get("AMMC"), 0);
        // n = (2, 0, 2): mean 2, levels 1 and 3 equally near: the lower one
        assertEquals(1, compute(3, 1, 3, 1, 3).get("AMMC"), 0);
    }

    @Test
    void gradientCoversLevelsAbsentFromTheRoi() {
        // N_g = 4 but only level 1 occurs: n = (2, 0, 0, 0), H' = (−2, −1, 0, 0)
        Map<String, Double> f = compute(4, 1, 1);
        assertEquals(0, f.get("12CE"), 0);
        assertEquals(3, f.get("8E6O"), 0);
        assertEquals(-2, f.get("VQB3"), 0);
        assertEquals(1, f.get("RHQZ"), 0);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    @Test
    void namesAndCodesAsInIbsiFeatureList() throws Exception {
        FeatureListCheck.assertMatchesSpecs(Family.INTENSITY_HISTOGRAM, IntensityHistogramFamily.SPECS);
    }

    @TestFactory
    Stream<DynamicTest> ibsiDigitalPhantom() throws Exception {
        return IbsiFamilyCheck.tests(new IntensityHistogramFamily(), "dig_phantom", IbsiPhantoms.digitalPhantom(),
                IbsiPhantoms.digitalPhantomContext());
    }

    /** Every reference row of IBSI-1 CT configurations A, B and C, processed by the shipped settings. */
    @TestFactory
    Stream<DynamicContainer> ibsiCtPhantomConfigurations() throws Exception {
        return IbsiCtConfigs.tests(new IntensityHistogramFamily());
    }
}
