package org.tacerisk.radiomics.filter;

import java.util.ArrayList;
import java.util.List;

/**
 * The right-angle rotations of a 2D or 3D grid (4 and 24; IBSI-2 rotation invariance of Laws kernels and
 * separable wavelets): each is an axis permutation with axis flips whose determinant is +1 (no mirror images).
 */
final class RightAngleRotations {

    private RightAngleRotations() {
    }

    /**
     * Every rotation as {@code {source, flips}}: output axis a takes the kernel of input axis {@code source[a]},
     * reversed when {@code flips[a] == 1}. The identity comes first.
     */
    static List<int[][]> of(int dimensions) {
        if (dimensions != 2 && dimensions != 3) {
            throw new IllegalArgumentException("2 or 3 dimensions, not " + dimensions);
        }
        List<int[][]> out = new ArrayList<>();
        for (int[] perm : permutations(dimensions)) {
            int parity = parity(perm);
            for (int mask = 0; mask < (1 << dimensions); mask++) {
                int[] flips = new int[dimensions];
                int flipCount = 0;
                for (int a = 0; a < dimensions; a++) {
                    flips[a] = (mask >> a) & 1;
                    flipCount += flips[a];
                }
                if ((parity + flipCount) % 2 == 0) {
                    out.add(new int[][] {perm, flips});
                }
            }
        }
        return out;
    }

    private static List<int[]> permutations(int n) {
        List<int[]> out = new ArrayList<>();
        if (n == 2) {
            out.add(new int[] {0, 1});
            out.add(new int[] {1, 0});
        } else {
            int[][] all = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
            for (int[] p : all) {
                out.add(p);
            }
        }
        return out;
    }

    /** 0 for an even permutation, 1 for an odd one. */
    private static int parity(int[] perm) {
        int inversions = 0;
        for (int a = 0; a < perm.length; a++) {
            for (int b = a + 1; b < perm.length; b++) {
                if (perm[a] > perm[b]) {
                    inversions++;
                }
            }
        }
        return inversions % 2;
    }
}
