package org.tacerisk.radiomics.ibsi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tacerisk.radiomics.Family;
import org.tacerisk.radiomics.FeatureValue;

class ComplianceReportTest {

    private final List<ReferenceRow> rows = List.of(
            new ReferenceRow("glcm", "Joint maximum", "GYBY", "3D, merged", "IAZD", "", "config_C", "0.111", 0.002,
                    "strong"),
            new ReferenceRow("glcm", "Joint average", "60VM", "3D, merged", "IAZD", "", "config_C", "39.0", 0.5,
                    "strong"),
            new ReferenceRow("morphology", "Compactness 1", "SKGS", "", "", "", "config_C", "", 0, "moderate"));

    @Test
    void countsPassesPerFamilyAndListsFailures() {
        List<FeatureValue> computed = List.of(
                FeatureValue.of(Family.GLCM, "Joint maximum", "GYBY", "IAZD", "", 0.112),
                FeatureValue.of(Family.GLCM, "Joint average", "60VM", "IAZD", "", 40.0));
        List<ComplianceReport.Outcome> outcomes = ComplianceReport.compare(rows, Map.of("config_C", computed));
        assertEquals(2, outcomes.stream().filter(ComplianceReport.Outcome::checkable).count());
        assertEquals(1, outcomes.stream().filter(ComplianceReport.Outcome::passes).count());
        String md = ComplianceReport.markdown(outcomes, "tacerisk ibsi report");
        assertTrue(md.contains("| glcm | 1 / 2 |"), md);
        assertTrue(md.contains("Overall: 1 of 2 reference values pass."), md);
        assertTrue(md.contains("Joint average [IAZD] expected 39.0"), md);
        assertTrue(md.contains("without a published reference value"), md);
    }
}
