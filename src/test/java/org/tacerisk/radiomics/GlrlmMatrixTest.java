package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Run length matrices written out by hand. */
class GlrlmMatrixTest {

    private static long[][] counts(GlrlmMatrix m, int maxLength) {
        long[][] out = new long[m.greyLevels()][maxLength];
        for (int i = 1; i <= m.greyLevels(); i++) {
            for (int j = 1; j <= maxLength; j++) {
                out[i - 1][j - 1] = m.count(i, j);
            }
        }
        return out;
    }

    private static GlrlmMatrix of(ProcessedRoi roi, int[] direction) {
        PaddedGreyLevels levels = PaddedGreyLevels.of(roi, 1);
        return GlrlmMatrix.of(levels, direction, 0, levels.slices() - 1, levels.voxelCount());
    }

    /**
     * {@link GlcmMatrixTest#IMAGE} along (1, 0): rows 1 1 2 | 3 2 2 | 1 3 3 give runs (1, length 2), (2, 1) |
     * (3, 1), (2, 2) | (1, 1), (3, 2).
     */
    @Test
    void runsAlongRows() {
        GlrlmMatrix m = of(TestRois.slice(3, GlcmMatrixTest.IMAGE), new int[] {1, 0, 0});
        assertArrayEquals(new long[][] {
            {1, 1, 0},
            {1, 1, 0},
            {1, 1, 0}}, counts(m, 3));
        assertEquals(6, m.runCount());
        assertEquals(9, m.voxelCount());
    }

    /** Along (0, 1), top to bottom: columns 1 3 1 | 1 2 3 | 2 2 3. */
    @Test
    void runsAlongColumns() {
        GlrlmMatrix m = of(TestRois.slice(3, GlcmMatrixTest.IMAGE), new int[] {0, 1, 0});
        // column 0: 1, 3, 1 → three runs of length 1; column 1: 1, 2, 3 → three of length 1;
        // column 2: 2, 2, 3 → (2, length 2), (3, length 1)
        assertArrayEquals(new long[][] {
            {3, 0, 0},
            {1, 1, 0},
            {3, 0, 0}}, counts(m, 3));
    }

    /** Along the diagonal (1, 1): runs start where the up-left neighbour differs or lies outside. */
    @Test
    void runsAlongTheDiagonal() {
        // the diagonals, voxel (i, j) = level: (0,0)=1 (1,1)=2 (2,2)=3 | (1,0)=1 (2,1)=2 | (0,1)=3 (1,2)=3 |
        // (2,0)=2 | (0,2)=1; only 3 3 is a run longer than 1
        GlrlmMatrix m = of(TestRois.slice(3, GlcmMatrixTest.IMAGE), new int[] {1, 1, 0});
        assertArrayEquals(new long[][] {
            {3, 0, 0},
            {3, 0, 0},
            {1, 1, 0}}, counts(m, 3));
    }

    /** A voxel outside the ROI ends a run: 2 2 0 2 is two runs of 2 (lengths 2 and 1). */
    @Test
    void voxelsOutsideTheRoiEndRuns() {
        GlrlmMatrix m = of(TestRois.slice(2, new int[] {2, 2, 0, 2}), new int[] {1, 0, 0});
        assertEquals(1, m.count(2, 2));
        assertEquals(1, m.count(2, 1));
        assertEquals(2, m.runCount());
        assertEquals(3, m.voxelCount());
    }

    /** Runs along (0, 0, 1) cross slices. */
    @Test
    void runsAcrossSlices() {
        ProcessedRoi roi = TestRois.volume(2, new int[][][] {{{1, 2}}, {{1, 2}}, {{1, 1}}});
        GlrlmMatrix m = of(roi, new int[] {0, 0, 1});
        assertEquals(1, m.count(1, 3));   // column i = 0: 1 1 1
        assertEquals(1, m.count(2, 2));   // column i = 1: 2 2 then 1
        assertEquals(1, m.count(1, 1));
    }

    @Test
    void mergingSumsCountsAndVoxels() {
        GlrlmMatrix a = GlrlmMatrix.ofCounts(1, 2, 3, 1, 1);
        GlrlmMatrix b = GlrlmMatrix.ofCounts(1, 2, 4, 2, 1);
        GlrlmMatrix sum = a.plus(b);
        assertEquals(3, sum.count(1, 1));
        assertEquals(2, sum.count(1, 2));
        assertEquals(7, sum.voxelCount());
    }
}
