package org.tacerisk.image;

/** The index bounding box of a binary mask (one byte per voxel, i fastest). */
public final class BoundingBox {

    private BoundingBox() {
    }

    /** {iMin, jMin, kMin, iMax, jMax, kMax} (inclusive) of the voxels with value 1, or null when there are none. */
    public static int[] of(byte[] mask, int nx, int ny, int nz) {
        int[] box = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1, -1};
        int n = 0;
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++, n++) {
                    if (mask[n] != 0) {
                        box[0] = Math.min(box[0], i);
                        box[1] = Math.min(box[1], j);
                        box[2] = Math.min(box[2], k);
                        box[3] = Math.max(box[3], i);
                        box[4] = Math.max(box[4], j);
                        box[5] = Math.max(box[5], k);
                    }
                }
            }
        }
        return box[3] < 0 ? null : box;
    }
}
