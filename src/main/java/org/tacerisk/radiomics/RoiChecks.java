package org.tacerisk.radiomics;

import org.tacerisk.common.BadInputException;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Volume;

/** Input checks before processing, each failing with a message that says what is wrong and what to do. */
final class RoiChecks {

    private static final double GRID_TOLERANCE_MM = 1e-3;

    private RoiChecks() {
    }

    /** The mask must lie on the image's grid; otherwise say whether it is elsewhere or just sampled differently. */
    static void requireSameGrid(Volume image, Mask mask) {
        ImageGeometry gi = image.geometry();
        ImageGeometry gm = mask.geometry();
        if (gi.sameGrid(gm, GRID_TOLERANCE_MM)) {
            return;
        }
        if (!mask.isEmpty() && !overlaps(gi, gm)) {
            throw new BadInputException(null, "the mask lies outside the image: mask grid " + gm
                    + " does not overlap image grid " + gi + ". Check that the mask belongs to this series.");
        }
        throw new BadInputException(null, "the mask's grid differs from the image's grid: mask " + gm + ", image "
                + gi + ". Resample the mask onto the image grid (or export it from the same series).");
    }

    /** {lo, hi} index bounds of the mask's voxels; fails for an empty mask. */
    static int[][] boundingBox(Mask mask) {
        int[] box = mask.boundingBox();
        if (box == null) {
            throw new BadInputException(null, "the ROI mask is empty (no voxel inside); check the segmentation or"
                    + " the label chosen");
        }
        return new int[][] {{box[0], box[1], box[2]}, {box[3], box[4], box[5]}};
    }

    /** Summary of the input ROI; fails when an ROI voxel is NaN or infinite. */
    static RoiSummary requireFiniteRoi(Volume image, Mask mask) {
        ImageGeometry g = image.geometry();
        int bad = 0;
        int first = -1;
        for (int n = 0, count = g.voxelCount(); n < count; n++) {
            if (mask.contains(n) && !Float.isFinite(image.get(n))) {
                bad++;
                first = first < 0 ? n : first;
            }
        }
        if (bad > 0) {
            int i = first % g.nx();
            int j = (first / g.nx()) % g.ny();
            int k = first / g.sliceSize();
            throw new BadInputException(null, bad + " voxel(s) inside the ROI have no valid intensity (NaN or"
                    + " infinite), the first at voxel (" + i + ", " + j + ", " + k + "). Check the image export.");
        }
        float[] values = new float[g.voxelCount()];
        byte[] inside = mask.toByteArray();
        for (int n = 0; n < values.length; n++) {
            values[n] = inside[n] != 0 ? image.get(n) : 0;
        }
        return RoiSummary.of(values, inside);
    }

    private static boolean overlaps(ImageGeometry image, ImageGeometry other) {
        double[][] a = extent(image);
        double[][] b = extent(other);
        for (int d = 0; d < 3; d++) {
            if (a[1][d] < b[0][d] || b[1][d] < a[0][d]) {
                return false;
            }
        }
        return true;
    }

    /** Physical bounding box {min, max} of a grid's voxels (corners included, half a voxel beyond centres). */
    private static double[][] extent(ImageGeometry g) {
        double[] min = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        double[] max = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int c = 0; c < 8; c++) {
            double[] p = g.indexToPhysical((c & 1) == 0 ? -0.5 : g.nx() - 0.5, (c & 2) == 0 ? -0.5 : g.ny() - 0.5,
                    (c & 4) == 0 ? -0.5 : g.nz() - 0.5);
            for (int d = 0; d < 3; d++) {
                min[d] = Math.min(min[d], p[d]);
                max[d] = Math.max(max[d], p[d]);
            }
        }
        return new double[][] {min, max};
    }
}
