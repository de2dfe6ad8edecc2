package org.tacerisk.app.viewer;

import org.tacerisk.image.Mask;

/**
 * A region drawn over the CT (the tumour ROI being edited): whether voxel (i, j, k) of the displayed volume's grid is
 * inside. The viewer asks once per displayed plane and caches the answer; after an edit call
 * {@link ViewerModel#overlayChanged()} so it asks again.
 */
@FunctionalInterface
public interface MaskOverlay {

    boolean contains(int i, int j, int k);

    /** A fixed mask; it must be on the displayed volume's grid. */
    static MaskOverlay of(Mask mask) {
        return mask::contains;
    }
}
