package org.tacerisk.radiomics.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tacerisk.common.BadInputException;
import org.tacerisk.image.ImageGeometry;

/**
 * The PyRadiomics (SimpleITK recursive-Gaussian) LoG on inputs whose answer is known by hand: the scale-normalised
 * Laplacian σ²∇² of a quadratic, zero for constants, the sampled analytic σ²·LoG kernel for an impulse.
 */
class RecursiveLaplacianOfGaussianTest {

    private static ImageGeometry grid(int n, double... spacing) {
        return ImageGeometry.axisAligned(n, n, n, spacing, new double[] {0, 0, 0});
    }

    @Test
    void constantImageGivesZero() {
        ImageGeometry g = grid(12, 0.8, 1.0, 3.0);
        float[] image = new float[g.voxelCount()];
        java.util.Arrays.fill(image, 1000f);
        for (float v : new RecursiveLaplacianOfGaussian(3).apply(image, g)) {
            assertEquals(0, v, 1e-3);
        }
    }

    /**
     * f = x² + 2y² + 3z² (mm) has ∇²f = 12 everywhere, so the response is 12σ² away from the edges (where edge
     * replication bends the quadratic), on an anisotropic grid too: the derivatives are per mm.
     */
    @Test
    void quadraticGivesSigmaSquaredTimesItsLaplacian() {
        int n = 64;
        ImageGeometry g = grid(n, 0.8, 1.0, 1.5);
        float[] image = new float[g.voxelCount()];
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    double x = (i - 32) * 0.8;
                    double y = (j - 32) * 1.0;
                    double z = (k - 32) * 1.5;
                    image[g.index(i, j, k)] = (float) (x * x + 2 * y * y + 3 * z * z);
                }
            }
        }
        double sigma = 2;
        float[] r = new RecursiveLaplacianOfGaussian(sigma).apply(image, g);
        for (int k = 28; k <= 36; k += 4) {
            for (int i = 28; i <= 36; i += 2) {
                assertEquals(12 * sigma * sigma, r[g.index(i, 32, k)], 12 * sigma * sigma * 2e-3);
            }
        }
    }

    /** The impulse response is close to the sampled σ²∇²G (Deriche's fit is accurate to about 1 % of the peak). */
    @Test
    void impulseResponseIsTheScaleNormalisedLogKernel() {
        int n = 41;
        int c = 20;
        ImageGeometry g = grid(n, 1, 1, 1);
        float[] image = new float[g.voxelCount()];
        image[g.index(c, c, c)] = 1;
        double sigma = 3;
        float[] r = new RecursiveLaplacianOfGaussian(sigma).apply(image, g);
        double peak = Math.abs(analytic(0, sigma));
        double worst = 0;
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    double d2 = (i - c) * (i - c) + (j - c) * (j - c) + (k - c) * (k - c);
                    worst = Math.max(worst, Math.abs(r[g.index(i, j, k)] - analytic(d2, sigma)));
                }
            }
        }
        assertTrue(worst < 0.02 * peak, "largest deviation " + worst + " of peak " + peak);
        assertEquals(analytic(0, sigma), r[g.index(c, c, c)], 0.02 * peak);
    }

    /** σ²·∇²G at squared distance d2 from the centre, G the normalised 3D Gaussian. */
    private static double analytic(double d2, double sigma) {
        double s2 = sigma * sigma;
        double gauss = Math.exp(-d2 / (2 * s2)) / Math.pow(sigma * Math.sqrt(2 * Math.PI), 3);
        return s2 * gauss * (d2 / (s2 * s2) - 3 / s2);
    }

    @Test
    void responseIsMirrorSymmetricAboutAnImpulse() {
        int n = 21;
        int c = 10;
        ImageGeometry g = grid(n, 0.9, 0.9, 2.0);
        float[] image = new float[g.voxelCount()];
        image[g.index(c, c, c)] = 100;
        float[] r = new RecursiveLaplacianOfGaussian(2).apply(image, g);
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    float v = r[g.index(i, j, k)];
                    assertEquals(v, r[g.index(n - 1 - i, j, k)], 1e-5);
                    assertEquals(v, r[g.index(i, n - 1 - j, k)], 1e-5);
                    assertEquals(v, r[g.index(i, j, n - 1 - k)], 1e-5);
                }
            }
        }
    }

    /** The smoothing pass alone: a sampled unit-sum Gaussian, and a constant line is left unchanged. */
    @Test
    void smoothingIsAGaussianOfUnitSum() {
        int len = 61;
        double sigma = 4;
        double[] in = new double[len];
        in[30] = 1;
        double[] out = new double[len];
        RecursiveGaussian.smoothing(sigma).filter(in, out, new double[len], len);
        double sum = 0;
        for (int i = 0; i < len; i++) {
            double x = i - 30;
            double expected = Math.exp(-x * x / (2 * sigma * sigma)) / (sigma * Math.sqrt(2 * Math.PI));
            assertEquals(expected, out[i], 0.01 * 0.0997);
            sum += out[i];
        }
        assertEquals(1, sum, 1e-5);
        java.util.Arrays.fill(in, 7);
        RecursiveGaussian.smoothing(sigma).filter(in, out, new double[len], len);
        for (double v : out) {
            assertEquals(7, v, 1e-9);
        }
    }

    @Test
    void refusesGridsPyRadiomicsSkipsAndNamesTheImageType() {
        RecursiveLaplacianOfGaussian log = new RecursiveLaplacianOfGaussian(5);
        ImageGeometry thin = ImageGeometry.axisAligned(40, 40, 3, new double[] {1, 1, 3}, new double[] {0, 0, 0});
        BadInputException e = assertThrows(BadInputException.class, () -> log.checkGrid(thin));
        assertTrue(e.getMessage().contains("log-sigma-5-0-mm-3D") && e.getMessage().contains("z (k)"),
                e.getMessage());
        log.checkGrid(ImageGeometry.axisAligned(40, 40, 4, new double[] {1, 1, 3}, new double[] {0, 0, 0}));
    }

    @Test
    void namedAsPyRadiomicsAndBuiltFromASpec() {
        assertEquals("log-sigma-1-0-mm-3D", FilterFactory.pyRadiomicsLog(1).imageTypeName());
        assertEquals("log-sigma-2-5-mm-3D", FilterFactory.pyRadiomicsLog(2.5).imageTypeName());
        ImageFilter f = FilterRegistry.factory("pyradiomics-log").create(new FilterParameters(null,
                Map.of("sigma_mm", 3.0)), false, BoundaryCondition.NEAREST);
        assertEquals("log-sigma-3-0-mm-3D", f.imageTypeName());
    }
}
