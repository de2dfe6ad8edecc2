package org.tacerisk.radiomics;

import org.tacerisk.common.Progress;

/**
 * Applies three {@link AxisSampling}s to a box of voxels, x then y then z. The product of the three 1D passes is
 * exactly bilinear / trilinear (or tricubic) interpolation; doing them one axis at a time costs a few operations
 * per voxel instead of 8 (or 64). Arithmetic is double, above IBSI-1's minimum of 32-bit floats (E8H9), so a mask
 * value of exactly 0.5 is not lost to rounding.
 */
final class SeparableResampler {

    private SeparableResampler() {
    }

    /**
     * @param src box of {@code sx·sy·sz} values, x fastest, starting at the three samplings' {@code sourceLo()}
     * @param progress checked once per slice
     * @return {@code ax.count()·ay.count()·az.count()} values, x fastest
     */
    static double[] resample(double[] src, int sx, int sy, int sz, AxisSampling ax, AxisSampling ay,
            AxisSampling az, Progress progress) {
        int nx = ax.count();
        int ny = ay.count();
        int nz = az.count();
        double[] passX = new double[nx * sy * sz];
        int kx = ax.taps();
        for (int line = 0, lines = sy * sz; line < lines; line++) {
            if (line % sy == 0) {
                progress.checkCancelled();
            }
            int in = line * sx;
            int out = line * nx;
            for (int i = 0; i < nx; i++) {
                double v = 0;
                for (int q = i * kx, end = q + kx; q < end; q++) {
                    double w = ax.weight(q);
                    if (w != 0) {
                        v += w * src[in + ax.index(q)];
                    }
                }
                passX[out + i] = v;
            }
        }
        double[] passY = new double[nx * ny * sz];
        int ky = ay.taps();
        for (int k = 0; k < sz; k++) {
            progress.checkCancelled();
            for (int j = 0; j < ny; j++) {
                int out = (k * ny + j) * nx;
                for (int q = j * ky, end = q + ky; q < end; q++) {
                    double w = ay.weight(q);
                    if (w == 0) {
                        continue;
                    }
                    int in = (k * sy + ay.index(q)) * nx;
                    for (int i = 0; i < nx; i++) {
                        passY[out + i] += w * passX[in + i];
                    }
                }
            }
        }
        double[] result = new double[nx * ny * nz];
        int kz = az.taps();
        int plane = nx * ny;
        for (int k = 0; k < nz; k++) {
            progress.checkCancelled();
            int out = k * plane;
            for (int q = k * kz, end = q + kz; q < end; q++) {
                double w = az.weight(q);
                if (w == 0) {
                    continue;
                }
                int in = az.index(q) * plane;
                for (int n = 0; n < plane; n++) {
                    result[out + n] += w * passY[in + n];
                }
            }
        }
        return result;
    }
}
