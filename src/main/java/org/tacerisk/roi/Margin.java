package org.tacerisk.roi;

import org.tacerisk.image.ImageGeometry;

/**
 * Margin grow and shrink in mm by an exact Euclidean distance transform on the anisotropic grid (not repeated
 * one-voxel dilations, whose result is a diamond or a box rather than a ball). Grow by r adds every voxel whose
 * centre lies within r mm of the centre of a mask voxel; shrink by r removes every mask voxel whose centre lies
 * within r mm of the centre of a voxel outside the mask. The distance is inclusive (exactly r counts). Space
 * beyond the edge of the series is not background: a tumour cut by the scan range does not shrink from the cut.
 * Work and memory (4 bytes per voxel) are in the mask's bounding box plus the margin.
 */
public final class Margin {

    /** Relative slack for the distance comparison: the squared distances are stored as float. */
    private static final double TOLERANCE = 1e-6;

    private Margin() {
    }

    /** @return the number of voxels added */
    public static int grow(EditableMask mask, double marginMm) {
        ImageGeometry g = mask.geometry();
        Planes.requireReachesNeighbour(marginMm, g, "the margin");
        return grow(mask, Planes.requireNotEmpty(mask), marginMm);
    }

    /** @return the number of voxels removed */
    public static int shrink(EditableMask mask, double marginMm) {
        ImageGeometry g = mask.geometry();
        Planes.requireReachesNeighbour(marginMm, g, "the margin");
        return shrink(mask, Planes.requireNotEmpty(mask), marginMm);
    }

    static int grow(EditableMask mask, int[] box, double marginMm) {
        ImageGeometry g = mask.geometry();
        int[] reach = new int[3];
        for (int axis = 0; axis < 3; axis++) {
            reach[axis] = (int) Math.ceil(marginMm / g.spacing(axis));
        }
        Crop crop = Crop.around(box, reach, g);
        float[] d = crop.sites(mask, true);
        DistanceTransform.squared(d, crop.nx(), crop.ny(), crop.nz(), g.spacing());
        return apply(mask, crop, d, marginMm, true);
    }

    static int shrink(EditableMask mask, int[] box, double marginMm) {
        ImageGeometry g = mask.geometry();
        Crop crop = Crop.around(box, new int[] {1, 1, 1}, g);
        float[] d = crop.sites(mask, false);
        DistanceTransform.squared(d, crop.nx(), crop.ny(), crop.nz(), g.spacing());
        return apply(mask, crop, d, marginMm, false);
    }

    /** Sets voxels within the margin to {@code inside}; returns how many changed. */
    private static int apply(EditableMask mask, Crop crop, float[] d, double marginMm, boolean inside) {
        double limit = marginMm * marginMm * (1 + TOLERANCE);
        boolean[] result = crop.read(mask);
        for (int n = 0; n < d.length; n++) {
            if (d[n] <= limit) {
                result[n] = inside;
            }
        }
        return crop.write(mask, result);
    }
}
