package org.tacerisk.radiomics.filter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tacerisk.common.BadInputException;
import org.tacerisk.image.ImageGeometry;

/** The undecimated separable wavelet filter (IBSI-2 tests 5.a.1, 5.a.2, 7.a.1) and hand-checkable cases. */
class WaveletFilterTest {

    private static final double R2 = Math.sqrt(2);

    /**
     * Haar on a step 0 0 0 0 1 1 1 1 along i (one voxel along j and k, mirror padding, so L along j and k is a gain
     * of √2 each): H gives (x[n] − x[n+1])/√2 · 2, only at n = 3; L gives (x[n] + x[n+1])/√2 · 2.
     */
    @Test
    void haarOnAStep() {
        ImageGeometry g = ImageGeometry.axisAligned(8, 1, 1, new double[] {1, 1, 1}, new double[3]);
        float[] step = {0, 0, 0, 0, 1, 1, 1, 1};
        float[] h = new WaveletFilter("haar", "HLL", 1, false, false, BoundaryCondition.MIRROR).apply(step, g);
        assertArrayEquals(new float[] {0, 0, 0, (float) -R2, 0, 0, 0, 0}, h, 1e-6f);
        float[] l = new WaveletFilter("haar", "LLL", 1, false, false, BoundaryCondition.MIRROR).apply(step, g);
        float a = (float) R2;
        float b = (float) (2 * R2);
        assertArrayEquals(new float[] {0, 0, 0, a, b, b, b, b}, l, 1e-6f);
        // level 2 (à trous, step 2): L2 = (y[n] + y[n+2])/√2 per axis on the level-1 LLL y
        float[] l2 = new WaveletFilter("haar", "LLL", 2, false, false, BoundaryCondition.MIRROR).apply(step, g);
        // y = 0 0 0 √2 2√2 2√2 2√2 2√2; the single-voxel j and k axes add a gain of √2 each
        assertEquals(2 * (0 + b) / R2, l2[2], 1e-5);
        assertEquals(2 * (0 + a) / R2, l2[1], 1e-5);
        assertEquals(2 * (a + b) / R2, l2[3], 1e-5);
    }

    @Test
    void energyIsKeptByAnOrthonormalPairOnAPeriodicLine() {
        // periodic boundary: ||L||² + ||H||² = 2 ||x||² per axis for an undecimated orthonormal filter pair
        ImageGeometry g = ImageGeometry.axisAligned(16, 1, 1, new double[] {1, 1, 1}, new double[3]);
        float[] x = new float[16];
        for (int n = 0; n < 16; n++) {
            x[n] = (float) Math.sin(n * 0.7) + (n % 3);
        }
        for (String family : List.of("db4", "sym5", "coif2")) {
            float[] lo = new WaveletFilter(family, "LL", 1, false, true, BoundaryCondition.PERIODIC).apply(x, g);
            float[] hi = new WaveletFilter(family, "HL", 1, false, true, BoundaryCondition.PERIODIC).apply(x, g);
            double e = 0;
            double ex = 0;
            for (int n = 0; n < 16; n++) {
                // the single-voxel j axis (L, periodic) is a gain of √2
                e += (lo[n] * lo[n] + hi[n] * hi[n]) / 2;
                ex += x[n] * x[n];
            }
            assertEquals(2 * ex, e, 1e-4 * ex, family);
        }
    }

    @Test
    void rotationGroups() {
        assertEquals(24, RightAngleRotations.all(false).size());
        assertEquals(4, RightAngleRotations.all(true).size());
        Set<String> distinct = new HashSet<>();
        for (RightAngleRotations r : RightAngleRotations.all(false)) {
            distinct.add(java.util.Arrays.toString(r.sourceIndex(new int[] {2, 3, 4})));
        }
        assertEquals(24, distinct.size());
    }

    @Test
    void specRefusesBadBands() {
        assertThrows(BadInputException.class, () -> ReferenceMaps.filter("wavelet",
                Map.of("wavelet", "db2", "band", "LH"), false, BoundaryCondition.ZERO));
        assertThrows(BadInputException.class, () -> ReferenceMaps.filter("wavelet",
                Map.of("wavelet", "db99", "band", "LHL"), false, BoundaryCondition.ZERO));
        assertEquals("wavelet2-LLL", ReferenceMaps.filter("wavelet", Map.of("wavelet", "haar", "band", "lll",
                "level", 2), false, BoundaryCondition.ZERO).imageTypeName());
    }

    /** IBSI-2 5.a.1: db2, 3D, LHL, level 1, no rotation invariance, zero padding, impulse phantom. */
    @Test
    void ibsi5a1() throws Exception {
        ReferenceMaps.check("5_a_1", "impulse", ReferenceMaps.filter("wavelet",
                Map.of("wavelet", "db2", "band", "LHL", "level", 1), false, BoundaryCondition.ZERO));
    }

    /** IBSI-2 5.a.2: as 5.a.1 with rotation invariance (average over the 24 right-angle rotations). */
    @Test
    void ibsi5a2() throws Exception {
        ReferenceMaps.check("5_a_2", "impulse", ReferenceMaps.filter("wavelet",
                Map.of("wavelet", "db2", "band", "LHL", "rotation_invariant", true), false, BoundaryCondition.ZERO));
    }

    /** IBSI-2 7.a.1: Haar, 3D, LLL at decomposition level 2, rotation invariant, mirror padding, checkerboard. */
    @Test
    void ibsi7a1() throws Exception {
        ReferenceMaps.check("7_a_1", "checkerboard", ReferenceMaps.filter("wavelet", Map.of("wavelet", "haar",
                "band", "LLL", "level", 2, "rotation_invariant", true), false, BoundaryCondition.MIRROR));
    }
}
