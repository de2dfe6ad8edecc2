package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tacerisk.radiomics.ibsi.ReferenceRow;

/**
 * Every IBSI-1 digital phantom reference row of GLSZM, GLDZM, NGTDM and NGLDM (2D, 2.5D and 3D). The phantom is
 * used without processing: intensities are the grey levels (1..6), both masks are the phantom mask.
 */
class ZoneFamiliesDigitalPhantomTest {

    static final List<FamilyCalculator> FAMILIES =
            List.of(new GlszmFamily(), new GldzmFamily(), new NgtdmFamily(), new NgldmFamily());

    private static Map<String, FeatureValue> computed;

    static FamilyContext allApproaches() {
        return new FamilyContext(EnumSet.allOf(Approach.class), TextureParameters.ibsiDefaults(),
                IvhDiscretisation.none(null, null));
    }

    private static synchronized Map<String, FeatureValue> computed() throws IOException {
        if (computed == null) {
            ProcessedRoi roi = IbsiPhantoms.digitalPhantom();
            Map<String, FeatureValue> byKey = new HashMap<>();
            for (FamilyCalculator family : FAMILIES) {
                ZoneReferenceRows.index(family.compute(roi, allApproaches()), byKey);
            }
            computed = byKey;
        }
        return computed;
    }

    static List<ReferenceRow> rows() throws IOException {
        return ZoneReferenceRows.rows("dig_phantom");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void matchesReference(ReferenceRow row) throws IOException {
        double actual = ZoneReferenceRows.lookup(computed(), row);
        assertTrue(ZoneReferenceRows.passes(row, actual), () -> ZoneReferenceRows.describe(row, actual));
    }

    @Test
    void everyFamilyRowIsCovered() throws IOException {
        // 3 aggregations per feature: 16 + 16 + 5 + 17 features
        assertEquals(3 * (16 + 16 + 5 + 17), rows().size());
        assertEquals(3 * (16 + 16 + 5 + 17), computed().size());
    }
}
