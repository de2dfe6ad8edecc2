package org.tacerisk.radiomics;

import java.util.Objects;
import org.tacerisk.image.ImageGeometry;

/**
 * The region of interest after IBSI's processing chain (interpolation, rounding, re-segmentation,
 * discretisation), on the processed grid. All arrays cover the whole grid (i fastest, then j, then k); the feature
 * families read them and never change them. Morphology uses the morphological mask; intensity and texture
 * families use the intensity mask (morphological mask ∩ re-segmentation).
 *
 * @param grid              the processed grid (spacing used by morphology, distances in mm)
 * @param intensities       processed intensities (interpolated, rounded where configured), everywhere on the grid
 * @param morphologicalMask 1 inside the morphological mask
 * @param intensityMask     1 inside the intensity mask
 * @param greyLevels        texture / intensity-histogram discretisation: 1..greyLevelCount inside the intensity
 *                          mask, 0 outside
 * @param greyLevelCount    N_g, the number of grey levels of the discretisation
 */
public record ProcessedRoi(ImageGeometry grid, float[] intensities, byte[] morphologicalMask, byte[] intensityMask,
        int[] greyLevels, int greyLevelCount) {

    public ProcessedRoi {
        Objects.requireNonNull(grid, "grid");
        int n = grid.voxelCount();
        if (intensities.length != n || morphologicalMask.length != n || intensityMask.length != n
                || greyLevels.length != n) {
            throw new IllegalArgumentException("processed ROI arrays must all cover the grid (" + n + " voxels)");
        }
    }

    /** Number of voxels in the intensity mask. */
    public int intensityVoxelCount() {
        int count = 0;
        for (byte b : intensityMask) {
            count += b;
        }
        return count;
    }

    /** Number of voxels in the morphological mask. */
    public int morphologicalVoxelCount() {
        int count = 0;
        for (byte b : morphologicalMask) {
            count += b;
        }
        return count;
    }
}
