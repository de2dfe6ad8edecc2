package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.testsupport.SharedData;

/** Names, codes and PyRadiomics names of the four families, and their behaviour on degenerate ROIs. */
class ZoneFamilyRegistryTest {

    @Test
    void namesAndCodesAreIbsisInIbsiOrder() throws IOException {
        List<String> lines = Files.readAllLines(SharedData.require("reference/ibsi1/features.csv"),
                StandardCharsets.UTF_8);
        ProcessedRoi roi = ZoneTestRois.slice(ZoneTestRois.IBSI_2D, 4);
        for (FamilyCalculator family : ZoneFamiliesDigitalPhantomTest.FAMILIES) {
            List<String> expected = new ArrayList<>();
            for (String line : lines) {
                String[] f = line.split(",");
                if (f[0].equals(family.family().csvName())) {
                    // the table marks 5QRC with a footnote asterisk; the reference rows use 5QRC
                    expected.add(f[2] + "|" + f[3].replace("*", ""));
                }
            }
            List<String> actual = family.compute(roi, ZoneTestRois.context(Approach.TWO_D)).stream()
                    .map(v -> v.feature() + "|" + v.ibsiCode()).toList();
            assertEquals(expected, actual, family.family().csvName());
        }
    }

    @Test
    void pyradiomicsNamesOnlyWhereDefinitionsAgree() {
        ProcessedRoi roi = ZoneTestRois.slice(ZoneTestRois.IBSI_2D, 4);
        FamilyContext ctx = ZoneTestRois.context(Approach.THREE_D);
        for (FeatureValue v : new GlszmFamily().compute(roi, ctx)) {
            assertTrue(v.pyradiomicsName().startsWith("original_glszm_"), v.toString());
        }
        for (FeatureValue v : new NgtdmFamily().compute(roi, ctx)) {
            assertTrue(v.pyradiomicsName().startsWith("original_ngtdm_"), v.toString());
        }
        for (FeatureValue v : new GldzmFamily().compute(roi, ctx)) {
            assertEquals("", v.pyradiomicsName(), "PyRadiomics has no GLDZM: " + v);
        }
        List<FeatureValue> ngldm = new NgldmFamily().compute(roi, ctx);
        assertEquals("original_gldm_SmallDependenceEmphasis", ngldm.get(0).pyradiomicsName());
        assertEquals(List.of("Normalised grey level non-uniformity", "Dependence count percentage",
                "Dependence count energy"), ngldm.stream().filter(v -> v.pyradiomicsName().isEmpty())
                        .map(FeatureValue::feature).toList());
    }

    @Test
    void emptyRoiGivesNaNWithReasonsNeverExceptions() {
        ImageGeometry g = ImageGeometry.axisAligned(3, 3, 2, new double[] {1, 1, 1}, new double[3]);
        ProcessedRoi empty = new ProcessedRoi(g, new float[18], new byte[18], new byte[18], new int[18], 4);
        for (FamilyCalculator family : ZoneFamiliesDigitalPhantomTest.FAMILIES) {
            List<FeatureValue> values = family.compute(empty, ZoneTestRois.context(Approach.values()));
            assertEquals(3 * FeatureCount.of(family), values.size());
            for (FeatureValue v : values) {
                assertTrue(Double.isNaN(v.value()) && !v.undefinedReason().isEmpty(), v.toString());
            }
        }
    }

    @Test
    void singleVoxelRoi() {
        ProcessedRoi one = ZoneTestRois.slice(new int[][] {{0, 0}, {0, 3}}, 4);
        List<FeatureValue> glszm = new GlszmFamily().compute(one, ZoneTestRois.context(Approach.values()));
        assertEquals(1, ZoneTestRois.value(glszm, "Small zone emphasis", "KOBO"));
        assertEquals(0, ZoneTestRois.value(glszm, "Zone size entropy", "8QNN"));
        List<FeatureValue> gldzm = new GldzmFamily().compute(one, ZoneTestRois.context(Approach.THREE_D));
        assertEquals(1, ZoneTestRois.value(gldzm, "Small distance emphasis", "KOBO"));
        List<FeatureValue> ngldm = new NgldmFamily().compute(one, ZoneTestRois.context(Approach.THREE_D));
        assertEquals(1, ZoneTestRois.value(ngldm, "Low dependence emphasis", "KOBO"));
        List<FeatureValue> ngtdm = new NgtdmFamily().compute(one, ZoneTestRois.context(Approach.THREE_D));
        assertTrue(Double.isNaN(ZoneTestRois.value(ngtdm, "Coarseness", "KOBO")));
    }

    private static final class FeatureCount {
        static int of(FamilyCalculator family) {
            return switch (family.family()) {
                case GLSZM, GLDZM -> 16;
                case NGTDM -> 5;
                case NGLDM -> 17;
                default -> throw new IllegalArgumentException(family.family().toString());
            };
        }
    }
}
