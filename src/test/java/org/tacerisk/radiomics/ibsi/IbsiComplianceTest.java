package org.tacerisk.radiomics.ibsi;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tacerisk.testsupport.SharedData;

/**
 * Acceptance: every IBSI-1 reference value (digital phantom, CT configurations A, B, C) computed through the public
 * extractor with the shipped settings files {@code docs/ibsi/*.yaml}. A row listed in
 * {@code docs/ibsi/known-deviations.csv} (with its analysis) must still fail; every other row must pass.
 */
class IbsiComplianceTest {

    private static final Path SETTINGS = Path.of("docs", "ibsi");

    @TestFactory
    Stream<DynamicTest> everyReferenceValue() throws IOException {
        Path shared = SharedData.require("reference/ibsi1/reference_values.csv").getParent().getParent().getParent();
        List<ComplianceReport.Outcome> outcomes = IbsiCompliance.run(new IbsiCompliance.Sources(shared, SETTINGS));
        KnownDeviations deviations = KnownDeviations.read(SETTINGS.resolve("known-deviations.csv"));
        long passing = outcomes.stream().filter(ComplianceReport.Outcome::passes).count();
        System.out.printf("IBSI-1: %d of %d reference values pass (%d known deviations)%n", passing,
                outcomes.stream().filter(ComplianceReport.Outcome::checkable).count(), deviations.size());
        return outcomes.stream().filter(ComplianceReport.Outcome::checkable).map(o -> DynamicTest.dynamicTest(
                o.row().dataSet() + " " + o.row().family() + " " + o.row().feature() + " "
                        + o.row().aggregationCode() + o.row().variant(),
                () -> {
                    String analysis = deviations.analysis(o.row());
                    if (analysis == null) {
                        assertTrue(o.passes(), o::describe);
                    } else {
                        assertFalse(o.passes(), () -> "listed as a known deviation but now passes; remove it from"
                                + " known-deviations.csv: " + o.describe());
                    }
                }));
    }
}
