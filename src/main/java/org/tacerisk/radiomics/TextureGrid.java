package org.tacerisk.radiomics;

import org.tacerisk.image.ImageGeometry;

/**
 * The ROI of a {@link ProcessedRoi} cropped to its bounding box and padded with {@code pad} empty voxels on every
 * side, so that neighbourhood loops up to Chebyshev distance {@code pad} never leave the arrays (the padding is
 * outside both masks, exactly like the rest of the grid outside the ROI). Voxels are stored i fastest, then j,
 * then k, as on the full grid; slice k of the crop is an axial slice of the original grid.
 *
 * <p>{@code grey[v]} is the discretised grey level 1..{@code greyLevelCount} inside the intensity mask and 0
 * elsewhere; {@code morphological[v]} is 1 inside the morphological mask. Read-only after construction; what the
 * families derive from it (the zones GLSZM and GLDZM both label) is kept in {@link #shared}.
 */
final class TextureGrid {

    final int nx;
    final int ny;
    final int nz;
    final int sliceSize;
    final int[] grey;
    final byte[] morphological;
    final int greyLevelCount;
    /** Number of intensity-mask voxels in each slice k of the crop. */
    final int[] voxelsPerSlice;
    final int voxelCount;
    /** The full grid, and the full-grid index of crop voxel (0, 0, 0) (may lie outside: padding). */
    private final ImageGeometry full;
    private final int[] cropOrigin;
    /** Quantities derived from this grid, computed once. */
    final SharedQuantities shared = new SharedQuantities();

    private TextureGrid(int nx, int ny, int nz, int[] grey, byte[] morphological, int greyLevelCount,
            ImageGeometry full, int[] cropOrigin) {
        this.full = full;
        this.cropOrigin = cropOrigin;
        this.nx = nx;
        this.ny = ny;
        this.nz = nz;
        this.sliceSize = nx * ny;
        this.grey = grey;
        this.morphological = morphological;
        this.greyLevelCount = greyLevelCount;
        this.voxelsPerSlice = new int[nz];
        int count = 0;
        for (int v = 0; v < grey.length; v++) {
            if (grey[v] > 0) {
                voxelsPerSlice[v / sliceSize]++;
                count++;
            }
        }
        this.voxelCount = count;
    }

    private record Padding(int voxels) {
    }

    /**
     * Crops {@code roi} to the bounding box of both masks and pads it by {@code pad} (at least 1) voxels. Built once
     * per ROI and padding: with IBSI's default distances the four zone and neighbourhood families share one.
     */
    static TextureGrid of(ProcessedRoi roi, int pad) {
        int voxels = Math.max(1, pad);
        return roi.shared(new Padding(voxels), () -> crop(roi, voxels));
    }

    private static TextureGrid crop(ProcessedRoi roi, int pad) {
        ImageGeometry g = roi.grid();
        byte[] intensity = roi.intensityMask();
        byte[] morph = roi.morphologicalMask();
        int[] levels = roi.greyLevels();
        int[] lo = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE};
        int[] hi = {-1, -1, -1};
        int maxLevel = roi.greyLevelCount();
        for (int k = 0, v = 0; k < g.nz(); k++) {
            for (int j = 0; j < g.ny(); j++) {
                for (int i = 0; i < g.nx(); i++, v++) {
                    boolean inIntensity = intensity[v] != 0 && levels[v] > 0;
                    if (inIntensity || morph[v] != 0) {
                        lo[0] = Math.min(lo[0], i);
                        lo[1] = Math.min(lo[1], j);
                        lo[2] = Math.min(lo[2], k);
                        hi[0] = Math.max(hi[0], i);
                        hi[1] = Math.max(hi[1], j);
                        hi[2] = Math.max(hi[2], k);
                    }
                    if (inIntensity) {
                        maxLevel = Math.max(maxLevel, levels[v]);
                    }
                }
            }
        }
        if (hi[0] < 0) { // empty ROI: a padded single empty voxel
            lo = new int[] {0, 0, 0};
            hi = new int[] {-1, -1, -1};
        }
        int nx = hi[0] - lo[0] + 1 + 2 * pad;
        int ny = hi[1] - lo[1] + 1 + 2 * pad;
        int nz = hi[2] - lo[2] + 1 + 2 * pad;
        int[] grey = new int[nx * ny * nz];
        byte[] morphological = new byte[grey.length];
        for (int k = lo[2]; k <= hi[2]; k++) {
            for (int j = lo[1]; j <= hi[1]; j++) {
                int source = g.index(lo[0], j, k);
                int target = (pad) + nx * ((j - lo[1] + pad) + ny * (k - lo[2] + pad));
                for (int i = lo[0]; i <= hi[0]; i++, source++, target++) {
                    if (intensity[source] != 0 && levels[source] > 0) {
                        grey[target] = levels[source];
                    }
                    morphological[target] = morph[source] != 0 ? (byte) 1 : 0;
                }
            }
        }
        return new TextureGrid(nx, ny, nz, grey, morphological, maxLevel, g,
                new int[] {lo[0] - pad, lo[1] - pad, lo[2] - pad});
    }

    /** Per-voxel crop values laid out on the full grid (0 outside the crop), for tests and display. */
    int[] toFullGrid(int[] cropValues) {
        int[] out = new int[full.voxelCount()];
        for (int k = 0, v = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++, v++) {
                    int fi = i + cropOrigin[0];
                    int fj = j + cropOrigin[1];
                    int fk = k + cropOrigin[2];
                    if (full.contains(fi, fj, fk)) {
                        out[full.index(fi, fj, fk)] = cropValues[v];
                    }
                }
            }
        }
        return out;
    }

    /** Slice index k of crop voxel {@code v}. */
    int slice(int v) {
        return v / sliceSize;
    }

    /**
     * Linear offsets of all voxels within Chebyshev distance {@code distance} of a centre voxel, the centre
     * excluded: in-plane only (dz = 0) unless {@code threeD}. {@code distance} must not exceed the padding.
     */
    int[] neighbourOffsets(int distance, boolean threeD) {
        int dzMax = threeD ? distance : 0;
        int side = 2 * distance + 1;
        int[] offsets = new int[side * side * (2 * dzMax + 1) - 1];
        int n = 0;
        for (int dz = -dzMax; dz <= dzMax; dz++) {
            for (int dy = -distance; dy <= distance; dy++) {
                for (int dx = -distance; dx <= distance; dx++) {
                    if (dx != 0 || dy != 0 || dz != 0) {
                        offsets[n++] = dx + nx * dy + sliceSize * dz;
                    }
                }
            }
        }
        return offsets;
    }

    /** Offsets of the face neighbours: 4 in-plane, or 6 in 3D (the taxicab unit steps). */
    int[] faceOffsets(boolean threeD) {
        return threeD ? new int[] {-1, 1, -nx, nx, -sliceSize, sliceSize} : new int[] {-1, 1, -nx, nx};
    }
}
