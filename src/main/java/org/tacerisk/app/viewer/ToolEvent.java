package org.tacerisk.app.viewer;

/**
 * A pointer event on a view, for a {@link ViewerTool}, in every coordinate system a tool may need:
 *
 * @param kind        press, drag, release, move, or wheel (Shift + wheel: the brush size)
 * @param orientation the view it happened on
 * @param slice       that view's slice index (0-based, along {@link SliceGeometry#normalAxis()})
 * @param planeU      the plane point across the view, in mm from the plane's left edge
 * @param planeV      the plane point down the view, in mm from the plane's top edge
 * @param index       the continuous voxel index {i, j, k} (voxel centres at integers)
 * @param voxel       the nearest voxel {i, j, k}; may lie outside the grid (check {@link #insideVolume})
 * @param lps         the point in patient coordinates, mm (DICOM LPS)
 * @param wheelSteps  for {@link Kind#WHEEL}: notches, positive away from the user; 0 otherwise
 * @param shift       Shift held
 * @param control     Ctrl (or ⌘) held
 * @param alt         Alt held
 * @param insideVolume whether {@code voxel} lies on the grid
 */
public record ToolEvent(Kind kind, Orientation orientation, int slice, double planeU, double planeV, double[] index,
        int[] voxel, double[] lps, double wheelSteps, boolean shift, boolean control, boolean alt,
        boolean insideVolume) {

    /** The kind of pointer event. */
    public enum Kind {
        PRESS,
        DRAG,
        RELEASE,
        MOVE,
        WHEEL
    }
}
