package org.tacerisk.radiomics.filter;

import java.util.ArrayList;
import java.util.List;

/**
 * The right-angle rotations of a voxel grid used for pseudo-rotational invariance in IBSI-2 (arXiv:2006.05470,
 * "rotation invariance"): the 24 proper rotations of the cube in 3D, the 4 in-plane rotations by multiples of
 * π/2 in 2D (axis k untouched). A rotation is a signed permutation: axis d of the rotated grid is axis
 * {@code perm[d]} of the original, reversed where {@code flip[d]}; reflections (determinant −1) are excluded.
 * Used to rotate images (wavelets) and kernels (Laws).
 */
record RightAngleRotations(int[] perm, boolean[] flip) {

    /** The proper rotations: 24 in 3D, 4 in 2D (in-plane). */
    static List<RightAngleRotations> all(boolean twoD) {
        int[][] perms = twoD ? new int[][] {{0, 1, 2}, {1, 0, 2}}
                : new int[][] {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
        List<RightAngleRotations> out = new ArrayList<>();
        for (int[] p : perms) {
            int parity = parity(p);
            for (int bits = 0; bits < 8; bits++) {
                if (twoD && (bits & 4) != 0) {
                    continue;
                }
                boolean[] f = {(bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0};
                int sign = parity * (f[0] ? -1 : 1) * (f[1] ? -1 : 1) * (f[2] ? -1 : 1);
                if (sign == 1) {
                    out.add(new RightAngleRotations(p.clone(), f));
                }
            }
        }
        return out;
    }

    private static int parity(int[] p) {
        int inversions = 0;
        for (int a = 0; a < 3; a++) {
            for (int b = a + 1; b < 3; b++) {
                if (p[a] > p[b]) {
                    inversions++;
                }
            }
        }
        return inversions % 2 == 0 ? 1 : -1;
    }

    /** The grid size after rotation. */
    int[] rotatedSize(int[] n) {
        return new int[] {n[perm[0]], n[perm[1]], n[perm[2]]};
    }

    /** For every voxel of the rotated grid (i fastest), the linear index of its source voxel in the original grid. */
    int[] sourceIndex(int[] n) {
        int[] r = rotatedSize(n);
        int[] stride = {1, n[0], n[0] * n[1]};
        int[] out = new int[r[0] * r[1] * r[2]];
        int[] c = new int[3];
        int q = 0;
        for (c[2] = 0; c[2] < r[2]; c[2]++) {
            for (c[1] = 0; c[1] < r[1]; c[1]++) {
                for (c[0] = 0; c[0] < r[0]; c[0]++) {
                    int src = 0;
                    for (int d = 0; d < 3; d++) {
                        int v = flip[d] ? r[d] - 1 - c[d] : c[d];
                        src += v * stride[perm[d]];
                    }
                    out[q++] = src;
                }
            }
        }
        return out;
    }
}
