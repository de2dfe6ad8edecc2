package org.tacerisk.radiomics.filter;

import java.util.stream.IntStream;
import org.tacerisk.common.Progress;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.radiomics.fourier.ComplexFft;

/**
 * Applies a filter given by its transfer function in the Fourier domain, as IBSI-2 does for the Simoncelli
 * wavelets and the Riesz transforms (reference manual arXiv:2006.05470): pad the image according to the boundary
 * condition, optionally run a spatial stage on the padded image (the LoG of the Riesz-LoG filter), take the DFT,
 * multiply by H(ω), take the inverse DFT, keep its real part and crop back to the image.
 *
 * <p>Padding: none for {@link BoundaryCondition#PERIODIC} (the DFT's own periodic extension); otherwise ⌈n/2⌉ voxels
 * on each side of every filtered axis (the padded length is about 2n), filled by the boundary condition, so that
 * the periodic wrap-around of the DFT cannot fold one edge of the image onto the other within half the image size.
 * Memory: two double arrays of the padded size (8× the voxel count in 3D with padding).
 */
final class FourierFiltering {

    /** H(ωx, ωy, ωz) as (real, imaginary) in {@code out[0]}, {@code out[1]}; ωz is 0 for 2D filtering. */
    @FunctionalInterface
    interface Transfer {
        void at(double wx, double wy, double wz, double[] out);
    }

    private FourierFiltering() {
    }

    /** Padding on each side of an axis of length n (0 along unfiltered axes and for periodic extension). */
    static int margin(int n, boolean filtered, BoundaryCondition padding) {
        return !filtered || padding == BoundaryCondition.PERIODIC ? 0 : (n + 1) / 2;
    }

    /**
     * @param spatialStage applied first, on the padded image (null: none); it sees a grid of the padded size
     * @param zeroMean     the filter has no DC gain (band-pass: Simoncelli bands, Riesz orders ≥ 1): its transfer is
     *                     set to 0 at the DFT bin of the image mean (bin 0 of every filtered axis). Needed because
     *                     on the {@link FrequencyGrid#CENTRED} grid that bin sits at ω = π/(n − 1), not 0, along
     *                     every axis of even length n: there a band whose lower edge is below that frequency passed
     *                     a constant image (Simoncelli level 4 on a periodic 40³ grid turned 100 into 71.5)
     */
    static float[] apply(float[] image, ImageGeometry grid, boolean twoD, BoundaryCondition padding,
            FrequencyGrid frequencies, ImageFilter spatialStage, boolean zeroMean, Transfer transfer) {
        return apply(image, grid, twoD, padding, frequencies, spatialStage, zeroMean, transfer, Progress.NONE);
    }

    /**
     * As {@link #apply(float[], ImageGeometry, boolean, BoundaryCondition, FrequencyGrid, ImageFilter, boolean,
     * Transfer)}, checking {@code progress} for a cancel in every pass.
     */
    static float[] apply(float[] image, ImageGeometry grid, boolean twoD, BoundaryCondition padding,
            FrequencyGrid frequencies, ImageFilter spatialStage, boolean zeroMean, Transfer transfer,
            Progress progress) {
        int nx = grid.nx();
        int ny = grid.ny();
        int nz = grid.nz();
        if (image.length != grid.voxelCount()) {
            throw new IllegalArgumentException(image.length + " voxels for a grid of " + grid.voxelCount());
        }
        int px = margin(nx, true, padding);
        int py = margin(ny, true, padding);
        int pz = margin(nz, !twoD, padding);
        int mx = nx + 2 * px;
        int my = ny + 2 * py;
        int mz = nz + 2 * pz;
        int total = Math.multiplyExact(Math.multiplyExact(mx, my), mz);
        float[] padded = pad(image, nx, ny, nz, px, py, pz, padding);
        if (spatialStage != null) {
            padded = spatialStage.apply(padded, grid.withSize(mx, my, mz), progress);
        }
        double[] re = new double[total];
        double[] im = new double[total];
        for (int v = 0; v < total; v++) {
            re[v] = padded[v];
        }
        ComplexFft fft = new ComplexFft(mx, my, mz, twoD);
        fft.forward(re, im, progress);
        double[] wx = frequencies.frequencies(mx);
        double[] wy = frequencies.frequencies(my);
        double[] wz = twoD ? new double[mz] : frequencies.frequencies(mz);
        IntStream.range(0, mz).parallel().forEach(k -> {
            progress.checkCancelled();
            double[] h = new double[2];
            for (int j = 0; j < my; j++) {
                int row = (k * my + j) * mx;
                for (int i = 0; i < mx; i++) {
                    transfer.at(wx[i], wy[j], wz[k], h);
                    if (zeroMean && i == 0 && j == 0 && (twoD || k == 0)) {
                        h[0] = 0;
                        h[1] = 0;
                    }
                    int v = row + i;
                    double r = re[v] * h[0] - im[v] * h[1];
                    im[v] = re[v] * h[1] + im[v] * h[0];
                    re[v] = r;
                }
            }
        });
        fft.inverse(re, im, progress);
        float[] out = new float[image.length];
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                int src = ((k + pz) * my + j + py) * mx + px;
                int dst = (k * ny + j) * nx;
                for (int i = 0; i < nx; i++) {
                    out[dst + i] = (float) re[src + i];
                }
            }
        }
        return out;
    }

    /** The image extended by the margins, the outside filled according to the boundary condition. */
    static float[] pad(float[] image, int nx, int ny, int nz, int px, int py, int pz, BoundaryCondition padding) {
        if (px == 0 && py == 0 && pz == 0) {
            return image.clone();
        }
        int mx = nx + 2 * px;
        int my = ny + 2 * py;
        int mz = nz + 2 * pz;
        float[] out = new float[mx * my * mz];
        int[] ix = new int[mx];
        for (int i = 0; i < mx; i++) {
            ix[i] = padding.resolve(i - px, nx);
        }
        for (int k = 0; k < mz; k++) {
            int sk = padding.resolve(k - pz, nz);
            for (int j = 0; j < my; j++) {
                int sj = padding.resolve(j - py, ny);
                if (sk < 0 || sj < 0) {
                    continue;
                }
                int row = (k * my + j) * mx;
                int srcRow = (sk * ny + sj) * nx;
                for (int i = 0; i < mx; i++) {
                    if (ix[i] >= 0) {
                        out[row + i] = image[srcRow + ix[i]];
                    }
                }
            }
        }
        return out;
    }
}
