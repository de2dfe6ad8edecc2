package org.tacerisk.app.viewer;

/**
 * What lies under the cursor: the voxel (i, j, k), its centre in LPS mm, its value (HU for CT), and the view's slice
 * number (1-based) of its slice count. Null readouts stand for "not over the image".
 */
public record Readout(Orientation orientation, int[] voxel, double[] lps, double value, int slice, int slices) {
}
