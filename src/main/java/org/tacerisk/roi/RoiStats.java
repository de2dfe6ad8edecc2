package org.tacerisk.roi;

/**
 * The live measurements of the ROI.
 *
 * @param voxelCount        voxels inside
 * @param volumeMl          voxels × voxel volume, in mL
 * @param meanHu            mean HU inside (NaN when empty)
 * @param sdHu              sample standard deviation of HU inside, n − 1 in the denominator (NaN below 2 voxels)
 * @param axial             longest axial diameter and its perpendicular (null when empty)
 * @param maxDiameter3dMm   largest distance between two voxel centres of the mask, in mm (NaN when empty)
 */
public record RoiStats(long voxelCount, double volumeMl, double meanHu, double sdHu, AxialDiameters axial,
        double maxDiameter3dMm) {
}
