package org.tacerisk.roi;

import org.tacerisk.image.ImageGeometry;

/**
 * Keep largest island: keeps the largest 6-connected component of the mask in 3D (voxels sharing a face; a diagonal
 * touch does not join two nodules) and removes every other. Between components of equal size the one whose first
 * voxel comes first in storage order (k, then j, then i) is kept.
 */
public final class KeepLargestIsland {

    /** What was found and kept. */
    public record Result(int islands, long keptVoxels, long removedVoxels) {
    }

    private KeepLargestIsland() {
    }

    /** @throws RoiToolException when the mask is empty */
    public static Result apply(EditableMask mask) {
        Planes.requireNotEmpty(mask);
        ImageGeometry g = mask.geometry();
        int nx = g.nx();
        int sliceSize = g.sliceSize();
        SparseBits visited = new SparseBits(g);
        IntQueue component = new IntQueue();
        IntQueue largest = new IntQueue();
        int islands = 0;
        long total = 0;
        for (int k = 0; k < g.nz(); k++) {
            long[] words = mask.sliceWords(k);
            if (words == null) {
                continue;
            }
            for (int bit = SliceBits.nextSetBit(words, 0); bit >= 0; bit = SliceBits.nextSetBit(words, bit + 1)) {
                int start = k * sliceSize + bit;
                if (visited.get(start)) {
                    continue;
                }
                islands++;
                component.clear();
                Connectivity.flood6(g, start, n -> contains(mask, n, nx, sliceSize), visited, component, Long.MAX_VALUE);
                total += component.size();
                if (component.size() > largest.size()) {
                    IntQueue swap = largest;
                    largest = component;
                    component = swap;
                }
            }
        }
        SparseBits keep = new SparseBits(g);
        for (int p = 0; p < largest.size(); p++) {
            keep.set(largest.get(p));
        }
        for (int k = 0; k < g.nz(); k++) {
            long[] words = mask.sliceWords(k);
            if (words == null) {
                continue;
            }
            for (int bit = SliceBits.nextSetBit(words, 0); bit >= 0; bit = SliceBits.nextSetBit(words, bit + 1)) {
                if (!keep.get(k * sliceSize + bit)) {
                    mask.clear(bit % nx, bit / nx, k);
                }
            }
        }
        return new Result(islands, largest.size(), total - largest.size());
    }

    private static boolean contains(EditableMask mask, int n, int nx, int sliceSize) {
        int k = n / sliceSize;
        int rest = n - k * sliceSize;
        return mask.contains(rest % nx, rest / nx, k);
    }
}
