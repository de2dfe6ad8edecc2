package org.tacerisk.deep;

/**
 * A heat map on one axial CT slice: {@code values[i + nx·j]} is the saliency of voxel (i, j) of slice
 * {@code slice} (for occlusion: the drop in probability when the region around it is hidden); 0 outside the crop.
 */
public record SaliencyMap(int slice, int nx, int ny, float[] values) {

    public SaliencyMap {
        if (values.length != nx * ny) {
            throw new IllegalArgumentException("saliency map has " + values.length + " values for " + nx + " × " + ny);
        }
    }

    public float at(int i, int j) {
        return values[i + nx * j];
    }

    /** The largest value (0 for an empty map). */
    public float max() {
        float m = 0;
        for (float v : values) {
            m = Math.max(m, v);
        }
        return m;
    }

    /** Voxel {i, j} with the largest value (the first one in i-fastest order). */
    public int[] peak() {
        int best = 0;
        for (int n = 1; n < values.length; n++) {
            if (values[n] > values[best]) {
                best = n;
            }
        }
        return new int[] {best % nx, best / nx};
    }
}
