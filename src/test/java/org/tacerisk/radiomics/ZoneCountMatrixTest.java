package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The shared sums of {@link GreyLevelCountMatrix}, on a matrix small enough to add up by hand. */
class ZoneCountMatrixTest {

    // Items (grey, count): (1,1) (1,1) (1,2) (2,3) → s_11 = 2, s_12 = 1, s_23 = 1; N_s = 4, N_v = 10
    private static final int[] GREY = {1, 2, 1, 1};
    private static final int[] COUNT = {1, 3, 2, 1};

    @Test
    void sumsByHand() {
        GreyLevelCountMatrix m = GreyLevelCountMatrix.of(GREY, COUNT, 4, 2, 10);
        assertEquals((2 + 1 / 4.0 + 1 / 9.0) / 4, m.emphasis(0, -2), 1e-15);
        assertEquals((2 + 4 + 4 * 9) / 4.0, m.emphasis(2, 2), 1e-15);
        assertEquals((9 + 1) / 4.0, m.greyLevelNonUniformity(), 1e-15); // s_1. = 3, s_2. = 1
        assertEquals((4 + 1 + 1) / 16.0, m.normalisedCountNonUniformity(), 1e-15); // s_.1 = 2, s_.2 = 1, s_.3 = 1
        assertEquals(0.4, m.percentage(), 1e-15);
        // μ_i = 5/4: Σ (i − μ)² p = 3/4 · 1/16 + 1/4 · 9/16
        assertEquals(3 / 64.0 + 9 / 64.0, m.greyLevelVariance(), 1e-15);
        // p = 1/2, 1/4, 1/4: entropy 1.5 bits, energy 3/8
        assertEquals(1.5, m.entropy(), 1e-15);
        assertEquals(0.375, m.energy(), 1e-15);
    }

    @Test
    void largeCountsTakeTheSortedPathWithTheSameResult() {
        int big = 3_000_000; // (N_g + 1)(max j + 1) beyond the dense limit
        int[] count = {1, big, 2, 1};
        GreyLevelCountMatrix m = GreyLevelCountMatrix.of(GREY, count, 4, 2, big + 4);
        assertEquals(2, m.count(1, 1));
        assertEquals(1, m.count(2, big));
        assertEquals((2 + 1 / 4.0 + 1.0 / ((double) big * big)) / 4, m.emphasis(0, -2), 1e-15);
        assertEquals(1.5, m.entropy(), 1e-15);
    }
}
