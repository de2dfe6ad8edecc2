package org.tacerisk.radiomics;

import org.tacerisk.common.Progress;

/**
 * The grey level zone map shared by GLSZM and GLDZM (IBSI-1 9SAK, VMDZ): zones are connected groups of
 * intensity-mask voxels with the same discretised grey level, linked when within Chebyshev distance
 * {@code linkage} of each other (distance 1: 8-connectivity in-plane, 26-connectivity in 3D). In-plane zones never
 * cross slices, so one in-plane labelling gives the 2D per-slice zones and the 2.5D merged zones alike.
 *
 * <p>Labelled by an iterative breadth-first flood fill over primitive arrays (no recursion).
 */
final class GreyLevelZones {

    /** Number of zones. */
    final int count;
    /** Grey level of each zone. */
    final int[] grey;
    /** Voxel count of each zone. */
    final int[] size;
    /** Crop slice k of each zone's first voxel (the zone's slice when labelled in-plane). */
    final int[] slice;
    /** Zone index + 1 of each crop voxel, 0 outside the intensity mask. */
    final int[] label;

    private GreyLevelZones(int count, int[] grey, int[] size, int[] slice, int[] label) {
        this.count = count;
        this.grey = grey;
        this.size = size;
        this.slice = slice;
        this.label = label;
    }

    private record Labelling(int linkage, boolean threeD) {
    }

    /** The zones of {@code g}, labelled once and shared by GLSZM and GLDZM. */
    static GreyLevelZones of(TextureGrid g, int linkage, boolean threeD, Progress progress) {
        return g.shared.get(new Labelling(linkage, threeD), () -> label(g, linkage, threeD, progress));
    }

    static GreyLevelZones label(TextureGrid g, int linkage, boolean threeD) {
        return label(g, linkage, threeD, Progress.NONE);
    }

    /** Labels the zones, checking for a cancel every 2^16 seed voxels and every 2^16 voxels flooded into one zone. */
    private static GreyLevelZones label(TextureGrid g, int linkage, boolean threeD, Progress progress) {
        int[] offsets = g.neighbourOffsets(Math.max(1, linkage), threeD);
        int[] label = new int[g.grey.length];
        int[] queue = new int[Math.max(1, g.voxelCount)];
        int[] grey = new int[16];
        int[] size = new int[16];
        int[] slice = new int[16];
        int count = 0;
        for (int seed = 0; seed < g.grey.length; seed++) {
            int level = g.grey[seed];
            if ((seed & 0xFFFF) == 0) {
                progress.checkCancelled();
            }
            if (level == 0 || label[seed] != 0) {
                continue;
            }
            if (count == grey.length) {
                grey = java.util.Arrays.copyOf(grey, 2 * count);
                size = java.util.Arrays.copyOf(size, 2 * count);
                slice = java.util.Arrays.copyOf(slice, 2 * count);
            }
            int id = count + 1;
            int head = 0;
            int tail = 0;
            queue[tail++] = seed;
            label[seed] = id;
            while (head < tail) {
                if ((head & 0xFFFF) == 0xFFFF) {
                    progress.checkCancelled();
                }
                int v = queue[head++];
                for (int offset : offsets) {
                    int w = v + offset;
                    if (label[w] == 0 && g.grey[w] == level) {
                        label[w] = id;
                        queue[tail++] = w;
                    }
                }
            }
            grey[count] = level;
            size[count] = tail;
            slice[count] = g.slice(seed);
            count++;
        }
        return new GreyLevelZones(count, grey, size, slice, label);
    }

    /** For each zone, the minimum of {@code voxelValue} over its voxels (e.g. the distance to the ROI edge). */
    int[] minimumOver(int[] voxelValue) {
        int[] min = new int[count];
        java.util.Arrays.fill(min, Integer.MAX_VALUE);
        for (int v = 0; v < label.length; v++) {
            int id = label[v];
            if (id != 0 && voxelValue[v] < min[id - 1]) {
                min[id - 1] = voxelValue[v];
            }
        }
        return min;
    }
}
