package org.tacerisk.roi;

/**
 * RECIST-style diameters on the axial slice where the tumour's longest in-plane diameter is: the longest axis (the
 * largest distance between two voxel centres of the slice) and the longest extent perpendicular to it.
 *
 * @param slice     the axial slice index k
 * @param longAxis  the longest diameter
 * @param shortAxis the longest diameter perpendicular to it (0 long for a one-voxel-wide slice)
 */
public record AxialDiameters(int slice, Segment longAxis, Segment shortAxis) {

    /**
     * A measured segment, in continuous voxel indices (i, j, k) and in LPS mm, for the viewer to draw.
     */
    public record Segment(double[] startVoxel, double[] endVoxel, double[] startLps, double[] endLps,
            double lengthMm) {
    }
}
