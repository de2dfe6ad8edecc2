package org.tacerisk.app.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Volume;

/** The auto window maps the 1st and 99th percentile (nearest rank) to black and white; air is left out for CT. */
class AutoWindowTest {

    @Test
    void percentilesOfTheTissueVoxelsBecomeBlackAndWhite() {
        // 100 tissue voxels 0..99 HU and 100 air voxels (-1000 HU, left out)
        ImageGeometry g = ImageGeometry.axisAligned(20, 10, 1, new double[] {1, 1, 1}, new double[] {0, 0, 0});
        short[] hu = new short[200];
        for (int n = 0; n < 100; n++) {
            hu[2 * n] = (short) n;
            hu[2 * n + 1] = -1000;
        }
        ViewerVolume v = ViewerVolume.of(Volume.ofShorts(g, hu, Volume.HU));
        WindowLevel w = v.autoWindow();
        // p1 = rank ceil(1) = 0 HU, p99 = rank 99 = 98 HU -> W = 99, L = 49.5
        assertEquals(new WindowLevel(99, 49.5), w);
        assertEquals(0, w.grey(0));
        assertEquals(255, w.grey(98));
        assertEquals(3, w.grey(1)); // (1 - 49)/98 + 0.5 = 0.0102 -> 2.6
    }

    @Test
    void nonCtVolumesUseAllVoxels() {
        ImageGeometry g = ImageGeometry.axisAligned(100, 1, 1, new double[] {1, 1, 1}, new double[] {0, 0, 0});
        float[] values = new float[100];
        for (int n = 0; n < 100; n++) {
            values[n] = -2000 + n;
        }
        WindowLevel w = ViewerVolume.of(Volume.ofFloats(g, values, "")).autoWindow();
        assertEquals(new WindowLevel(99, -1950.5), w); // p1 = -2000, p99 = -1902
    }
}
