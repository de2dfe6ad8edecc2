package org.tacerisk.radiomics.ibsi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tacerisk.testsupport.SharedData;

/**
 * Acceptance: every IBSI-1 reference value (digital phantom, CT configurations A, B, C) computed through the public
 * extractor with the shipped settings files {@code docs/ibsi/*.yaml}. A row listed in
 * {@code docs/ibsi/known-deviations.csv} (with its analysis) must still fail; every other row must pass. The
 * committed {@code docs/ibsi-compliance.md} must be what {@code tacerisk ibsi report} writes now.
 */
class IbsiComplianceTest {

    private static final Path SETTINGS = Path.of("docs", "ibsi");
    private static final String REFERENCE = "reference/ibsi1/reference_values.csv";
    private static List<ComplianceReport.Outcome> outcomes;

    private static synchronized List<ComplianceReport.Outcome> outcomes() throws IOException {
        if (outcomes == null) {
            Path shared = SharedData.require(REFERENCE).getParent().getParent()
                    .getParent();
            outcomes = IbsiCompliance.run(new IbsiCompliance.Sources(shared, SETTINGS));
        }
        return outcomes;
    }

    private static KnownDeviations deviations() throws IOException {
        return KnownDeviations.read(SETTINGS.resolve("known-deviations.csv"));
    }

    @TestFactory
    Stream<DynamicTest> everyReferenceValue() throws IOException {
        if (!SharedData.has(REFERENCE)) {
            return Stream.of(SharedData.skipped("every IBSI-1 reference value", REFERENCE));
        }
        KnownDeviations deviations = deviations();
        long passing = outcomes().stream().filter(ComplianceReport.Outcome::passes).count();
        System.out.printf("IBSI-1: %d of %d reference values pass (%d known deviations)%n", passing,
                outcomes().stream().filter(ComplianceReport.Outcome::checkable).count(), deviations.size());
        return outcomes().stream().filter(ComplianceReport.Outcome::checkable).map(o -> DynamicTest.dynamicTest(
                o.row().dataSet() + " " + o.row().family() + " " + o.row().feature() + " "
                        + o.row().aggregationCode() + o.row().variant(),
                () -> {
                    if (deviations.analysis(o.row()) == null) {
                        assertTrue(o.passes(), o::describe);
                    } else {
                        assertFalse(o.passes(), () -> "listed as a known deviation but now passes; remove it from"
                                + " known-deviations.csv: " + o.describe());
                    }
                }));
    }

    @Test
    void committedComplianceReportIsCurrent() throws IOException {
        String expected = ComplianceReport.markdown(outcomes(), "tacerisk ibsi report", deviations());
        assertEquals(expected, Files.readString(Path.of("docs", "ibsi-compliance.md")),
                "docs/ibsi-compliance.md is stale: run 'tacerisk ibsi report' and commit the result");
    }
}
