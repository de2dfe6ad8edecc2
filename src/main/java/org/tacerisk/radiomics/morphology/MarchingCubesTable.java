package org.tacerisk.radiomics.morphology;

import java.util.ArrayList;
import java.util.List;

/**
 * The marching-cubes case table for a binary mask at iso-level 0.5 (IBSI-1 mesh representation WRJH), derived
 * here from first principles instead of being typed in: for each of the 256 inside/outside patterns of a cell's
 * eight corners, the contour is traced on each of the six cell faces, the face segments are chained into closed
 * loops and each loop is fanned into triangles.
 *
 * <p>Why derive it: a hand-typed 256-row table is easy to get subtly wrong, and the classic table leaves holes
 * where two cells disagree about an ambiguous face. Here an ambiguous face (two diagonally opposite corners
 * inside) is always resolved by separating the inside corners, using only that face's four values, so the two
 * cells that share the face draw the same segments and the mesh is closed and consistently oriented. Separating
 * the inside corners treats the ROI as face-connected, as the voxel representation itself does.
 *
 * <p>Corner c of a cell sits at offset (c &amp; 1, (c &gt;&gt; 1) &amp; 1, (c &gt;&gt; 2) &amp; 1). Edge
 * {@code 4·a + r} runs along axis a; r holds the other two corner bits. Triangles are listed with normals
 * pointing out of the ROI (right-hand rule), as the mesh volume (RNU0) needs.
 */
final class MarchingCubesTable {

    /** For each case, the triangles as triples of edge ids (length divisible by 3). */
    private static final int[][] TRIANGLES = new int[256][];

    static {
        for (int c = 0; c < 256; c++) {
            TRIANGLES[c] = triangulate(c);
        }
    }

    private MarchingCubesTable() {
    }

    static int[] triangles(int cubeCase) {
        return TRIANGLES[cubeCase];
    }

    /** The two corners joined by edge {@code edge}: {low corner, high corner}. */
    static int[] edgeCorners(int edge) {
        int axis = edge / 4;
        int rest = edge % 4;
        int u = (axis + 1) % 3;
        int v = (axis + 2) % 3;
        int low = (((rest & 1)) << u) | (((rest >> 1) & 1) << v);
        return new int[] {low, low | (1 << axis)};
    }

    static int edgeBetween(int c1, int c2) {
        int diff = c1 ^ c2;
        int axis = Integer.numberOfTrailingZeros(diff);
        int low = Math.min(c1, c2);
        int u = (axis + 1) % 3;
        int v = (axis + 2) % 3;
        int rest = ((low >> u) & 1) | (((low >> v) & 1) << 1);
        return 4 * axis + rest;
    }

