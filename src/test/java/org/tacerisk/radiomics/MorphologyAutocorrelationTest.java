package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tacerisk.radiomics.morphology.SpatialAutocorrelation;

/** Moran's I (N365) and Geary's C (NPT7): small cases by hand, and the Fourier route against the double loop. */
class MorphologyAutocorrelationTest {

    /**
     * Two voxels a, b at distance d: y = ±(a − b)/2, W = 2/d. I = (2 / (2/d)) · (2/d)(−y²) / (2y²) = −1;
     * C = (1 / (2 · 2/d)) · (2/d)(2y)² / (2y²) = 1, whatever a, b and d.
     */
    @Test
    void twoVoxels() {
        float[] x = {3, 10};
        byte[] mask = {1, 1};
        for (SpatialAutocorrelation sa : both(x, mask, 2, 1, 1, new double[] {2.5, 1, 1})) {
            assertEquals(-1, sa.moranI(), 1e-12);
            assertEquals(1, sa.gearyC(), 1e-12);
        }
    }

    /**
     * Three voxels in a row, intensities 0, 1, 0, unit spacing. μ = 1/3, y = (−1/3, 2/3, −1/3), Σy² = 2/3. Ordered
     * pairs: (1,2), (2,3) at d = 1, (1,3) at d = 2, both ways: W = 2(1 + 1 + 1/2) = 5; Σ w y y = 2(−2/9 − 2/9 + 1/18)
     * = −7/9; I = (3/5)(−7/9)/(2/3) = −0.7. Σ w (Δx)² = 2(1 + 1 + 0) = 4; C = (2/10) · 4/(2/3) = 1.2.
     */
    @Test
    void threeInARow() {
        float[] x = {0, 1, 0};
        byte[] mask = {1, 1, 1};
        for (SpatialAutocorrelation sa : both(x, mask, 3, 1, 1, new double[] {1, 1, 1})) {
            assertEquals(-0.7, sa.moranI(), 1e-12);
            assertEquals(1.2, sa.gearyC(), 1e-12);
        }
    }

    /**
     * A 2 × 2 checkerboard in one slice (0 1 / 1 0), unit spacing. μ = 1/2, y = ±1/2, Σy² = 1. Each voxel has two
     * neighbours of the other colour at d = 1 and one of its own at d = √2. Ordered pairs: W = 4(2 + 1/√2);
     * Σ w y y = 4(2 · (−1/4) + (1/√2)(1/4)) = −2 + 1/√2; I = 4(−2 + 1/√2) / (4(2 + 1/√2)) = (1/√2 − 2)/(2 + 1/√2).
     * Σ w (Δx)² = 4 · 2 · 1 = 8; C = 3 · 8 / (2W) = 3/(2 + 1/√2).
     */
    @Test
    void checkerboard() {
        float[] x = {0, 1, 1, 0};
        byte[] mask = {1, 1, 1, 1};
        double r = 1 / Math.sqrt(2);
        for (SpatialAutocorrelation sa : both(x, mask, 2, 2, 1, new double[] {1, 1, 1})) {
            assertEquals((r - 2) / (2 + r), sa.moranI(), 1e-12);
            assertEquals(3 / (2 + r), sa.gearyC(), 1e-12);
        }
    }

    /** Random masks and intensities on anisotropic grids: the transform route equals the double loop. */
    @Test
    void fourierEqualsTheDoubleLoop() {
        Random random = new Random(4);
        for (int trial = 0; trial < 20; trial++) {
            int nx = 2 + random.nextInt(12);
            int ny = 2 + random.nextInt(12);
            int nz = 1 + random.nextInt(9);
            float[] x = new float[nx * ny * nz];
            byte[] mask = new byte[x.length];
            for (int n = 0; n < x.length; n++) {
                x[n] = (float) Math.rint(random.nextGaussian() * 300 + n % 7 * 40);
                mask[n] = (byte) (random.nextDouble() < 0.7 ? 1 : 0);
            }
            mask[0] = 1;
            mask[x.length - 1] = 1;
            x[0] = 5000;
            double[] spacing = {0.5 + random.nextDouble(), 0.5 + random.nextDouble(), 1 + 2 * random.nextDouble()};
            SpatialAutocorrelation direct = SpatialAutocorrelation.direct(x, mask, nx, ny, nz, spacing);
            SpatialAutocorrelation fourier = SpatialAutocorrelation.fourier(x, mask, nx, ny, nz, spacing);
            assertEquals(direct.moranI(), fourier.moranI(), 1e-10 * Math.max(1, Math.abs(direct.moranI())));
            assertEquals(direct.gearyC(), fourier.gearyC(), 1e-10 * Math.max(1, direct.gearyC()));
        }
    }

    @Test
    void undefinedCases() {
        SpatialAutocorrelation single = SpatialAutocorrelation.of(new float[] {4, 5}, new byte[] {1, 0}, 2, 1, 1,
                new double[] {1, 1, 1});
        assertTrue(Double.isNaN(single.moranI()) && Double.isNaN(single.gearyC()));
        assertEquals("intensity mask has a single voxel", single.undefinedReason());
        SpatialAutocorrelation flat = SpatialAutocorrelation.fourier(new float[] {4, 4, 4}, new byte[] {1, 1, 1}, 3, 1,
                1, new double[] {1, 1, 1});
        assertTrue(Double.isNaN(flat.moranI()));
        assertEquals("all intensities in the ROI are equal", flat.undefinedReason());
        assertEquals(flat.undefinedReason(), SpatialAutocorrelation.direct(new float[] {4, 4, 4},
                new byte[] {1, 1, 1}, 3, 1, 1, new double[] {1, 1, 1}).undefinedReason());
    }

    private static SpatialAutocorrelation[] both(float[] x, byte[] mask, int nx, int ny, int nz, double[] s) {
        return new SpatialAutocorrelation[] {SpatialAutocorrelation.direct(x, mask, nx, ny, nz, s),
            SpatialAutocorrelation.fourier(x, mask, nx, ny, nz, s)};
    }
}
