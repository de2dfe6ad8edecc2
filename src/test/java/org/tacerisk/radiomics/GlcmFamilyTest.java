package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class GlcmFamilyTest {

    /** The feature with IBSI code {@code code} of one matrix, as the family's registry defines it. */
    private static double feature(GlcmMatrix m, String code) {
        for (TextureFeature<GlcmMatrix> f : GlcmFamily.FEATURES) {
            if (f.ibsiCode().equals(code)) {
                return f.formula().applyAsDouble(m);
            }
        }
        throw new IllegalArgumentException(code);
    }

    /**
     * The symmetric matrix of {@link GlcmMatrixTest#IMAGE} along (1, 0), (2 1 1 / 1 2 1 / 1 1 2) / 12, by hand:
     * marginals 1/3 each, μ = 2, σ² = 2/3; |i − j| = 0, 1, 2 with probabilities 1/2, 1/3, 1/6.
     */
    @Test
    void handComputedFeatures() {
        GlcmMatrix f = GlcmMatrix.ofCounts(3, 2, 1, 1, 1, 2, 1, 1, 1, 2);
        assertEquals(1.0 / 6, feature(f, "GYBY"), 1e-12);                         // joint maximum 2/12
        assertEquals(2, feature(f, "60VM"), 1e-12);                               // joint average
        assertEquals(2.0 / 3, feature(f, "UR99"), 1e-12);                         // joint variance
        assertEquals(0.5 * log2(6) + 0.5 * log2(12), feature(f, "TU9B"), 1e-12);  // 3 × 1/6, 6 × 1/12
        assertEquals(2.0 / 3, feature(f, "TF7R"), 1e-12);                         // 1/3 + 2 × 1/6
        assertEquals(1.0, feature(f, "ACUI"), 1e-12);                             // (4 × 1 + 2 × 4) / 12
        assertEquals(18.0 / 144, feature(f, "8ZQL"), 1e-12);                      // (3 × 4 + 6 × 1) / 144
        assertEquals(13.0 / 18, feature(f, "IB1Z"), 1e-12);                       // 1/2 + 1/6 + 1/18
        assertEquals(1.0 / 3 + 1.0 / 24, feature(f, "E8JP"), 1e-12);              // (1/3)/1 + (1/6)/4
        assertEquals(0.25, feature(f, "NI2N"), 1e-12);                            // cov 1/6 / σ² 2/3
        assertEquals(4, feature(f, "ZGXS"), 1e-12);                               // sum average = 2μ
    }

    @Test
    void singleGreyLevelLeavesCorrelationUndefinedWithAReason() {
        List<FeatureValue> values = new GlcmFamily().compute(TestRois.slice(2, new int[] {1, 1, 1}),
                TestRois.context(Approach.TWO_D));
        FeatureValue correlation = values.stream().filter(v -> v.ibsiCode().equals("NI2N")).findFirst().orElseThrow();
        assertTrue(Double.isNaN(correlation.value()));
        assertTrue(correlation.undefinedReason().contains("single grey level"));
        FeatureValue contrast = values.stream().filter(v -> v.ibsiCode().equals("ACUI")).findFirst().orElseThrow();
        assertEquals(0, contrast.value(), 0);
    }

    @Test
    void roiWithoutNeighboursIsUndefinedNotAnException() {
        List<FeatureValue> values = new GlcmFamily().compute(TestRois.slice(2, new int[] {1, 0, 2}),
                TestRois.context(Approach.values()));
        assertEquals(6 * 25, values.size());
        assertTrue(values.stream().allMatch(v -> Double.isNaN(v.value()) && !v.undefinedReason().isEmpty()));
    }

    @Test
    void pyradiomicsNamesOnlyOnTheThreeDimensionalAverage() {
        List<FeatureValue> values = new GlcmFamily().compute(TestRois.slice(3, GlcmMatrixTest.IMAGE),
                TestRois.context(Approach.values()));
        assertEquals(6 * 25, values.size());
        assertTrue(values.stream().filter(v -> !v.aggregationCode().equals("ITBB"))
                .allMatch(v -> v.pyradiomicsName().isEmpty()));
        assertTrue(values.stream().anyMatch(v -> v.pyradiomicsName().equals("original_glcm_Contrast")
                && v.aggregationCode().equals("ITBB")));
    }

    @Test
    void namesAndCodesAsInIbsiFeatureList() throws Exception {
        FeatureListCheck.assertMatches(Family.GLCM, GlcmFamily.FEATURES);
    }

    @TestFactory
    Stream<DynamicTest> ibsiDigitalPhantom() throws Exception {
        return IbsiFamilyCheck.tests(new GlcmFamily(), "dig_phantom", IbsiPhantoms.digitalPhantom(),
                IbsiPhantoms.digitalPhantomContext());
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** Every reference row of IBSI-1 CT configurations A, B and C, processed by the shipped settings. */
    @TestFactory
    Stream<DynamicContainer> ibsiCtPhantomConfigurations() throws Exception {
        return IbsiCtConfigs.tests(new GlcmFamily());
    }
}
