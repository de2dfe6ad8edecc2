package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Co-occurrence matrices written out by hand, and the manual's own example. */
class GlcmMatrixTest {

    private static final int[] RIGHT = {1, 0, 0};

    /**
     * <pre>
     * 1 1 2
     * 3 2 2
     * 1 3 3
     * </pre>
     * Pairs along (1, 0), left to right: (1,1) (1,2) | (3,2) (2,2) | (1,3) (3,3).
     */
    static final int[][] IMAGE = {{1, 1, 2}, {3, 2, 2}, {1, 3, 3}};

    private static long[][] counts(GlcmMatrix m) {
        long[][] out = new long[m.greyLevels()][m.greyLevels()];
        for (int i = 1; i <= m.greyLevels(); i++) {
            for (int j = 1; j <= m.greyLevels(); j++) {
                out[i - 1][j - 1] = m.count(i, j);
            }
        }
        return out;
    }

    private static GlcmMatrix of(ProcessedRoi roi, int[] direction, boolean symmetric) {
        return GlcmMatrix.of(PaddedGreyLevels.of(roi, 1), direction, 1, 0, 0, symmetric);
    }

    @Test
    void oneSensePairsAlongRows() {
        GlcmMatrix m = of(TestRois.slice(3, IMAGE), RIGHT, false);
        assertArrayEquals(new long[][] {
            {1, 1, 1},
            {0, 1, 0},
            {0, 1, 1}}, counts(m));
        assertEquals(6, m.total());
    }

    @Test
    void symmetricMatrixAddsTheTranspose() {
        GlcmMatrix m = of(TestRois.slice(3, IMAGE), RIGHT, true);
        assertArrayEquals(new long[][] {
            {2, 1, 1},
            {1, 2, 1},
            {1, 1, 2}}, counts(m));
        assertEquals(12, m.total());
    }

    /** Vertical pairs (0, 1), top to bottom: (1,3) (3,1) | (1,2) (2,3) | (2,2) (2,3). */
    @Test
    void pairsAlongColumns() {
        GlcmMatrix m = of(TestRois.slice(3, IMAGE), new int[] {0, 1, 0}, false);
        assertArrayEquals(new long[][] {
            {0, 1, 1},
            {0, 1, 2},
            {1, 0, 0}}, counts(m));
    }

    /** Voxels outside the ROI (0) take part in no pair. */
    @Test
    void pairsNeedBothVoxelsInTheRoi() {
        GlcmMatrix m = of(TestRois.slice(2, new int[] {1, 0, 1}, new int[] {2, 2, 0}), RIGHT, false);
        assertArrayEquals(new long[][] {{0, 0}, {0, 1}}, counts(m));
    }

    /** The manual's GLCM example (section "Grey level co-occurrence based features"): M for m = (1, 0). */
    @Test
    void ibsiManualExample() {
        ProcessedRoi roi = TestRois.slice(4, new int[] {1, 2, 2, 3}, new int[] {1, 2, 3, 3}, new int[] {4, 2, 4, 1},
                new int[] {4, 1, 2, 3});
        assertArrayEquals(new long[][] {
            {0, 3, 0, 0},
            {0, 1, 3, 1},
            {0, 0, 1, 0},
            {2, 1, 0, 0}}, counts(of(roi, RIGHT, false)), "M for m+ = →");
        assertArrayEquals(new long[][] {
            {0, 3, 0, 2},
            {3, 2, 3, 2},
            {0, 3, 2, 0},
            {2, 2, 0, 0}}, counts(of(roi, RIGHT, true)), "symmetric M for m = →");
    }

    /** Distance 2 skips a voxel; the border is as wide as the distance, so steps never wrap into the next row. */
    @Test
    void distanceTwo() {
        ProcessedRoi roi = TestRois.slice(3, new int[] {1, 2, 3}, new int[] {3, 1, 1});
        GlcmMatrix m = GlcmMatrix.of(PaddedGreyLevels.of(roi, 2), RIGHT, 2, 0, 0, false);
        assertArrayEquals(new long[][] {{0, 0, 1}, {0, 0, 0}, {1, 0, 0}}, counts(m));
    }

    @Test
    void mergingSumsCounts() {
        GlcmMatrix a = GlcmMatrix.ofCounts(2, 1, 0, 0, 1);
        GlcmMatrix b = GlcmMatrix.ofCounts(2, 0, 2, 2, 0);
        assertArrayEquals(new long[][] {{1, 2}, {2, 1}}, counts(a.plus(b)));
    }
}
