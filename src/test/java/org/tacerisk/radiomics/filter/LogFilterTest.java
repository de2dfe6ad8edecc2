package org.tacerisk.radiomics.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tacerisk.image.ImageGeometry;

class LogFilterTest {

    @Test
    void kernelRadiusIsTruncationTimesSigmaRounded() {
        assertEquals(13, LogFilter.kernels(1.5, 4)[0].length); // IBSI-2 test 2.a: sigma 3 mm at 2 mm
        assertEquals(21, LogFilter.kernels(2.5, 4)[1].length); // tests 2.b, 2.c: sigma 5 mm at 2 mm
        assertEquals(1 + 2 * 5, LogFilter.kernels(1.2, 4)[0].length); // 4.8 -> 5
    }

    /**
     * The impulse response is the sampled kernel −(1/σ²)(d − ‖x‖²/σ²)·G(x), x and σ in voxels, within 10⁻⁵ (4·10⁻⁴
     * of its peak): the 1D kernels are corrected to sum to 1 and 0 (LogFilter.kernels), which moves them that little.
     */
    @Test
    void impulseResponseIsTheSampledLaplacianOfGaussian() {
        ImageGeometry grid = ImageGeometry.axisAligned(21, 21, 21, new double[] {2, 2, 2}, new double[] {0, 0, 0});
        float[] image = new float[grid.voxelCount()];
        image[grid.index(10, 10, 10)] = 1;
        float[] r = new LogFilter(3.0, 4.0, false, BoundaryCondition.ZERO).apply(image, grid);
        double s = 1.5;
        for (int[] x : new int[][] {{0, 0, 0}, {1, 0, 0}, {2, 1, -1}, {3, 3, 0}, {6, 0, 0}}) {
            double x2 = x[0] * x[0] + x[1] * x[1] + x[2] * x[2];
            double g = Math.exp(-x2 / (2 * s * s)) / Math.pow(s * Math.sqrt(2 * Math.PI), 3);
            double expected = -(3 - x2 / (s * s)) / (s * s) * g;
            assertEquals(expected, r[grid.index(10 + x[0], 10 + x[1], 10 + x[2])], 1e-5);
        }
        assertEquals(0f, r[grid.index(17, 10, 10)]); // beyond the 4-sigma cutoff (6 voxels)
    }

    @Test
    void names() {
        assertEquals("log-sigma-3-0-mm-3D", new LogFilter(3, 4, false, BoundaryCondition.ZERO).imageTypeName());
        assertEquals("log-sigma-1-5-mm-2D", new LogFilter(1.5, 4, true, BoundaryCondition.ZERO).imageTypeName());
    }

    /** IBSI-2 scale: LoG 3D, sigma 5 mm, on 64³ at 2 mm (21-tap kernels, 8 passes). Timing printed for the report. */
    @Test
    void log3dSigma5On64CubeIsFast() {
        ImageGeometry grid = ImageGeometry.axisAligned(64, 64, 64, new double[] {2, 2, 2}, new double[] {0, 0, 0});
        float[] image = new float[grid.voxelCount()];
        java.util.Random random = new java.util.Random(1);
        for (int n = 0; n < image.length; n++) {
            image[n] = random.nextInt(400);
        }
        LogFilter log = new LogFilter(5, 4, false, BoundaryCondition.MIRROR);
        long best = Long.MAX_VALUE;
        for (int rep = 0; rep < 15; rep++) {
            long t = System.nanoTime();
            log.apply(image, grid);
            best = Math.min(best, System.nanoTime() - t);
        }
        System.out.printf("LoG 3D sigma 5 mm on 64^3: best of 15 runs %.1f ms%n", best / 1e6);
        // Generous bound: shared CI machines are slow and loaded; the target (well under 100 ms) is in the report.
        assertTrue(best < 1_000_000_000L, "LoG took " + best / 1e6 + " ms");
    }
}
