package org.tacerisk.radiomics;

/**
 * The ROI's grey levels cropped to the bounding box of the intensity mask and surrounded by a border of zeros, the
 * input of the directional texture matrices (GLCM, GLRLM). Outside the intensity mask the level is 0. The border is
 * as wide as the largest neighbour step, so a step from any ROI voxel stays inside the array and lands on 0 past
 * the ROI's edge: the matrix loops need no bounds checks and cannot wrap into the next row. Immutable.
 *
 * <p>Coordinates (i, j, k) are in the padded box; ROI slices are k = border .. border + slices() − 1.
 */
final class PaddedGreyLevels {

    private final int[] levels;
    private final int nx;
    private final int ny;
    private final int nz;
    private final int border;
    private final int greyLevelCount;
    private final int[] sliceVoxelCounts;
    private final int voxelCount;

    private PaddedGreyLevels(int[] levels, int nx, int ny, int nz, int border, int greyLevelCount,
            int[] sliceVoxelCounts, int voxelCount) {
        this.levels = levels;
        this.nx = nx;
        this.ny = ny;
        this.nz = nz;
        this.border = border;
        this.greyLevelCount = greyLevelCount;
        this.sliceVoxelCounts = sliceVoxelCounts;
        this.voxelCount = voxelCount;
    }

    private record Border(int width) {
    }

    /**
     * Crops {@code roi} to its intensity mask. N_g is {@link ProcessedRoi#greyLevelCount()}, widened should a level
     * exceed it; levels below 1 inside the mask break the contract and are treated as outside. Built once per ROI
     * and border (GLCM with δ = 1 and GLRLM share one).
     */
    static PaddedGreyLevels of(ProcessedRoi roi, int border) {
        return roi.shared(new Border(border), () -> crop(roi, border));
    }

    private static PaddedGreyLevels crop(ProcessedRoi roi, int border) {
        int sx = roi.grid().nx();
        int sy = roi.grid().ny();
        int sz = roi.grid().nz();
        byte[] mask = roi.intensityMask();
        int[] source = roi.greyLevels();
        int minI = sx, minJ = sy, minK = sz, maxI = -1, maxJ = -1, maxK = -1;
        int maxLevel = 0;
        for (int k = 0, v = 0; k < sz; k++) {
            for (int j = 0; j < sy; j++) {
                for (int i = 0; i < sx; i++, v++) {
                    if (mask[v] != 0 && source[v] >= 1) {
                        minI = Math.min(minI, i);
                        maxI = Math.max(maxI, i);
                        minJ = Math.min(minJ, j);
                        maxJ = Math.max(maxJ, j);
                        minK = Math.min(minK, k);
                        maxK = Math.max(maxK, k);
                        maxLevel = Math.max(maxLevel, source[v]);
                    }
                }
            }
        }
        int ng = Math.max(roi.greyLevelCount(), maxLevel);
        if (maxI < 0) {
            return new PaddedGreyLevels(new int[0], 0, 0, 0, border, ng, new int[0], 0);
        }
        int bx = maxI - minI + 1;
        int by = maxJ - minJ + 1;
        int bz = maxK - minK + 1;
        int nx = bx + 2 * border;
        int ny = by + 2 * border;
        int nz = bz + 2 * border;
        int[] levels = new int[nx * ny * nz];
        int[] perSlice = new int[bz];
        int total = 0;
        for (int k = 0; k < bz; k++) {
            for (int j = 0; j < by; j++) {
                int from = roi.grid().index(minI, minJ + j, minK + k);
                int to = (border + j + ny * (border + k)) * nx + border;
                for (int i = 0; i < bx; i++) {
                    if (mask[from + i] != 0 && source[from + i] >= 1) {
                        levels[to + i] = source[from + i];
                        perSlice[k]++;
                        total++;
                    }
                }
            }
        }
        return new PaddedGreyLevels(levels, nx, ny, nz, border, ng, perSlice, total);
    }

    /** Grey levels of the padded box, i fastest; 0 outside the ROI. Read only. */
    int[] levels() {
        return levels;
    }

    int greyLevelCount() {
        return greyLevelCount;
    }

    /** Number of ROI voxels (N_v). */
    int voxelCount() {
        return voxelCount;
    }

    /** Number of ROI slices in the box (slices without ROI voxels between ROI slices included). */
    int slices() {
        return sliceVoxelCounts.length;
    }

    /** ROI voxels in ROI slice s (0-based within the box). */
    int sliceVoxelCount(int s) {
        return sliceVoxelCounts[s];
    }

    /** Linear offset of a step (di, dj, dk) in the padded array. */
    int offset(int di, int dj, int dk) {
        return di + nx * (dj + ny * dk);
    }

    /** Rows (j) per slice in the box. */
    int rows() {
        return ny - 2 * border;
    }

    /** Voxels (i) per row in the box. */
    int rowLength() {
        return nx - 2 * border;
    }

    /** Linear index of the first box voxel of row {@code row} in ROI slice {@code slice}. */
    int rowStart(int slice, int row) {
        return (border + row + ny * (border + slice)) * nx + border;
    }

    /** Largest extent of the box along any axis: an upper bound on run lengths. */
    int longestLine() {
        return Math.max(nx, Math.max(ny, nz)) - 2 * border;
    }
}
