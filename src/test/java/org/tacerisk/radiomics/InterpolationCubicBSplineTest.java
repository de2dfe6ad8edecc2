package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Volume;

/**
 * Cubic B-spline interpolation checked against the properties that define it: with the prefilter the spline
 * passes through every original value (interpolation, not smoothing), and it reproduces polynomials up to degree
 * three away from the edges (approximation order 4).
 */
class InterpolationCubicBSplineTest {

    private static RadiomicsSettings cubic(double x) {
        return RadiomicsSettings.defaults().withInterpolation(new InterpolationSettings(true,
                new InterpolationSettings.Spacing(x, 1, null), InterpolationMethod.CUBIC_BSPLINE,
                InterpolationMethod.LINEAR, 0.5, false));
    }

    private static ProcessedRoi resampleLine(float[] values, double newSpacing) {
        ImageGeometry g = ImageGeometry.axisAligned(values.length, 1, 1, new double[] {1, 1, 1},
                new double[] {0, 0, 0});
        byte[] mask = new byte[values.length];
        java.util.Arrays.fill(mask, (byte) 1);
        return ImageProcessor.process(Volume.ofFloats(g, values, Volume.HU), Mask.of(g, mask), cubic(newSpacing));
    }

    @Test
    void weightsAreTheCubicBSpline() {
        // B3 at offsets 1, 0, -1, -2 for t = 0: 1/6, 4/6, 1/6, 0; they sum to 1 for any t
        double[] w = CubicBSpline.weights(0);
        assertEquals(1.0 / 6, w[0], 1e-15);
        assertEquals(4.0 / 6, w[1], 1e-15);
        assertEquals(1.0 / 6, w[2], 1e-15);
        assertEquals(0, w[3], 1e-15);
        double[] half = CubicBSpline.weights(0.5);
        assertEquals(1.0 / 48, half[0], 1e-15);
        assertEquals(23.0 / 48, half[1], 1e-15);
        assertEquals(1, half[0] + half[1] + half[2] + half[3], 1e-15);
    }

    @Test
    void prefilterMakesTheSplinePassThroughTheSamples() {
        // coefficients c satisfy (c[k-1] + 4 c[k] + c[k+1]) / 6 = f[k] with mirror boundaries
        Random random = new Random(7);
        double[] f = new double[40];
        for (int k = 0; k < f.length; k++) {
            f[k] = random.nextGaussian() * 100;
        }
        double[] c = f.clone();
        CubicBSpline.prefilterLine(c);
        for (int k = 0; k < f.length; k++) {
            double left = c[k == 0 ? 1 : k - 1];
            double right = c[k == f.length - 1 ? f.length - 2 : k + 1];
            assertEquals(f[k], (left + 4 * c[k] + right) / 6, 1e-9, "sample " + k);
        }
    }

    @Test
    void resampledLineHitsTheOriginalValuesAtOriginalPositions() {
        // 30 voxels of 1 mm to 1/3 mm: n_b = 90, x_b,g = (29 - 89/3) / 2 = -1/3, so new point 3m + 1 lies on
        // original voxel m
        Random random = new Random(11);
        float[] v = new float[30];
        for (int k = 0; k < v.length; k++) {
            v[k] = (float) (random.nextGaussian() * 300);
        }
        ProcessedRoi roi = resampleLine(v, 1.0 / 3);
        ImageGeometry p = roi.grid();
        int hits = 0;
        for (int n = 0; n < p.nx(); n++) {
            double x = p.indexToPhysical(n, 0, 0)[0];
            if (Math.abs(x - Math.rint(x)) < 1e-9) {
                assertEquals(v[(int) Math.rint(x)], roi.intensities()[n], 1e-3, "original voxel " + Math.rint(x));
                hits++;
            }
        }
        assertEquals(30, hits);
    }

    @Test
    void reproducesACubicAwayFromTheEdges() {
        // f(x) = 0.01 x^3 - 0.5 x^2 + 3x on 60 voxels; 12 voxels from either edge the padding no longer matters
        float[] v = new float[60];
        for (int k = 0; k < v.length; k++) {
            v[k] = (float) f(k);
        }
        ProcessedRoi roi = resampleLine(v, 0.7);
        ImageGeometry p = roi.grid();
        int checked = 0;
        for (int n = 0; n < p.nx(); n++) {
            double x = p.indexToPhysical(n, 0, 0)[0];
            if (x > 12 && x < 47) {
                assertEquals(f(x), roi.intensities()[n], 2e-3 * Math.max(1, Math.abs(f(x))), "x = " + x);
                checked++;
            }
        }
        assertTrue(checked > 40);
    }

    private static double f(double x) {
        return 0.01 * x * x * x - 0.5 * x * x + 3 * x;
    }
}
