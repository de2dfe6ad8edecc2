package org.tacerisk.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** ContourData, IPP and IOP are DS: at most 16 characters, and as precise as that allows. */
class RtStructDecimalStringTest {

    @Test
    void examples() {
        assertEquals("0", RoiDicom.decimalString(-0.0));
        assertEquals("0", RoiDicom.decimalString(1e-12));
        assertEquals("-49.4", RoiDicom.decimalString(-49.4));
        assertEquals("0.8660254038", RoiDicom.decimalString(Math.sqrt(3) / 2));
        assertEquals("-123456.12345679", RoiDicom.decimalString(-123456.123456789));
    }

    @Property(tries = 2000)
    void fitsAndRoundTrips(@ForAll @DoubleRange(min = -1e6, max = 1e6) double v) {
        String s = RoiDicom.decimalString(v);
        assertTrue(s.length() <= 16 && !s.contains("E"), s);
        assertEquals(v, Double.parseDouble(s), 1e-8);
    }
}
