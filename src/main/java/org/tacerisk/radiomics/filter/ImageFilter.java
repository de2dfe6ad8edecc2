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
