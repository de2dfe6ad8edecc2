package org.tacerisk.radiomics;

import org.tacerisk.common.Progress;
import org.tacerisk.image.Volume;

/**
 * Cubic B-spline resampling the way PyRadiomics gets it from SimpleITK ({@code sitkBSpline}: ITK 5.2's
 * {@code BSplineDecompositionImageFilter} and {@code BSplineInterpolateImageFunction}), for
 * {@code conventions: pyradiomics}; {@link CubicBSpline} is the IBSI one. The two differ where it shows after the
 * result is stored as float32:
 *
 * <ul>
 *   <li>The prefilter runs along whole image lines with mirror boundaries at the image's own edges (no edge
 *       padding), and the causal initialisation sums only {@link #HORIZON} terms (ITK's tolerance 1e-10). That
 *       truncation moves values by ~1e-10 of the intensity range, enough to change the float32 rounding of some
 *       voxels and so, for wavelet bands with values near zero, a median in the fifth digit.</li>
 *   <li>Each new point sums the 64 coefficients with ITK's weights and in ITK's order (x fastest, weight
 *       ((1·w_x)·w_y)·w_z); a point outside the image's continuous extent [−½, n − ½) gets 0.</li>
 * </ul>
 *
 * Only the lines that reach the requested points are filtered: every x line, then the y lines of the needed x
 * columns, then the z lines of the needed (x, y) columns; each keeps the needed part, so the values are those of
 * the whole-image filter.
 */
final class ItkBSplineResampler {

    private static final double POLE = Math.sqrt(3.0) - 2.0;

    /** ITK: ceil(log(tolerance) / log |z|) with tolerance 1e-10, i.e. 18 terms. */
    static final int HORIZON = (int) Math.ceil(Math.log(1e-10) / Math.log(Math.abs(POLE)));

    private ItkBSplineResampler() {
    }

    /** Interpolates {@code image} at the points lo..hi of {@code grid}, x fastest. */
    static double[] resample(Volume image, InterpolationGrid grid, int[] lo, int[] hi, Progress progress) {
        int[] n = {image.geometry().nx(), image.geometry().ny(), image.geometry().nz()};
        int[] from = new int[3];
        int[] to = new int[3];
        for (int a = 0; a < 3; a++) {
            int first = (int) Math.floor(grid.sourceCoordinate(a, lo[a])) - 1;
            int last = (int) Math.floor(grid.sourceCoordinate(a, hi[a])) + 2;
            boolean mirrored = first < 0 || last > n[a] - 1;
            from[a] = mirrored ? 0 : first;
            to[a] = mirrored ? n[a] - 1 : last;
        }
        double[] coefficients = coefficients(image, n, from, to, progress);
        int bx = to[0] - from[0] + 1;
        int by = to[1] - from[1] + 1;
        int[] size = {hi[0] - lo[0] + 1, hi[1] - lo[1] + 1, hi[2] - lo[2] + 1};
        double[] out = new double[size[0] * size[1] * size[2]];
        double[][] weights = new double[3][4];
        int[][] index = new int[3][4];
        double[] x = new double[3];
        int p = 0;
        for (int k = 0; k < size[2]; k++) {
            progress.checkCancelled();
            for (int j = 0; j < size[1]; j++) {
                for (int i = 0; i < size[0]; i++, p++) {
                    x[0] = grid.sourceCoordinate(0, lo[0] + i);
                    x[1] = grid.sourceCoordinate(1, lo[1] + j);
                    x[2] = grid.sourceCoordinate(2, lo[2] + k);
                    if (!inside(x, n)) {
                        continue;
                    }
                    for (int a = 0; a < 3; a++) {
                        supportAndWeights(x[a], n[a], index[a], weights[a]);
                    }
                    double value = 0;
                    for (int c = 0; c < 4; c++) {
                        int zOffset = (index[2][c] - from[2]) * by;
                        for (int b = 0; b < 4; b++) {
                            int row = (zOffset + index[1][b] - from[1]) * bx - from[0];
                            for (int a = 0; a < 4; a++) {
                                double w = 1.0;
                                w *= weights[0][a];
                                w *= weights[1][b];
                                w *= weights[2][c];
                                value += w * coefficients[row + index[0][a]];
                            }
                        }
                    }
                    out[p] = value;
                }
            }
        }
        return out;
    }

    /** ITK's IsInsideBuffer for a continuous index: −½ ≤ x &lt; n − ½ on every axis. */
    private static boolean inside(double[] x, int[] n) {
        for (int a = 0; a < 3; a++) {
            if (!(x[a] >= -0.5 && x[a] < n[a] - 0.5)) {
                return false;
            }
        }
        return true;
    }

