package org.tacerisk.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VolumeAndMaskTest {

    private final ImageGeometry grid = ImageGeometry.axisAligned(3, 2, 2, new double[] {1, 1, 2}, new double[3]);

    @Test
    void shortAndFloatVolumesReadTheSameValues() {
        short[] s = {-1000, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 3065};
        float[] f = new float[s.length];
        for (int n = 0; n < s.length; n++) {
            f[n] = s[n];
        }
        Volume a = Volume.ofShorts(grid, s.clone(), Volume.HU);
        Volume b = Volume.ofFloats(grid, f, Volume.HU);
        assertTrue(a.isShortBacked());
        assertFalse(b.isShortBacked());
        assertTrue(a.sameVoxels(b));
        assertEquals(3065f, a.get(2, 1, 1));
        assertArrayEquals(new float[] {-1000, 3065}, a.range());
        float[] slice = new float[6];
        a.copySlice(1, slice);
        assertArrayEquals(new float[] {5, 6, 7, 8, 9, 3065}, slice);
    }

    @Test
    void volumeRejectsWrongArrayLength() {
        assertThrows(IllegalArgumentException.class, () -> Volume.ofShorts(grid, new short[11], Volume.HU));
    }

    @Test
    void maskCountsAndDiceByHand() {
        Mask a = Mask.of(grid, new byte[] {1, 1, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0});
        Mask b = Mask.of(grid, new byte[] {1, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0});
        assertEquals(3, a.count());
        assertEquals(2, a.countInSlice(0));
        assertEquals(2, a.differingVoxels(b));
        // |A∩B| = 2, |A| + |B| = 6 → Dice 4/6.
        assertEquals(4.0 / 6.0, a.dice(b), 1e-15);
        assertEquals(1.0, Mask.empty(grid).dice(Mask.empty(grid)));
        assertTrue(a.contains(0, 0, 1));
        // voxels (0,0,0), (1,0,0) and (0,0,1): box i 0..1, j 0..0, k 0..1
        assertArrayEquals(new int[] {0, 0, 0, 1, 0, 1}, a.boundingBox());
        assertEquals(null, Mask.empty(grid).boundingBox());
    }
}
