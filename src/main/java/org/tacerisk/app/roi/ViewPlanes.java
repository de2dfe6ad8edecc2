package org.tacerisk.app.roi;

import org.tacerisk.app.viewer.ViewerModel;
import org.tacerisk.roi.Orientation;
import org.tacerisk.roi.SlicePlane;

/**
 * From the viewer's display planes to the ROI tools' index planes. A view shows the slices along its
 * {@code SliceGeometry.normalAxis()} — the index axis nearest to the view's patient normal, whatever the series'
 * storage order — so a coronal view of a series stored flipped or in another acquisition plane is still an index
 * plane: normal k → {@link Orientation#AXIAL}, j → CORONAL, i → SAGITTAL. Tool points are taken from the event's
 * continuous voxel index, so screen flips need no handling here.
 */
final class ViewPlanes {

    private ViewPlanes() {
    }

    /** The index-plane orientation of a view. */
    static Orientation orientation(ViewerModel model, org.tacerisk.app.viewer.Orientation view) {
        return ofNormalAxis(model.plane(view).normalAxis());
    }

    static Orientation ofNormalAxis(int axis) {
        return switch (axis) {
            case 2 -> Orientation.AXIAL;
            case 1 -> Orientation.CORONAL;
            case 0 -> Orientation.SAGITTAL;
            default -> throw new IllegalArgumentException("no index axis " + axis);
        };
    }

    /** The index plane a view shows at {@code slice}. */
    static SlicePlane plane(ViewerModel model, org.tacerisk.app.viewer.Orientation view, int slice) {
        return new SlicePlane(orientation(model, view), slice);
    }

    /** The plane coordinates (u, v) of a continuous voxel index {i, j, k}. */
    static double[] uv(SlicePlane plane, double[] index) {
        return new double[] {index[plane.orientation().uAxis()], index[plane.orientation().vAxis()]};
    }
}
