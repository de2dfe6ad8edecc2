package org.tacerisk.deep;

/**
 * Where a crop lies on the CT grid, so a heat map on the crop can be drawn back onto the slice: crop pixel
 * (x, y) (x along columns) has its centre at continuous voxel index (i, j) = (originI + x·stepI, originJ + y·stepJ)
 * of axial slice {@code centreSlice}.
 */
public record CropPlacement(int centreSlice, double originI, double originJ, double stepI, double stepJ) {

    /** Continuous voxel index {i, j} of the centre of crop pixel (x, y). */
    public double[] voxelOf(double x, double y) {
        return new double[] {originI + x * stepI, originJ + y * stepJ};
    }
}
