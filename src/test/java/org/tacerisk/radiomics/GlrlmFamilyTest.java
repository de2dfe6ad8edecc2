package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class GlrlmFamilyTest {

    /** The feature with IBSI code {@code code} of one matrix, as the family's registry defines it. */
    private static double feature(GlrlmMatrix m, String code) {
        for (TextureFeature<GlrlmMatrix> f : GlrlmFamily.FEATURES) {
            if (f.ibsiCode().equals(code)) {
                return f.formula().applyAsDouble(m);
            }
        }
        throw new IllegalArgumentException(code);
    }

    /**
     * The matrix of {@link GlcmMatrixTest#IMAGE} along (1, 0): one run of length 1 and one of length 2 for each of
     * the grey levels 1..3; N_s = 6, N_v = 9. By hand: r_.1 = r_.2 = 3, r_i. = 2.
     */
    @Test
    void handComputedFeatures() {
        GlrlmMatrix f = GlrlmMatrix.ofCounts(3, 3, 9, 1, 1, 0, 1, 1, 0, 1, 1, 0);
        assertEquals((3 + 3 / 4.0) / 6, feature(f, "22OV"), 1e-12);           // short runs emphasis
        assertEquals((3 + 3 * 4.0) / 6, feature(f, "W4KF"), 1e-12);           // long runs emphasis
        assertEquals((2 + 2 / 4.0 + 2 / 9.0) / 6, feature(f, "V3SW"), 1e-12); // low grey level run emphasis
        assertEquals((2 + 2 * 4.0 + 2 * 9.0) / 6, feature(f, "G3QZ"), 1e-12); // high grey level run emphasis
        assertEquals(12.0 / 6, feature(f, "R5YN"), 1e-12);                    // (4 + 4 + 4) / 6
        assertEquals(12.0 / 36, feature(f, "OVBL"), 1e-12);
        assertEquals(18.0 / 6, feature(f, "W92Y"), 1e-12);                    // (9 + 9) / 6
        assertEquals(6.0 / 9, feature(f, "9ZK5"), 1e-12);                     // run percentage
        assertEquals(2.0 / 3, feature(f, "8CE5"), 1e-12);                     // levels 1, 2, 3 equally likely
        assertEquals(0.25, feature(f, "SXLW"), 1e-12);                        // lengths 1, 2 equally likely
        assertEquals(Math.log(6) / Math.log(2), feature(f, "HJ9O"), 1e-12);   // six equal cells
    }

    @Test
    void mergedRunPercentageSumsVoxels() {
        // two directions over the same 9 voxels: 6 + 9 runs over 9 + 9 voxels
        GlrlmMatrix a = GlrlmMatrix.ofCounts(1, 1, 9, 6);
        GlrlmMatrix b = GlrlmMatrix.ofCounts(1, 1, 9, 9);
        assertEquals(15.0 / 18, feature(a.plus(b), "9ZK5"), 1e-12);
    }

    @Test
    void emptyRoiIsUndefinedNotAnException() {
        List<FeatureValue> values = new GlrlmFamily().compute(TestRois.slice(2, new int[] {0, 0}),
                TestRois.context(Approach.values()));
        assertEquals(6 * 16, values.size());
        assertTrue(values.stream().allMatch(v -> Double.isNaN(v.value()) && !v.undefinedReason().isEmpty()));
    }

    @Test
    void namesAndCodesAsInIbsiFeatureList() throws Exception {
        FeatureListCheck.assertMatches(Family.GLRLM, GlrlmFamily.FEATURES);
    }

    @TestFactory
    Stream<DynamicTest> ibsiDigitalPhantom() throws Exception {
        return IbsiFamilyCheck.tests(new GlrlmFamily(), "dig_phantom", IbsiPhantoms.digitalPhantom(),
                IbsiPhantoms.digitalPhantomContext());
    }

    /** Every reference row of IBSI-1 CT configurations A, B and C, processed by the shipped settings. */
    @TestFactory
    Stream<DynamicContainer> ibsiCtPhantomConfigurations() throws Exception {
        return IbsiCtConfigs.tests(new GlrlmFamily());
    }
}
