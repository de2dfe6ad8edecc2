package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tacerisk.image.ImageGeometry;

/** The grey-level sample is the masked levels in ascending order, whether counted (dense) or sorted (sparse). */
class IntensitySampleTest {

    private static IntensitySample greyLevels(int[] levels, byte[] mask) {
        ImageGeometry g = ImageGeometry.axisAligned(levels.length, 1, 1, new double[] {1, 1, 1}, new double[3]);
        int max = 0;
        for (int l : levels) {
            max = Math.max(max, l);
        }
        return IntensitySample.ofGreyLevels(new ProcessedRoi(g, new float[levels.length], mask, mask.clone(), levels,
                max));
    }

    @Test
    void denseLevelsAreCountedInOrder() {
        IntensitySample s = greyLevels(new int[] {3, 1, 4, 1, 5, 9, 2, 6}, new byte[] {1, 1, 1, 1, 1, 0, 1, 1});
        // 9 is outside the mask
        double[] want = {1, 1, 2, 3, 4, 5, 6};
        assertEquals(want.length, s.size());
        for (int n = 0; n < want.length; n++) {
            assertEquals(want[n], s.valueAt(n), 0.0, "position " + n);
        }
    }

    @Test
    void sparseLevelsAreSorted() {
        // a range far larger than the sample takes the comparison sort
        IntensitySample s = greyLevels(new int[] {100000, 1, 50000, 7}, new byte[] {1, 1, 1, 1});
        double[] want = {1, 7, 50000, 100000};
        for (int n = 0; n < want.length; n++) {
            assertEquals(want[n], s.valueAt(n), 0.0, "position " + n);
        }
    }
}
