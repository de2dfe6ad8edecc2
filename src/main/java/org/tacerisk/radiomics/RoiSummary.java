package org.tacerisk.radiomics;

/**
 * Voxel count and intensity range of a mask at one step of the processing chain.
 *
 * @param voxels number of voxels in the mask
 * @param min    lowest intensity inside (NaN when the mask is empty)
 * @param max    highest intensity inside (NaN when the mask is empty)
 */
public record RoiSummary(int voxels, double min, double max) {

    static RoiSummary of(float[] intensities, byte[] mask) {
        int count = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int n = 0; n < mask.length; n++) {
            if (mask[n] != 0) {
                count++;
                min = Math.min(min, intensities[n]);
                max = Math.max(max, intensities[n]);
            }
        }
        return count == 0 ? new RoiSummary(0, Double.NaN, Double.NaN) : new RoiSummary(count, min, max);
    }

    @Override
    public String toString() {
        return voxels + " voxels, intensities [" + min + ", " + max + "]";
    }
}
