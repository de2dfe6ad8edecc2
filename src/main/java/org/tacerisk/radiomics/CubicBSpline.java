package org.tacerisk.radiomics;

import org.tacerisk.common.Progress;
import org.tacerisk.image.Volume;

/**
 * Tricubic B-spline interpolation (IBSI-1 configuration E, "tricubic spline"): the image is first turned into
 * B-spline coefficients by the exact recursive prefilter of Unser et al. (IEEE TSP 1993; pole z = √3 − 2, gain 6),
 * so that the spline passes through every original voxel value, then evaluated with the four cubic B-spline
 * weights per axis. Without the prefilter the result would be a smoothing (approximating) spline, not
 * interpolation.
 *
 * <p>Extrapolation follows IBSI-1 026Q: the original grid is padded with its edge values ({@link #PAD} voxels per
 * side) before prefiltering, with mirror boundary conditions at the padded ends. Only a box around the ROI is
 * prefiltered; it extends {@link #CONTEXT} voxels beyond what the taps need, so the truncation error of the
 * recursive filter is below |z|^16 ≈ 7·10⁻¹⁰ of the intensity range.
 */
final class CubicBSpline {

    static final int PAD = 6;
    static final int CONTEXT = 16;
    private static final double POLE = Math.sqrt(3) - 2;

    private CubicBSpline() {
    }

    /** The four weights of taps floor(x) − 1 … floor(x) + 2 at fractional offset t ∈ [0, 1). */
    static double[] weights(double t) {
        double u = 1 - t;
        double t2 = t * t;
        double t3 = t2 * t;
        return new double[] {
            u * u * u / 6,
            (3 * t3 - 6 * t2 + 4) / 6,
            (-3 * t3 + 3 * t2 + 3 * t + 1) / 6,
            t3 / 6};
    }

    /** Interpolates {@code image} at the points lo..hi of {@code grid}; axes the grid keeps are copied exactly. */
    static double[] resample(Volume image, InterpolationGrid grid, int[] lo, int[] hi, Progress progress) {
        int[] n = {image.geometry().nx(), image.geometry().ny(), image.geometry().nz()};
        AxisSampling[] s = new AxisSampling[3];
        int[] boxLo = new int[3];
        int[] boxLen = new int[3];
        for (int a = 0; a < 3; a++) {
            if (grid.unchanged(a)) {
                s[a] = AxisSampling.of(grid, a, lo[a], hi[a], n[a], InterpolationMethod.LINEAR);
                boxLo[a] = s[a].sourceLo();
                boxLen[a] = s[a].sourceLength();
            } else {
                s[a] = AxisSampling.cubic(grid, a, lo[a], hi[a], n[a], PAD);
                boxLo[a] = Math.max(0, s[a].sourceLo() - CONTEXT);
                int boxHi = Math.min(n[a] + 2 * PAD - 1, s[a].sourceLo() + s[a].sourceLength() - 1 + CONTEXT);
                boxLen[a] = boxHi - boxLo[a] + 1;
            }
        }
        double[] box = new double[boxLen[0] * boxLen[1] * boxLen[2]];
        int p = 0;
        for (int k = 0; k < boxLen[2]; k++) {
            int kk = original(boxLo[2] + k, 2, grid, n);
            for (int j = 0; j < boxLen[1]; j++) {
                int jj = original(boxLo[1] + j, 1, grid, n);
                for (int i = 0; i < boxLen[0]; i++) {
                    box[p++] = image.get(original(boxLo[0] + i, 0, grid, n), jj, kk);
                }
            }
        }
        for (int a = 0; a < 3; a++) {
            if (!grid.unchanged(a)) {
                prefilterAxis(box, boxLen, a, progress);
            }
        }
        // cut the part the taps use: the samplings index from their own sourceLo
        int[] off = new int[3];
        for (int a = 0; a < 3; a++) {
            off[a] = s[a].sourceLo() - boxLo[a];
        }
        int sx = s[0].sourceLength();
        int sy = s[1].sourceLength();
        int sz = s[2].sourceLength();
        double[] src = new double[sx * sy * sz];
        p = 0;
        for (int k = 0; k < sz; k++) {
            for (int j = 0; j < sy; j++) {
                int from = ((k + off[2]) * boxLen[1] + j + off[1]) * boxLen[0] + off[0];
                System.arraycopy(box, from, src, p, sx);
                p += sx;
            }
        }
        return SeparableResampler.resample(src, sx, sy, sz, s[0], s[1], s[2], progress);
    }

    /** Original voxel index of box index {@code b}: padded axes are shifted by PAD and clamped (edge padding). */
    private static int original(int b, int axis, InterpolationGrid grid, int[] n) {
        int i = grid.unchanged(axis) ? b : b - PAD;
        return Math.min(Math.max(i, 0), n[axis] - 1);
    }

    private static void prefilterAxis(double[] data, int[] len, int axis, Progress progress) {
        int length = len[axis];
        int stride = axis == 0 ? 1 : axis == 1 ? len[0] : len[0] * len[1];
        double[] line = new double[length];
        int lines = data.length / length;
        for (int l = 0; l < lines; l++) {
            if ((l & 0x3FF) == 0) {
                progress.checkCancelled();
            }
            int base = lineStart(l, len, axis);
            for (int m = 0; m < length; m++) {
                line[m] = data[base + m * stride];
            }
            prefilterLine(line);
            for (int m = 0; m < length; m++) {
                data[base + m * stride] = line[m];
            }
        }
    }

    private static int lineStart(int l, int[] len, int axis) {
        return switch (axis) {
            case 0 -> l * len[0];
            case 1 -> (l / len[0]) * len[0] * len[1] + (l % len[0]);
            default -> l;
        };
    }

    /** In-place cubic B-spline coefficients of one line, mirror-symmetric boundaries (Unser 1993). */
    static void prefilterLine(double[] c) {
        int n = c.length;
        if (n == 1) {
            return;
        }
        double z = POLE;
        for (int m = 0; m < n; m++) {
            c[m] *= (1 - z) * (1 - 1 / z);
        }
        // causal initialisation: sum of the mirrored signal, truncated where z^k is negligible
        int horizon = Math.min(n, (int) Math.ceil(Math.log(1e-15) / Math.log(Math.abs(z))));
        double sum = c[0];
        double zk = z;
        for (int k = 1; k < horizon; k++) {
            sum += zk * c[k];
            zk *= z;
        }
        c[0] = sum;
        for (int m = 1; m < n; m++) {
            c[m] += z * c[m - 1];
        }
        c[n - 1] = (z / (z * z - 1)) * (c[n - 1] + z * c[n - 2]);
        for (int m = n - 2; m >= 0; m--) {
            c[m] = z * (c[m + 1] - c[m]);
        }
    }
}
