package org.tacerisk.roi;

/**
 * What changed in an {@link EditableMask} since the last notification: the inclusive voxel-index box that holds
 * every voxel whose state may have changed. A viewer redraws a plane only when the box crosses it; the
 * measurements recompute the axial slices {@code kMin … kMax}.
 */
public record MaskChange(int iMin, int jMin, int kMin, int iMax, int jMax, int kMax) {

    /** True when the box crosses the plane. */
    public boolean touches(SlicePlane plane) {
        int index = plane.index();
        return switch (plane.orientation()) {
            case AXIAL -> index >= kMin && index <= kMax;
            case CORONAL -> index >= jMin && index <= jMax;
            case SAGITTAL -> index >= iMin && index <= iMax;
        };
    }
}
