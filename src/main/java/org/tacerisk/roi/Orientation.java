package org.tacerisk.roi;

import org.tacerisk.image.ImageGeometry;

/**
 * The three viewing planes, named by the voxel index they hold fixed (the series' own index axes: for an axial CT,
 * i runs left → right of the image columns, j along the rows, k along the slices). A plane's points are given as
 * continuous voxel indices (u, v) in the plane; which screen direction u and v run in (and any flip for display)
 * is the viewer's business.
 */
public enum Orientation {
    /** Fixed k; u = i, v = j. */
    AXIAL(2, 0, 1),
    /** Fixed j; u = i, v = k. */
    CORONAL(1, 0, 2),
    /** Fixed i; u = j, v = k. */
    SAGITTAL(0, 1, 2);

    private final int normalAxis;
    private final int uAxis;
    private final int vAxis;

    Orientation(int normalAxis, int uAxis, int vAxis) {
        this.normalAxis = normalAxis;
        this.uAxis = uAxis;
        this.vAxis = vAxis;
    }

    /** The index axis (0 = i, 1 = j, 2 = k) that is constant on the plane. */
    public int normalAxis() {
        return normalAxis;
    }

    /** The index axis along the plane's u coordinate. */
    public int uAxis() {
        return uAxis;
    }

    /** The index axis along the plane's v coordinate. */
    public int vAxis() {
        return vAxis;
    }

    /** Number of planes of this orientation in the grid. */
    public int planeCount(ImageGeometry g) {
        return size(g, normalAxis);
    }

    public int width(ImageGeometry g) {
        return size(g, uAxis);
    }

    public int height(ImageGeometry g) {
        return size(g, vAxis);
    }

    static int size(ImageGeometry g, int axis) {
        return axis == 0 ? g.nx() : axis == 1 ? g.ny() : g.nz();
    }
}
