package org.tacerisk.roi;

import org.tacerisk.image.ImageGeometry;

/**
 * One plane of the grid: an orientation and the index of the plane along its normal axis (k for axial, j for
 * coronal, i for sagittal). Maps plane coordinates (u, v) to voxel indices (i, j, k).
 */
public record SlicePlane(Orientation orientation, int index) {

    public SlicePlane {
        java.util.Objects.requireNonNull(orientation, "orientation");
    }

    public static SlicePlane axial(int k) {
        return new SlicePlane(Orientation.AXIAL, k);
    }

    public static SlicePlane coronal(int j) {
        return new SlicePlane(Orientation.CORONAL, j);
    }

    public static SlicePlane sagittal(int i) {
        return new SlicePlane(Orientation.SAGITTAL, i);
    }

    /** True when the plane's index lies inside the grid. */
    public boolean isIn(ImageGeometry g) {
        return index >= 0 && index < orientation.planeCount(g);
    }

    /** Voxel index (i, j, k) of the continuous plane point (u, v), as doubles. */
    public double[] toVoxel(double u, double v) {
        double[] ijk = new double[3];
        ijk[orientation.normalAxis()] = index;
        ijk[orientation.uAxis()] = u;
        ijk[orientation.vAxis()] = v;
        return ijk;
    }

    /** Spacing in mm along u and v. */
    public double[] spacing(ImageGeometry g) {
        return new double[] {g.spacing(orientation.uAxis()), g.spacing(orientation.vAxis())};
    }
}
