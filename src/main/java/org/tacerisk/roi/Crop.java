package org.tacerisk.roi;

import org.tacerisk.image.ImageGeometry;

/**
 * A box of the grid that the 3D tools work in (the mask's bounding box plus a margin, clipped to the grid), so their
 * cost and memory follow the tumour's size, not the series'. Index n of the box is x + nx·(y + ny·z) for voxel
 * (i0 + x, j0 + y, k0 + z).
 */
record Crop(int i0, int j0, int k0, int nx, int ny, int nz) {

    /** The box {iMin, jMin, kMin, iMax, jMax, kMax} grown by {@code margin[axis]} voxels, clipped to the grid. */
    static Crop around(int[] box, int[] margin, ImageGeometry g) {
        int i0 = Math.max(0, box[0] - margin[0]);
        int j0 = Math.max(0, box[1] - margin[1]);
        int k0 = Math.max(0, box[2] - margin[2]);
        int i1 = Math.min(g.nx() - 1, box[3] + margin[0]);
        int j1 = Math.min(g.ny() - 1, box[4] + margin[1]);
        int k1 = Math.min(g.nz() - 1, box[5] + margin[2]);
        long voxels = (long) (i1 - i0 + 1) * (j1 - j0 + 1) * (k1 - k0 + 1);
        if (voxels > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("working box too large: " + voxels + " voxels");
        }
        return new Crop(i0, j0, k0, i1 - i0 + 1, j1 - j0 + 1, k1 - k0 + 1);
    }

    int size() {
        return nx * ny * nz;
    }

    /** {@link DistanceTransform} input: 0 where the mask equals {@code site}, far elsewhere. */
    float[] sites(EditableMask mask, boolean site) {
        float[] f = new float[size()];
        int n = 0;
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++, n++) {
                    f[n] = mask.contains(i0 + x, j0 + y, k0 + z) == site ? 0 : DistanceTransform.FAR;
                }
            }
        }
        return f;
    }

    /** The mask inside the box as booleans. */
    boolean[] read(EditableMask mask) {
        boolean[] inside = new boolean[size()];
        int n = 0;
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++, n++) {
                    inside[n] = mask.contains(i0 + x, j0 + y, k0 + z);
                }
            }
        }
        return inside;
    }

    /**
     * Writes {@code inside} back where it differs from the mask.
     *
     * @return the number of voxels changed
     */
    int write(EditableMask mask, boolean[] inside) {
        int changed = 0;
        int n = 0;
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++, n++) {
                    int i = i0 + x;
                    int j = j0 + y;
                    int k = k0 + z;
                    if (mask.contains(i, j, k) != inside[n]) {
                        mask.set(i, j, k, inside[n]);
                        changed++;
                    }
                }
            }
        }
        return changed;
    }
}
