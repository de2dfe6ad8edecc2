package org.tacerisk.radiomics.filter;

import org.tacerisk.common.Progress;
import org.tacerisk.image.ImageGeometry;

/**
 * A convolutional filter of IBSI-2 (mean, LoG, Laws, Gabor, wavelets, ...). Implementations are immutable and
 * thread-safe; they never change their input.
 */
public interface ImageFilter {

    /**
     * The response map on the same grid as the image (voxel i fastest, then j, then k). Spacing comes from
     * {@code grid} where parameters are in mm (e.g. LoG σ, Gabor σ and λ).
     */
    float[] apply(float[] image, ImageGeometry grid);

    /**
     * As {@link #apply(float[], ImageGeometry)}, stopping with {@link org.tacerisk.common.Cancelled} once
     * {@code progress} is cancelled. Filters that can run for seconds check it inside their passes; the default
     * checks before and after.
     */
    default float[] apply(float[] image, ImageGeometry grid, Progress progress) {
        progress.checkCancelled();
        float[] response = apply(image, grid);
        progress.checkCancelled();
        return response;
    }

    /**
     * The response inside the box {@code lo..hi} (inclusive voxel indices of {@code grid}) as a box-sized map, i
     * fastest: the values {@link #apply(float[], ImageGeometry, Progress)} gives there. Filters that can compute a
     * box for less than the whole image override it (bit for bit the same values); the default filters the whole
     * image and crops.
     */
    default float[] applyInBox(float[] image, ImageGeometry grid, int[] lo, int[] hi, Progress progress) {
        float[] whole = apply(image, grid, progress);
        int nx = hi[0] - lo[0] + 1;
        int ny = hi[1] - lo[1] + 1;
        float[] box = new float[nx * ny * (hi[2] - lo[2] + 1)];
        for (int k = lo[2], p = 0; k <= hi[2]; k++) {
            for (int j = lo[1]; j <= hi[1]; j++, p += nx) {
                System.arraycopy(whole, grid.index(lo[0], j, k), box, p, nx);
            }
        }
        return box;
    }

    /**
     * Refuses a grid on which a scale of the filter given in mm cannot be sampled (see {@link ScaleSampling}), so
     * that a caller can refuse before any image work; {@link #apply} refuses the same grids. Filters whose
     * parameters are in voxels accept every grid.
     *
     * @throws ScaleTooFineException naming the filter, the scale, the axis, its spacing and the remedy
     */
    default void checkGrid(ImageGeometry grid) {
    }

    /**
     * The PyRadiomics-style image-type name used as a feature-name prefix, e.g. {@code log-sigma-3-0-mm-3D},
     * {@code wavelet-LLH}, {@code mean-5-3D}.
     */
    String imageTypeName();
}
