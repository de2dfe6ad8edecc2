package org.tacerisk.radiomics;

import java.util.Objects;
import java.util.function.Supplier;
import org.tacerisk.image.ImageGeometry;

/**
 * The region of interest after IBSI's processing chain (interpolation, rounding, re-segmentation,
 * discretisation), on the processed grid. All arrays cover the whole grid (i fastest, then j, then k); the feature
 * families read them and never change them. Morphology uses the morphological mask; intensity and texture
 * families use the intensity mask (morphological mask ∩ re-segmentation).
 *
 * <p>What several families derive from the same ROI (the sorted intensities, the cropped grey levels, the texture
 * grid and its zones) is computed once, by whichever family asks first, and kept with the ROI ({@link #shared}).
 */
public final class ProcessedRoi {

    private final ImageGeometry grid;
    private final float[] intensities;
    private final byte[] morphologicalMask;
    private final byte[] intensityMask;
    private final int[] greyLevels;
    private final int greyLevelCount;
    private final SharedQuantities shared = new SharedQuantities();

    /**
     * @param grid              the processed grid (spacing used by morphology, distances in mm)
     * @param intensities       processed intensities (interpolated, rounded where configured), everywhere on the
     *                          grid
     * @param morphologicalMask 1 inside the morphological mask
     * @param intensityMask     1 inside the intensity mask
     * @param greyLevels        texture / intensity-histogram discretisation: 1..greyLevelCount inside the intensity
     *                          mask, 0 outside
     * @param greyLevelCount    N_g, the number of grey levels of the discretisation
     */
    public ProcessedRoi(ImageGeometry grid, float[] intensities, byte[] morphologicalMask, byte[] intensityMask,
            int[] greyLevels, int greyLevelCount) {
        Objects.requireNonNull(grid, "grid");
        int n = grid.voxelCount();
        if (intensities.length != n || morphologicalMask.length != n || intensityMask.length != n
                || greyLevels.length != n) {
            throw new IllegalArgumentException("processed ROI arrays must all cover the grid (" + n + " voxels)");
        }
        this.grid = grid;
        this.intensities = intensities;
        this.morphologicalMask = morphologicalMask;
        this.intensityMask = intensityMask;
        this.greyLevels = greyLevels;
        this.greyLevelCount = greyLevelCount;
    }

    public ImageGeometry grid() {
        return grid;
    }

    public float[] intensities() {
        return intensities;
    }

    public byte[] morphologicalMask() {
        return morphologicalMask;
    }

    public byte[] intensityMask() {
        return intensityMask;
    }

    public int[] greyLevels() {
        return greyLevels;
    }

    public int greyLevelCount() {
        return greyLevelCount;
    }

    /** Number of voxels in the intensity mask. */
    public int intensityVoxelCount() {
        return shared("intensity voxel count", () -> count(intensityMask));
    }

    /** Number of voxels in the morphological mask. */
    public int morphologicalVoxelCount() {
        return shared("morphological voxel count", () -> count(morphologicalMask));
    }

    /** A quantity several families derive from this ROI, computed once (see {@link SharedQuantities#get}). */
    <T> T shared(Object key, Supplier<T> compute) {
        return shared.get(key, compute);
    }

    private static int count(byte[] mask) {
        int count = 0;
        for (byte b : mask) {
            count += b;
        }
        return count;
    }
}
