package org.tacerisk.app.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The grey table holds, for every raw 16-bit value, the window's grey of its calibrated value. */
class GreyLutTest {

    private static final WindowLevel[] WINDOWS = {new WindowLevel(400, 40), new WindowLevel(150, 60),
        new WindowLevel(1, 0), new WindowLevel(1, 0.5), new WindowLevel(65536, 0), new WindowLevel(3, -32768),
        new WindowLevel(2, 32767)};

    @Test
    void everyEntryOfTheSigned16BitTableIsTheFormula() {
        float[] signed = new float[65536];
        for (int raw = 0; raw < signed.length; raw++) {
            signed[raw] = raw - 32768; // ImageJ's signed 16-bit calibration
        }
        assertTable(signed);
    }

    /** A calibration that is not monotone (any ImageJ function table) goes entry by entry. */
    @Test
    void nonMonotoneCalibrationIsComputedEntryByEntry() {
        float[] zigzag = new float[65536];
        for (int raw = 0; raw < zigzag.length; raw++) {
            zigzag[raw] = (raw % 2 == 0 ? 1 : -1) * (raw % 500);
        }
        assertTable(zigzag);
    }

    private static void assertTable(float[] calibration) {
        for (WindowLevel w : WINDOWS) {
            int[] table = GreyLut.of(w, calibration).table();
            for (int raw = 0; raw < table.length; raw++) {
                assertEquals(0xff000000 | w.grey(calibration[raw]) * 0x010101, table[raw], w + " raw " + raw);
            }
        }
    }
}
