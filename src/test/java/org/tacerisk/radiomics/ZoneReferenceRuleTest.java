package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tacerisk.radiomics.ibsi.ReferenceRow;

/** The pass rule of {@link ZoneReferenceRows} fails what it must (so a green IBSI run means something). */
class ZoneReferenceRuleTest {

    private static boolean passes(String value, double tolerance, double actual) {
        ReferenceRow row = new ReferenceRow("glszm", "f", "CODE", "3D", "KOBO", "", "dig_phantom", value, tolerance,
                "strong");
        return ZoneReferenceRows.passes(row, actual);
    }

    @Test
    void exactRowsCompareAtTheirSignificantDigitsAndAtLeastThree() {
        assertTrue(passes("0.363", 0, 0.36349));
        assertFalse(passes("0.363", 0, 0.3636));
        assertTrue(passes("1", 0, 1.004));
        assertFalse(passes("1", 0, 1.006));
        assertTrue(passes("1490", 0, 1494.6)); // printed as 1.49 × 10³ in the manual
        assertFalse(passes("1490", 0, 1495.1));
        assertTrue(passes("21", 0, 21.04));
        assertFalse(passes("21", 0, 21.06));
        assertTrue(passes("0", 0, 0.0));
        assertFalse(passes("0", 0, 1e-3));
        assertFalse(passes("0.363", 0, Double.NaN));
    }

    @Test
    void toleranceRowsCompareTheDifference() {
        assertTrue(passes("38900", 900, 39800));
        assertFalse(passes("38900", 900, 39801));
        assertTrue(passes("0.000216", 0.000004, 0.00022));
        assertFalse(passes("0.000216", 0.000004, 0.000221));
    }

    @Test
    void significantDigitsOfReferenceStrings() {
        assertEquals(3, ZoneReferenceRows.significantDigits("0.0676"));
        assertEquals(2, ZoneReferenceRows.significantDigits("21"));
        assertEquals(3, ZoneReferenceRows.significantDigits("1490"));
        assertEquals(3, ZoneReferenceRows.significantDigits("2.32"));
        assertEquals(1, ZoneReferenceRows.significantDigits("1"));
    }
}
