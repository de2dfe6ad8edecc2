package org.tacerisk.roi;

import org.tacerisk.image.ImageGeometry;

/** Checks shared by the tools. */
final class Planes {

    private Planes() {
    }

    static void require(ImageGeometry g, SlicePlane plane) {
        if (!plane.isIn(g)) {
            int count = plane.orientation().planeCount(g);
            throw new RoiToolException(RoiToolException.Problem.PLANE_OUTSIDE_VOLUME, plane.orientation()
                    .name().toLowerCase(java.util.Locale.ROOT) + " slice " + plane.index()
                    + " is outside the series (slices 0 … " + (count - 1) + ")", plane.index(), count);
        }
    }

    static void requirePositive(double sizeMm, String what) {
        if (!(sizeMm > 0) || Double.isInfinite(sizeMm)) {
            throw new RoiToolException(RoiToolException.Problem.SIZE_NOT_POSITIVE, what + " must be a positive number"
                    + " of mm, not " + org.tacerisk.common.DisplayNumbers.of(sizeMm), sizeMm);
        }
    }

    /** Refuses a size smaller than the smallest voxel spacing: no neighbouring voxel is that close. */
    static void requireReachesNeighbour(double sizeMm, ImageGeometry g, String what) {
        requirePositive(sizeMm, what);
        double smallest = Math.min(g.spacing(0), Math.min(g.spacing(1), g.spacing(2)));
        if (sizeMm < smallest) {
            throw new RoiToolException(RoiToolException.Problem.SIZE_BELOW_VOXEL, what + " of "
                    + org.tacerisk.common.DisplayNumbers.of(sizeMm) + " mm is smaller than the smallest voxel spacing ("
                    + org.tacerisk.common.DisplayNumbers.of(smallest) + " mm), so it would change nothing", sizeMm,
                    smallest);
        }
    }

    static int[] requireNotEmpty(EditableMask mask) {
        int[] box = mask.boundingBox();
        if (box == null) {
            throw new RoiToolException(RoiToolException.Problem.MASK_EMPTY, "the mask is empty");
        }
        return box;
    }

    static void requireSameGrid(ImageGeometry mask, ImageGeometry volume) {
        if (!mask.sameGrid(volume, 1e-4)) {
            throw new RoiToolException(RoiToolException.Problem.GRID_MISMATCH, "the mask's grid (" + mask
                    + ") is not the CT's grid (" + volume + ")");
        }
    }

    /**
     * Sets or clears the voxels u0 … u1 (inclusive) of row v of a plane.
     *
     * @return the number of voxels whose state changed
     */
    static int fillRun(EditableMask mask, SlicePlane plane, int v, int u0, int u1, boolean inside) {
        if (u0 > u1) {
            return 0;
        }
        int changed = 0;
        for (int u = u0; u <= u1; u++) {
            int[] ijk = voxel(plane, u, v);
            if (mask.contains(ijk[0], ijk[1], ijk[2]) != inside) {
                changed++;
            }
        }
        if (changed == 0) {
            return 0;
        }
        int index = plane.index();
        switch (plane.orientation()) {
            case AXIAL -> mask.setRow(v, index, u0, u1, inside);
            case CORONAL -> mask.setRow(index, v, u0, u1, inside);
            case SAGITTAL -> {
                for (int u = u0; u <= u1; u++) {
                    mask.set(index, u, v, inside);
                }
            }
        }
        return changed;
    }

    /** Integer voxel index (i, j, k) of plane point (u, v). */
    static int[] voxel(SlicePlane plane, int u, int v) {
        int[] ijk = new int[3];
        ijk[plane.orientation().normalAxis()] = plane.index();
        ijk[plane.orientation().uAxis()] = u;
        ijk[plane.orientation().vAxis()] = v;
        return ijk;
    }
}
