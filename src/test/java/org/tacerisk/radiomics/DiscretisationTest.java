package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Bin edges of IBSI-1 fixed bin number (K15C) and fixed bin size (Q3RU), worked out by hand. */
class DiscretisationTest {

    private static byte[] all(int n) {
        byte[] m = new byte[n];
        java.util.Arrays.fill(m, (byte) 1);
        return m;
    }

    @Test
    void fixedBinNumberEdgesAndMaximumToNg() {
        // min 0, max 10, N_g = 5: bins of width 2; X_d = floor(5 x / 10) + 1; x = 10 is X_max -> N_g
        float[] x = {0, 1.99f, 2, 3.99f, 4, 9.99f, 10};
        Discretiser.Result r = Discretiser.discretise(x, all(x.length), Discretisation.fixedBinNumber(5),
                ResegmentationSettings.none());
        assertArrayEquals(new int[] {1, 1, 2, 2, 3, 5, 5}, r.greyLevels());
        assertEquals(5, r.greyLevelCount());
    }

    @Test
    void fixedBinNumberIgnoresTheResegmentationRangeAndVoxelsOutside() {
        // IBSI table note 2: FBN uses the ROI's own range, here [100, 200] (the 0 is outside the mask), not [-500, 400]
        float[] x = {0, 100, 150, 200};
        byte[] mask = {0, 1, 1, 1};
        Discretiser.Result r = Discretiser.discretise(x, mask, Discretisation.fixedBinNumber(4),
                ResegmentationSettings.range(-500, 400));
        // floor(4 * 50 / 100) + 1 = 3
        assertArrayEquals(new int[] {0, 1, 3, 4}, r.greyLevels());
        assertEquals(100, r.lowerBound());
    }

    @Test
    void fixedBinNumberOfAUniformRoi() {
        float[] x = {7, 7, 7};
        Discretiser.Result r = Discretiser.discretise(x, all(3), Discretisation.fixedBinNumber(32),
                ResegmentationSettings.none());
        assertArrayEquals(new int[] {1, 1, 1}, r.greyLevels());
        assertEquals(32, r.greyLevelCount());
    }

    @Test
    void fixedBinSizeStartsAtTheResegmentationLowerBound() {
        // X_min = -500 (re-segmentation lower bound), w = 25: floor((x + 500) / 25) + 1
        // -500 -> 1, -475.5 -> 1, -475 -> 2, 0 -> 21, 377 -> floor(877 / 25) + 1 = 36, 400 -> 37
        float[] x = {-500, -475.5f, -475, 0, 377, 400};
        Discretiser.Result r = Discretiser.discretise(x, all(x.length), Discretisation.fixedBinSize(25),
                ResegmentationSettings.range(-500, 400));
        assertArrayEquals(new int[] {1, 1, 2, 21, 36, 37}, r.greyLevels());
        assertEquals(37, r.greyLevelCount(), "N_g = highest grey level present");
        assertEquals(-500, r.lowerBound());
    }

    @Test
    void fixedBinSizeWithoutRangeStartsAtTheRoiMinimum() {
        // no lower bound: X_min = ROI minimum 13; w = 10: 13 -> 1, 22.9 -> 1, 23 -> 2, 47 -> 4
        float[] x = {13, 22.9f, 23, 47};
        Discretiser.Result r = Discretiser.discretise(x, all(4), Discretisation.fixedBinSize(10),
                ResegmentationSettings.none());
        assertArrayEquals(new int[] {1, 1, 2, 4}, r.greyLevels());
        assertEquals(4, r.greyLevelCount());
        assertEquals(13, r.lowerBound());
    }

    @Test
    void fixedBinSizeNgFollowsTheRoiNotTheUpperBound() {
        // range [-1000, 400] but ROI only up to -900: N_g = floor(100 / 25) + 1 = 5, not 57
        float[] x = {-1000, -900};
        Discretiser.Result r = Discretiser.discretise(x, all(2), Discretisation.fixedBinSize(25),
                ResegmentationSettings.range(-1000, 400));
        assertEquals(5, r.greyLevelCount());
    }

    @Test
    void noneUsesWholeNumbersAsGreyLevels() {
        float[] x = {1, 3, 4, 6};
        Discretiser.Result r = Discretiser.discretise(x, all(4), Discretisation.none(), ResegmentationSettings.none());
        assertArrayEquals(new int[] {1, 3, 4, 6}, r.greyLevels());
        assertEquals(6, r.greyLevelCount());
        BadInputAssert.assertMessage(() -> Discretiser.discretise(new float[] {-20, 5}, all(2), Discretisation.none(),
                ResegmentationSettings.none()), "NONE", "-20");
        BadInputAssert.assertMessage(() -> Discretiser.discretise(new float[] {1.5f}, all(1), Discretisation.none(),
                ResegmentationSettings.none()), "1.5");
    }
}