    private static int[] triangulate(int cubeCase) {
        int[] next = new int[12];
        java.util.Arrays.fill(next, -1);
        for (int axis = 0; axis < 3; axis++) {
            for (int side = 0; side < 2; side++) {
                addFaceSegments(cubeCase, faceCycle(axis, side), next);
            }
        }
        List<Integer> tri = new ArrayList<>();
        boolean[] used = new boolean[12];
        for (int start = 0; start < 12; start++) {
            if (next[start] < 0 || used[start]) {
                continue;
            }
            List<Integer> loop = new ArrayList<>();
            for (int e = start; !used[e]; e = next[e]) {
                used[e] = true;
                loop.add(e);
            }
            int start0 = fanStart(cubeCase, loop);
            int m = loop.size();
            // The face segments run clockwise around the outward normal; fanning the loop backwards makes the
            // triangle normals point out of the ROI.
            for (int k = 1; k + 1 < m; k++) {
                tri.add(loop.get(start0));
                tri.add(loop.get((start0 + k + 1) % m));
                tri.add(loop.get((start0 + k) % m));
            }
        }
        return tri.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Where to fan a loop from. Loops of five or six vertices are not planar, and their triangulations enclose
     * different volumes. The trilinear interpolant of the eight corner values (the surface marching cubes
     * approximates) decides: if it is above 0.5 at the loop's centroid, the true surface lies beyond the centroid,
     * on the outside, and the fan enclosing the most ROI volume is taken; below 0.5, the fan enclosing the least.
     * The rule treats a mask and its complement alike. On IBSI's digital phantom it gives 556.3 mm³ and 388.1 mm²
     * (reference 556 ± 4, 388 ± 3); a fixed fan from the first vertex gives 554.0 mm³, which puts compactness 2 and
     * asphericity just outside their tolerances.
     */
    private static int fanStart(int cubeCase, List<Integer> loop) {
        int m = loop.size();
        if (m < 4) {
            return 0;
        }
        double[] centroid = new double[3];
        for (int e : loop) {
            double[] q = midpoint(e);
            for (int a = 0; a < 3; a++) {
                centroid[a] += q[a] / m;
            }
        }
        double f = 0;
        for (int c = 0; c < 8; c++) {
            if (((cubeCase >> c) & 1) != 0) {
                f += ((c & 1) != 0 ? centroid[0] : 1 - centroid[0])
                        * (((c >> 1) & 1) != 0 ? centroid[1] : 1 - centroid[1])
                        * (((c >> 2) & 1) != 0 ? centroid[2] : 1 - centroid[2]);
            }
        }
        int best = -1;
        double bestVolume = 0;
        for (int start = 0; start < m; start++) {
            // signed volume of the fan's cone to the cell origin (triangles as emitted: outward)
            double volume = 0;
            boolean flat = false;
            for (int k = 1; k + 1 < m; k++) {
                int a = loop.get(start);
                int b = loop.get((start + k + 1) % m);
                int c = loop.get((start + k) % m);
                volume += tripleProduct(a, b, c);
                flat |= onOneCellFace(a, b, c);
            }
            boolean better = f > 0.5 ? volume > bestVolume + 1e-12 : f < 0.5 && volume < bestVolume - 1e-12;
            if (!flat && (best < 0 || better)) {
                best = start;
                bestVolume = volume;
            }
        }
        return Math.max(best, 0);
    }

    /**
     * True when three edge mid-points lie on one face of the cell. A loop that passes an ambiguous face twice
     * would otherwise get a triangle lying flat in that face, and the neighbouring cell one beside it: a
     * zero-volume flap that adds area and makes the mesh non-manifold.
     */
    private static boolean onOneCellFace(int ea, int eb, int ec) {
        int[] a = edgeCorners(ea);
        int[] b = edgeCorners(eb);
        int[] c = edgeCorners(ec);
        for (int axis = 0; axis < 3; axis++) {
            int bits = 0;
            for (int[] edge : new int[][] {a, b, c}) {
                bits |= 1 << ((edge[0] >> axis) & 1);
                bits |= 1 << ((edge[1] >> axis) & 1);
            }
            if (bits != 3) {
                return true;
            }
        }
        return false;
    }

    private static double[] midpoint(int edge) {
        int[] c = edgeCorners(edge);
        double[] p = new double[3];
        for (int a = 0; a < 3; a++) {
            p[a] = (((c[0] >> a) & 1) + ((c[1] >> a) & 1)) / 2.0;
        }
        return p;
    }

    private static double tripleProduct(int ea, int eb, int ec) {
        double[] a = midpoint(ea);
        double[] b = midpoint(eb);
        double[] c = midpoint(ec);
        return a[0] * (b[1] * c[2] - b[2] * c[1]) + a[1] * (b[2] * c[0] - b[0] * c[2])
                + a[2] * (b[0] * c[1] - b[1] * c[0]);
    }

    /** The four corners of face (axis, side) in counter-clockwise order seen from outside the cell. */
    private static int[] faceCycle(int axis, int side) {
        int u = (axis + 1) % 3;
        int v = (axis + 2) % 3;
        int base = side << axis;
        int[] ccwAroundPlusAxis = {base, base | (1 << u), base | (1 << u) | (1 << v), base | (1 << v)};
        if (side == 1) {
            return ccwAroundPlusAxis;
        }
        return new int[] {ccwAroundPlusAxis[0], ccwAroundPlusAxis[3], ccwAroundPlusAxis[2], ccwAroundPlusAxis[1]};
    }

    /**
     * Walking the face boundary counter-clockwise, a crossing is an exit (inside to outside) or an entry. Each
     * segment runs from an exit to the entry that precedes it, which cuts off the run of inside corners between
     * them: with four crossings this separates the two inside corners. A cell edge is walked in opposite
     * directions by its two faces, so each crossing starts exactly one segment and ends exactly one: loops close.
     */
    private static void addFaceSegments(int cubeCase, int[] cycle, int[] next) {
        int[] crossing = new int[4];
        boolean[] exit = new boolean[4];
        int count = 0;
        for (int k = 0; k < 4; k++) {
            int a = cycle[k];
            int b = cycle[(k + 1) % 4];
            boolean inA = ((cubeCase >> a) & 1) != 0;
            boolean inB = ((cubeCase >> b) & 1) != 0;
            if (inA != inB) {
                crossing[count] = edgeBetween(a, b);
                exit[count] = inA;
                count++;
            }
        }
        for (int k = 0; k < count; k++) {
            if (exit[k]) {
                int previous = (k + count - 1) % count;
                next[crossing[k]] = crossing[previous];
            }
        }
    }
}
