package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacerisk.common.Progress;

/** The one aggregation engine of the texture families: averaging, leaving out, reasons, names. */
class TextureAggregationTest {

    /** Two features over hand-made GLCMs: N (the pair count) and N/2, undefined for an odd N. */
    private static final List<TextureFeature<GlcmMatrix>> FEATURES = List.of(
            new TextureFeature<>("Pairs", "P", "original_test_Pairs", m -> m.total()),
            new TextureFeature<>("Half pairs", "H", "original_test_Half",
                    m -> m.total() % 2 == 0 ? m.total() / 2.0 : Double.NaN, "an odd number of pairs"));

    private static GlcmMatrix pairs(long n) {
        return GlcmMatrix.ofCounts(1, n);
    }

    private static List<FeatureValue> values(TextureAggregation.Aggregate<GlcmMatrix> aggregate) {
        return TextureAggregation.values(Family.GLCM, FEATURES, List.of(aggregate), Progress.NONE);
    }

    @Test
    void averagesOverDefinedMatricesAndLeavesEmptyOnesOut() {
        List<FeatureValue> v = values(new TextureAggregation.Aggregate<>("A",
                List.of(pairs(2), pairs(0), pairs(3), pairs(10)), "nothing counted", false));
        assertEquals((2 + 3 + 10) / 3.0, v.get(0).value(), 1e-15, "the empty matrix is not a zero");
        assertEquals((1 + 5) / 2.0, v.get(1).value(), 1e-15, "the odd matrix is left out of this feature only");
        assertEquals("", v.get(0).pyradiomicsName());
        assertEquals("A", v.get(0).aggregationCode());
    }

    @Test
    void undefinedEverywhereGivesTheMethodsOrTheFeaturesReason() {
        List<FeatureValue> none = values(new TextureAggregation.Aggregate<>("B", List.of(pairs(0), pairs(0)),
                "nothing counted", true));
        for (FeatureValue v : none) {
            assertTrue(Double.isNaN(v.value()));
            assertEquals("nothing counted", v.undefinedReason());
        }
        assertEquals("original_test_Pairs", none.get(0).pyradiomicsName());
        List<FeatureValue> odd = values(new TextureAggregation.Aggregate<>("C", List.of(pairs(3), pairs(5)),
                "nothing counted", false));
        assertEquals(4, odd.get(0).value(), 0);
        assertTrue(Double.isNaN(odd.get(1).value()));
        assertEquals("an odd number of pairs", odd.get(1).undefinedReason());
    }

    /**
     * One slice: merging its 4 directions (SUJT) is merging everything (ZW7Z); each direction merged over the one
     * slice (JJUI) is the slice's own matrix, so JJUI averages what BTW3 averages; of the 13 volume directions only
     * the 4 in-plane ones count pairs, so ITBB = BTW3 and IAZD = ZW7Z.
     */
    @Test
    void directionalMethodsOfOneSliceAgreeAsTheirDefinitionsSay() {
        List<FeatureValue> v = new GlcmFamily().compute(TestRois.slice(3, GlcmMatrixTest.IMAGE),
                TestRois.context(Approach.values()));
        for (String code : List.of("GYBY", "ACUI", "TU9B", "NI2N", "JN9H")) {
            assertEquals(value(v, code, "ZW7Z"), value(v, code, "SUJT"), 1e-15, code);
            assertEquals(value(v, code, "BTW3"), value(v, code, "JJUI"), 1e-15, code);
            assertEquals(value(v, code, "BTW3"), value(v, code, "ITBB"), 1e-15, code);
            assertEquals(value(v, code, "ZW7Z"), value(v, code, "IAZD"), 1e-15, code);
        }
        // contrast by hand, from the |i − j| of the one-sense pairs of GlcmMatrixTest.IMAGE per direction:
        // (1, 0): 0 1 1 0 2 0; (0, 1): 2 2 1 1 0 1; (1, 1): 1 1 0 1; (−1, 1): 2 0 1 1. Contrasts 6/6, 11/6, 3/4,
        // 6/4, averaged (BTW3) 61/48; all 20 pairs merged (ZW7Z): (10 · 1 + 4 · 4) / 20 = 13/10
        assertEquals(61 / 48.0, value(v, "ACUI", "BTW3"), 1e-12);
        assertEquals(13 / 10.0, value(v, "ACUI", "ZW7Z"), 1e-12);
    }

    private static double value(List<FeatureValue> values, String code, String aggregation) {
        return values.stream().filter(f -> f.ibsiCode().equals(code) && f.aggregationCode().equals(aggregation))
                .findFirst().orElseThrow().value();
    }
}