    /** ITK's region of support (floor(x) − 1 … + 2, mirrored into the image) and cubic weights. */
    static void supportAndWeights(double x, int n, int[] index, double[] weights) {
        int first = (int) Math.floor(x) - 1;
        int period = 2 * n - 2;
        for (int k = 0; k < 4; k++) {
            int e = first + k;
            if (n == 1) {
                e = 0;
            } else {
                e = e < 0 ? -e - period * (-e / period) : e - period * (e / period);
                if (n <= e) {
                    e = period - e;
                }
            }
            index[k] = e;
        }
        double w = x - (double) (first + 1);
        weights[3] = (1.0 / 6.0) * w * w * w;
        weights[0] = (1.0 / 6.0) + 0.5 * w * (w - 1.0) - weights[3];
        weights[2] = w + weights[0] - 2.0 * weights[3];
        weights[1] = 1.0 - weights[0] - weights[2] - weights[3];
    }

    /**
     * The spline coefficients at from..to (inclusive) of the whole-image decomposition, x fastest: x lines in full
     * (keeping x from..to), then y lines of those columns (keeping y from..to), then z lines.
     */
    private static double[] coefficients(Volume image, int[] n, int[] from, int[] to, Progress progress) {
        int bx = to[0] - from[0] + 1;
        int by = to[1] - from[1] + 1;
        int bz = to[2] - from[2] + 1;
        // x pass: [bx × ny × nz]
        double[] alongX = new double[bx * n[1] * n[2]];
        double[] line = new double[Math.max(n[0], Math.max(n[1], n[2]))];
        for (int k = 0; k < n[2]; k++) {
            progress.checkCancelled();
            for (int j = 0; j < n[1]; j++) {
                for (int i = 0; i < n[0]; i++) {
                    line[i] = image.get(i, j, k);
                }
                prefilterLine(line, n[0]);
                System.arraycopy(line, from[0], alongX, (j + n[1] * k) * bx, bx);
            }
        }
        // y pass: [bx × by × nz]
        double[] alongY = new double[bx * by * n[2]];
        for (int k = 0; k < n[2]; k++) {
            for (int i = 0; i < bx; i++) {
                for (int j = 0; j < n[1]; j++) {
                    line[j] = alongX[i + bx * (j + n[1] * k)];
                }
                prefilterLine(line, n[1]);
                for (int j = 0; j < by; j++) {
                    alongY[i + bx * (j + by * k)] = line[from[1] + j];
                }
            }
        }
        // z pass: [bx × by × bz]
        double[] out = new double[bx * by * bz];
        for (int j = 0; j < by; j++) {
            for (int i = 0; i < bx; i++) {
                for (int k = 0; k < n[2]; k++) {
                    line[k] = alongY[i + bx * (j + by * k)];
                }
                prefilterLine(line, n[2]);
                for (int k = 0; k < bz; k++) {
                    out[i + bx * (j + by * k)] = line[from[2] + k];
                }
            }
        }
        return out;
    }

    /** ITK's DataToCoefficients1D for the cubic pole, on c[0 .. length−1], in its order of operations. */
    static void prefilterLine(double[] c, int length) {
        if (length == 1) {
            return;
        }
        double z = POLE;
        double gain = 1.0 * (1.0 - z) * (1.0 - 1.0 / z);
        for (int m = 0; m < length; m++) {
            c[m] *= gain;
        }
        c[0] = initialCausal(c, length, z);
        for (int m = 1; m < length; m++) {
            c[m] += z * c[m - 1];
        }
        c[length - 1] = (z / (z * z - 1.0)) * (z * c[length - 2] + c[length - 1]);
        for (int m = length - 2; m >= 0; m--) {
            c[m] = z * (c[m + 1] - c[m]);
        }
    }

    private static double initialCausal(double[] c, int length, double z) {
        double zn = z;
        if (HORIZON < length) {
            double sum = c[0];
            for (int m = 1; m < HORIZON; m++) {
                sum += zn * c[m];
                zn *= z;
            }
            return sum;
        }
        double iz = 1.0 / z;
        double z2n = Math.pow(z, length - 1.0);
        double sum = c[0] + z2n * c[length - 1];
        z2n *= z2n * iz;
        for (int m = 1; m <= length - 2; m++) {
            sum += (zn + z2n) * c[m];
            zn *= z;
            z2n *= iz;
        }
        return sum / (1.0 - zn * zn);
    }
}
