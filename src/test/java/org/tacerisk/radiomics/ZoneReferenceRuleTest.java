package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The pass rule of {@link ZoneReferenceRows} fails what it must (so a green IBSI run means something). */
class ZoneReferenceRuleTest {

    private static ZoneReferenceRows.Row row(String value, String tolerance) {
        return new ZoneReferenceRows.Row("glszm", "f", "CODE", "KOBO", "dig_phantom", value, tolerance);
    }

    @Test
    void exactRowsCompareAtThreeSignificantDigitsOrMore() {
        assertTrue(row("0.363", "0").passes(0.36349));
        assertFalse(row("0.363", "0").passes(0.3636));
        assertTrue(row("1", "0").passes(1.004));
        assertFalse(row("1", "0").passes(1.006));
        assertTrue(row("1490", "0").passes(1491.2));
        assertFalse(row("1490", "0").passes(1496));
        assertTrue(row("0", "0").passes(0.0));
        assertFalse(row("0", "0").passes(1e-3));
        assertFalse(row("0.363", "0").passes(Double.NaN));
    }

    @Test
    void toleranceRowsCompareTheDifference() {
        assertTrue(row("38900", "900").passes(39800));
        assertFalse(row("38900", "900").passes(39801));
        assertTrue(row("0.000216", "0.000004").passes(0.00022));
        assertFalse(row("0.000216", "0.000004").passes(0.000221));
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
