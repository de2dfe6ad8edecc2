package org.tacerisk.roi;

import org.tacerisk.image.ImageGeometry;

/**
 * A "visited" flag per voxel for the searches (grow, islands, holes), with storage only for the axial slices
 * they reach: a search over a tumour touches a few dozen slices, not the series' 131 million voxels.
 */
final class SparseBits {

    private final int sliceSize;
    private final long[][] slices;

    SparseBits(ImageGeometry g) {
        this.sliceSize = g.sliceSize();
        this.slices = new long[g.nz()][];
    }

    /** By linear voxel index. */
    boolean get(int n) {
        long[] words = slices[n / sliceSize];
        return words != null && SliceBits.get(words, n % sliceSize);
    }

    void set(int n) {
        int k = n / sliceSize;
        if (slices[k] == null) {
            slices[k] = SliceBits.allocate(sliceSize);
        }
        SliceBits.set(slices[k], n % sliceSize);
    }
}
