package org.tacerisk.app.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The scale bar is the longest 1-2-5 length that fits. */
class ScaleBarTest {

    @Test
    void longestRoundLengthThatFits() {
        assertEquals(new ScaleBar(50, 100), ScaleBar.fitting(2, 100)); // 50 mm fits exactly
        assertEquals(new ScaleBar(20, 60), ScaleBar.fitting(3, 100)); // 33.3 mm max
        assertEquals(200, ScaleBar.fitting(0.37, 150).millimetres(), 1e-9); // 405 mm max
        assertEquals(1, ScaleBar.fitting(40, 60).millimetres(), 1e-9); // 1.5 mm max
        assertEquals(0.5, ScaleBar.fitting(150, 100).millimetres(), 1e-9); // 0.67 mm max
    }
}
