package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacerisk.image.ImageGeometry;

/** Local (VJGA) and global (0F91) intensity peaks on images whose sphere means follow by hand. */
class LocalIntensityFamilyTest {

    private static final LocalIntensityFamily FAMILY = new LocalIntensityFamily();

    /** r = (3/4π)^(1/3) cm = 6.2035 mm: a sphere of 1 cm³. */
    @Test
    void radiusIsThatOfOneCubicCentimetre() {
        assertEquals(1000, 4 * Math.PI * Math.pow(LocalIntensityFamily.RADIUS_MM, 3) / 3, 1e-9);
    }

    /**
     * One voxel of 123 in a zero image, 2 mm voxels: the sphere takes offsets with (2i)² + (2j)² + (2k)² ≤ 6.2035²,
     * i.e. i² + j² + k² ≤ 9.62, which are the 123 lattice points with i² + j² + k² ≤ 9 (1 + 6 + 12 + 8 + 6 + 24 +
     * 24 + 12 + 30: shells 0 to 9). Every sphere that contains the bright voxel has mean 1; the ROI is the central
     * 3 × 3 × 3 block of a 13³ image, so all spheres lie inside the grid.
     */
    @Test
    void singleBrightVoxel() {
        int size = 13;
        float[] x = new float[size * size * size];
        byte[] mask = new byte[x.length];
        int centre = 6 + size * (6 + size * 6);
        x[centre] = 123;
        for (int k = 5; k <= 7; k++) {
            for (int j = 5; j <= 7; j++) {
                for (int i = 5; i <= 7; i++) {
                    mask[i + size * (j + size * k)] = 1;
                }
            }
        }
        List<FeatureValue> f = FAMILY.compute(roi(x, mask, size, 2), TestRois.context(Approach.THREE_D));
        assertEquals(1, f.get(0).value(), 1e-12);
        assertEquals(1, f.get(1).value(), 1e-12);
    }

    /**
     * The sphere draws on voxels outside the ROI: a 1-voxel ROI of intensity 0 whose neighbours (outside the ROI)
     * are 6: the local peak is 6 · 6/7 (the sphere of radius 6.2 mm with 5 mm voxels holds the centre and its 6
     * face neighbours).
     */
    @Test
    void sphereReachesOutsideTheRoi() {
        float[] x = new float[27];
        java.util.Arrays.fill(x, 6);
        byte[] mask = new byte[27];
        x[13] = 0;
        mask[13] = 1;
        List<FeatureValue> f = FAMILY.compute(roi(x, mask, 3, 5), TestRois.context(Approach.THREE_D));
        assertEquals(36.0 / 7, f.get(0).value(), 1e-12);
        assertEquals(36.0 / 7, f.get(1).value(), 1e-12);
    }

    /**
     * Local peak: two voxels share the maximum; the higher of their sphere means counts. Global peak: the best
     * sphere over all ROI voxels, which need not be centred on a maximum. A 23 × 1 × 1 line of 1 mm voxels: the
     * sphere covers ±6 voxels, cut off at the ends of the grid.
     */
    @Test
    void tiesAndGlobalPeak() {
        float[] x = {9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9, 8, 8, 8, 8, 8, 8, 8, 8};
        int nx = x.length;
        byte[] mask = new byte[nx];
        java.util.Arrays.fill(mask, (byte) 1);
        ImageGeometry g = ImageGeometry.axisAligned(nx, 1, 1, new double[] {1, 1, 1}, new double[3]);
        List<FeatureValue> f = FAMILY.compute(new ProcessedRoi(g, x, mask, mask, new int[nx], 1), TestRois.context(Approach.THREE_D));
        // voxel 0: (9 + 0·6)/7; voxel 14: (9 + 6·0 + 6·8)/13 = 57/13
        assertEquals(57.0 / 13, f.get(0).value(), 1e-12);
        // voxel 20: positions 14..22 (23..26 lie past the end of the grid): (9 + 8·8)/9 = 73/9
        assertEquals(73.0 / 9, f.get(1).value(), 1e-12);
        assertTrue(f.get(1).value() > f.get(0).value());
    }

    @Test
    void emptyRoi() {
        List<FeatureValue> f = FAMILY.compute(roi(new float[8], new byte[8], 2, 1), TestRois.context(Approach.THREE_D));
        assertTrue(Double.isNaN(f.get(0).value()));
        assertEquals("intensity mask is empty", f.get(1).undefinedReason());
        assertEquals("Local intensity peak", f.get(0).feature());
        assertEquals("0F91", f.get(1).ibsiCode());
        assertEquals(Family.LOCAL_INTENSITY, f.get(0).family());
    }

    private static ProcessedRoi roi(float[] x, byte[] mask, int size, double spacing) {
        ImageGeometry g = ImageGeometry.axisAligned(size, size, size, new double[] {spacing, spacing, spacing},
                new double[3]);
        return new ProcessedRoi(g, x, mask, mask.clone(), new int[x.length], 1);
    }
}
