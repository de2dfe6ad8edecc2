package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** IBSI-1 range re-segmentation (USB3, closed interval) and outlier filtering (7ACA), by hand. */
class ResegmentationTest {

    @Test
    void closedRangeKeepsBothBoundsAndLeavesTheMorphologicalMaskAlone() {
        float[] x = {-1001, -1000, 0, 400, 400.5f, 50};
        byte[] morph = {1, 1, 1, 1, 1, 0};
        byte[] copy = morph.clone();
        Resegmentation.Result r = Resegmentation.apply(x, morph, ResegmentationSettings.range(-1000, 400));
        assertArrayEquals(new byte[] {0, 1, 1, 1, 0, 0}, r.intensityMask());
        assertArrayEquals(copy, morph, "morphological mask unchanged (G5KJ)");
        assertEquals(3, r.afterRange().voxels());
        assertEquals(-1000, r.afterRange().min());
        assertEquals(400, r.afterRange().max());
        assertNull(r.outlierLower());
    }

    @Test
    void halfOpenRange() {
        float[] x = {-10, 0, 1e6f};
        Resegmentation.Result r = Resegmentation.apply(x, new byte[] {1, 1, 1},
                new ResegmentationSettings(0.0, null, null));
        assertArrayEquals(new byte[] {0, 1, 1}, r.intensityMask());
    }

    @Test
    void threeSigmaRemovesTheOutlier() {
        // twenty voxels of 0 and one of 100: mu = 100/21, population variance = 10000/21 - mu^2,
        // sigma = 21.2959..., bounds mu -/+ 3 sigma = [-59.126, 68.650]: the 100 goes, the zeros stay
        float[] x = new float[21];
        x[20] = 100;
        byte[] morph = new byte[21];
        java.util.Arrays.fill(morph, (byte) 1);
        Resegmentation.Result r = Resegmentation.apply(x, morph, new ResegmentationSettings(null, null, 3.0));
        double mu = 100.0 / 21;
        double sigma = Math.sqrt(10000.0 / 21 - mu * mu);
        assertEquals(mu - 3 * sigma, r.outlierLower(), 1e-9);
        assertEquals(mu + 3 * sigma, r.outlierUpper(), 1e-9);
        assertEquals(-59.126, r.outlierLower(), 1e-3);
        assertEquals(68.650, r.outlierUpper(), 1e-3);
        assertEquals(20, r.afterOutliers().voxels());
        assertEquals(0, r.intensityMask()[20]);
        assertEquals(21, r.afterRange().voxels());
    }

    @Test
    void sigmaIsComputedAfterTheRange() {
        // range [0, 10] drops the -1000 first; the rest {1, 2, 3, 4, 5} has mu 3, sigma sqrt(2): 2 sigma keeps
        // [0.17, 5.83], i.e. everything; had -1000 counted, sigma would be ~373
        float[] x = {-1000, 1, 2, 3, 4, 5};
        Resegmentation.Result r = Resegmentation.apply(x, new byte[] {1, 1, 1, 1, 1, 1},
                new ResegmentationSettings(0.0, 10.0, 2.0));
        assertEquals(3 - 2 * Math.sqrt(2), r.outlierLower(), 1e-12);
        assertArrayEquals(new byte[] {0, 1, 1, 1, 1, 1}, r.intensityMask());
    }
}
