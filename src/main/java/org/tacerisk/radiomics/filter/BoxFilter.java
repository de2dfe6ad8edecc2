package org.tacerisk.radiomics.filter;

import org.tacerisk.common.Progress;
import org.tacerisk.image.ImageGeometry;

/**
 * A filter that computes any box of its response for less than the whole image (bit for bit the whole image's
 * values there); the whole image is the box of every voxel.
 */
interface BoxFilter extends ImageFilter {

    @Override
    float[] applyInBox(float[] image, ImageGeometry grid, int[] lo, int[] hi, Progress progress);

    @Override
    default float[] apply(float[] image, ImageGeometry grid) {
        return apply(image, grid, Progress.NONE);
    }

    @Override
    default float[] apply(float[] image, ImageGeometry grid, Progress progress) {
        return applyInBox(image, grid, new int[3], new int[] {grid.nx() - 1, grid.ny() - 1, grid.nz() - 1},
                progress);
    }
}
