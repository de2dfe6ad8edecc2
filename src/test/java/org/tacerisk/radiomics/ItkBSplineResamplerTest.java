package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tacerisk.common.Progress;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Volume;

/**
 * SimpleITK's cubic B-spline as PyRadiomics resamples with it, checked against what defines it: the prefilter makes
 * the spline pass through every voxel (c[k−1]/6 + 4c[k]/6 + c[k+1]/6 = data, mirror boundaries), with ITK's
 * 18-term causal initialisation on long lines; cubic polynomials are reproduced away from the edges; a point outside
 * the image's extent [−½, n − ½) is 0, as ResampleImageFilter's default value.
 */
class ItkBSplineResamplerTest {

    @Test
    void horizonIsItksEighteenTerms() {
        // ceil(ln 1e-10 / ln(2 - sqrt 3)) = ceil(17.48)
        assertEquals(18, ItkBSplineResampler.HORIZON);
    }

    @Test
    void coefficientsInterpolateTheDataOnShortAndLongLines() {
        Random random = new Random(7);
        for (int length : new int[] {2, 5, 17, 18, 19, 64}) {
            double[] data = new double[length];
            for (int m = 0; m < length; m++) {
                data[m] = random.nextGaussian() * 100;
            }
            double[] c = data.clone();
            ItkBSplineResampler.prefilterLine(c, length);
            for (int m = 0; m < length; m++) {
                double left = c[m == 0 ? 1 : m - 1];
                double right = c[m == length - 1 ? length - 2 : m + 1];
                // the short lines use the exact mirror sum; past 18 the truncation leaves ~1e-10 of the range
                double tolerance = length > ItkBSplineResampler.HORIZON ? 1e-7 : 1e-10;
                assertEquals(data[m], (left + 4 * c[m] + right) / 6, tolerance, "length " + length + " at " + m);
            }
        }
    }

    @Test
    void weightsAndMirroredSupportFollowItk() {
        int[] index = new int[4];
        double[] w = new double[4];
        ItkBSplineResampler.supportAndWeights(0.0, 5, index, w);
        // support -1..2 mirrored at 0: 1, 0, 1, 2; weights of B3 at t = 0
        assertEquals("[1, 0, 1, 2]", java.util.Arrays.toString(index));
        assertEquals(1.0 / 6, w[0], 1e-15);
        assertEquals(4.0 / 6, w[1], 1e-15);
        assertEquals(1.0 / 6, w[2], 1e-15);
        assertEquals(0.0, w[3], 1e-15);
        ItkBSplineResampler.supportAndWeights(4.25, 5, index, w);
        // support 3..6 mirrored at 4 (period 8): 3, 4, 3, 2; weights sum to 1
        assertEquals("[3, 4, 3, 2]", java.util.Arrays.toString(index));
        assertEquals(1.0, w[0] + w[1] + w[2] + w[3], 1e-15);
    }

    @Test
    void reproducesACubicInside() {
        double[][] points = resampleAlongX(0.4);
        int checked = 0;
        for (double[] p : points) {
            if (p[0] >= 12 && p[0] <= 27) {
                // far from the mirrored ends the spline reproduces the cubic (up to the prefilter's truncation)
                assertEquals(cubic(p[0]), p[1], 1e-6 * Math.abs(cubic(p[0])) + 1e-6, "x = " + p[0]);
                checked++;
            }
        }
        assertEquals(true, checked > 30, "points checked: " + checked);
    }

    @Test
    void pointsPastTheImagesExtentAreZero() {
        // spacing 1.9: PyRadiomics' grid rounds the size up, its last point lies at x = 40.35 > 39.5
        double[][] points = resampleAlongX(1.9);
        double[] last = points[points.length - 1];
        assertEquals(40.35, last[0], 1e-9);
        assertEquals(0.0, last[1], 0.0);
        double[] before = points[points.length - 2];
        assertEquals(cubic(before[0]), before[1], 0.05 * Math.abs(cubic(before[0])), "mirrored end, x = " + before[0]);
    }

    /** {x, value} along the middle row of a 40 × 3 × 3 image holding {@link #cubic} in x. */
    private static double[][] resampleAlongX(double spacing) {
        int nx = 40;
        ImageGeometry g = ImageGeometry.axisAligned(nx, 3, 3, new double[] {1, 1, 1}, new double[] {0, 0, 0});
        float[] values = new float[nx * 3 * 3];
        for (int n = 0; n < values.length; n++) {
            values[n] = (float) cubic(n % nx);
        }
        InterpolationSettings s = new InterpolationSettings(true, new InterpolationSettings.Spacing(spacing, 1, 1.0),
                InterpolationMethod.CUBIC_BSPLINE, InterpolationMethod.NEAREST, 0.5, false);
        InterpolationGrid grid = InterpolationGrid.pyradiomics(g, s, new int[] {0, 0, 0}, new int[] {nx - 1, 2, 2}, 0);
        int[] hi = {grid.size(0) - 1, grid.size(1) - 1, grid.size(2) - 1};
        double[] out = ItkBSplineResampler.resample(Volume.ofFloats(g, values, Volume.HU), grid, new int[3], hi,
                Progress.NONE);
        double[][] points = new double[grid.size(0)][];
        for (int n = 0; n < grid.size(0); n++) {
            points[n] = new double[] {grid.sourceCoordinate(0, n), out[n + grid.size(0) * (1 + grid.size(1))]};
        }
        return points;
    }

    private static double cubic(double x) {
        return 0.01 * x * x * x - 0.5 * x * x + 3 * x - 20;
    }
}
