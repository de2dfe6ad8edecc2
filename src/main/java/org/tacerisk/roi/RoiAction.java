package org.tacerisk.roi;

/** What a user did to the mask: one undo step each. The workstation words them ("Undo brush stroke"). */
public enum RoiAction {
    POLYGON, FREEHAND, BRUSH, ERASER, THRESHOLD_PAINT, GROW_FROM_SEED, FILL_BETWEEN_SLICES, FILL_HOLES,
    KEEP_LARGEST_ISLAND, MARGIN, SMOOTHING, DELETE_ON_SLICE, CLEAR, IMPORT
}
