package org.tacerisk.radiomics.ibsi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacerisk.testsupport.SharedData;

class IbsiReferenceTest {

    private static ReferenceRow row(String value, double tolerance) {
        return new ReferenceRow("glcm", "Joint maximum", "GYBY", "2D, averaged", "BTW3", "", "dig_phantom", value,
                tolerance, "strong");
    }

    @Test
    void zeroToleranceMeansExactToTheDigitsShown() {
        ReferenceRow r = row("2.15", 0);
        assertTrue(r.accepts(2.1549));
        assertTrue(r.accepts(2.145));
        assertFalse(r.accepts(2.1551));
        assertFalse(r.accepts(2.1449));
        assertTrue(row("556", 0).accepts(556.4));
        assertFalse(row("556", 0).accepts(556.6));
        // Whole numbers carry three significant digits: "1490" is 1.49e3 (the manual's notation).
        assertTrue(row("1490", 0).accepts(1494.6));
        assertFalse(row("1490", 0).accepts(1495.1));
        assertTrue(row("6", 0).accepts(6.004));
        assertFalse(row("6", 0).accepts(6.006));
        // At least three significant digits: "0.28" is 0.280.
        assertTrue(row("0.28", 0).accepts(0.2804));
        assertFalse(row("0.28", 0).accepts(0.2806));
        assertTrue(row("-50", 0).accepts(-50.04));
        assertFalse(row("-50", 0).accepts(-50.06));
        assertTrue(row("1", 0).accepts(1.004));
        assertFalse(row("1", 0).accepts(1.006));
        assertTrue(row("0", 0).accepts(0.0));
        assertFalse(row("0", 0).accepts(1e-3));
        assertTrue(row("0.0946", 0).accepts(0.09455));
        assertFalse(row("0.0946", 0).accepts(0.09466));
    }

    @Test
    void positiveToleranceIsAbsolute() {
        assertTrue(row("0.000216", 0.000004).accepts(0.00022));
        assertFalse(row("0.000216", 0.000004).accepts(0.000221));
        ReferenceRow r = row("358000", 5000);
        assertTrue(r.accepts(363000));
        assertFalse(r.accepts(363001));
        assertFalse(r.accepts(Double.NaN));
    }

    @Test
    void quotedFieldsKeepTheirCommas() {
        assertEquals(List.of("glcm", "Joint maximum", "2D, averaged", ""),
                IbsiReference.splitQuoted("glcm,Joint maximum,\"2D, averaged\","));
    }

    @Test
    void readsTheWholeIbsiTable() throws IOException {
        List<ReferenceRow> rows = IbsiReference.read(SharedData.require("reference/ibsi1/reference_values.csv"));
        // 482 digital-phantom rows + 346 + 346 + 210 for configurations A, B, C (the count).
        assertEquals(1384, rows.size());
        assertEquals(482, IbsiReference.forDataSet(rows, "dig_phantom").size());
        assertEquals(346, IbsiReference.forDataSet(rows, "config_A").size());
        assertEquals(346, IbsiReference.forDataSet(rows, "config_B").size());
        assertEquals(210, IbsiReference.forDataSet(rows, "config_C").size());
        // IBSI publishes no value for compactness 1 in configuration C.
        assertEquals(1, rows.stream().filter(r -> !r.hasValue()).count());
    }
}
