package org.tacerisk.roi;

/** Delete on slice: removes every mask voxel of one plane (axial, coronal or sagittal). */
public final class SliceEraser {

    private SliceEraser() {
    }

    /** @return the number of voxels removed (0 when the plane held none) */
    public static int deleteOn(EditableMask mask, SlicePlane plane) {
        Planes.require(mask.geometry(), plane);
        int width = plane.orientation().width(mask.geometry());
        int height = plane.orientation().height(mask.geometry());
        int removed = 0;
        for (int v = 0; v < height; v++) {
            removed += Planes.fillRun(mask, plane, v, 0, width - 1, false);
        }
        return removed;
    }
}
