package org.tacerisk.dicom;

import java.util.ArrayList;
import java.util.List;

/**
 * Traces the outline of a binary slice along voxel edges: every boundary between an inside voxel and an outside one
 * (or the grid border) is used exactly once, and the edges are chained into closed loops. Vertices lie on voxel
 * corners, i.e. at half-integer index coordinates (i ± 0.5, j ± 0.5); collinear vertices are merged.
 *
 * <p>Why along edges: no voxel centre can then lie on a polygon edge, so re-filling the loops with the even–odd rule
 * ({@link ContourRasteriser}) reproduces the slice exactly, whatever the loops' nesting — outer outlines and holes
 * alike. Loops run counter-clockwise (in (i, j) with j up) around inside voxels, so outer outlines are CCW and holes
 * CW. Where two inside voxels touch only diagonally the tracer turns towards the inside, so they become separate
 * loops (the foreground is 4-connected) and no loop crosses itself.
 */
final class ContourTracer {

    // Directions of a boundary edge between corners: +i, +j, -i, -j (counter-clockwise order).
    private static final int[] DX = {1, 0, -1, 0};
    private static final int[] DY = {0, 1, 0, -1};

    private ContourTracer() {
    }

    /**
     * @param slice  voxels of the slice, (i, j) at {@code slice[offset + i + nx·j]}, non-zero = inside
     * @return closed loops, each as interleaved vertices {i0, j0, i1, j1, ...} in index coordinates (half-integers)
     */
    static List<double[]> trace(byte[] slice, int offset, int nx, int ny) {
        int cw = nx + 1; // corners per row; corner (a, b) is the point (a - 0.5, b - 0.5) in index coordinates
        byte[] out = new byte[cw * (ny + 1)]; // bit d set: a boundary edge leaves this corner in direction d
        int edges = 0;
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                if (slice[offset + i + nx * j] == 0) {
                    continue;
                }
                // Each side of the voxel facing outside becomes an edge with the inside on its left.
                if (!inside(slice, offset, nx, ny, i, j - 1)) {
                    out[i + cw * j] |= 1; // bottom: (i, j) -> (i+1, j)
                    edges++;
                }
                if (!inside(slice, offset, nx, ny, i + 1, j)) {
                    out[i + 1 + cw * j] |= 2; // right: (i+1, j) -> (i+1, j+1)
                    edges++;
                }
                if (!inside(slice, offset, nx, ny, i, j + 1)) {
                    out[i + 1 + cw * (j + 1)] |= 4; // top: (i+1, j+1) -> (i, j+1)
                    edges++;
                }
                if (!inside(slice, offset, nx, ny, i - 1, j)) {
                    out[i + cw * (j + 1)] |= 8; // left: (i, j+1) -> (i, j)
                    edges++;
                }
            }
        }
        List<double[]> loops = new ArrayList<>();
        for (int start = 0; edges > 0 && start < out.length; start++) {
            while (out[start] != 0) {
                int direction = Integer.numberOfTrailingZeros(out[start]);
                edges -= traceLoop(out, cw, start, direction, loops);
            }
        }
        return loops;
    }

    /** Follows edges from {@code start} until the first edge comes round again; returns the number of edges used. */
    private static int traceLoop(byte[] out, int cw, int start, int firstDirection, List<double[]> loops) {
        List<int[]> vertices = new ArrayList<>();
        int corner = start;
        int direction = firstDirection;
        int used = 0;
        int previous = -1;
        do {
            if (used > 0) {
                // The first edge stays marked until the end, so that at a saddle start corner the walk still sees it
                // as the left turn and closes the loop there instead of wandering into the neighbouring loop.
                out[corner] &= (byte) ~(1 << direction);
            }
            used++;
            if (direction != previous) {
                vertices.add(new int[] {corner % cw, corner / cw}); // a turn: keep the vertex
            }
            previous = direction;
            corner += DX[direction] + cw * DY[direction];
            direction = next(out[corner], direction);
        } while (direction >= 0 && !(corner == start && direction == firstDirection));
        if (direction < 0) {
            throw new IllegalStateException("open boundary at corner " + corner + " (tracer bug)");
        }
        out[start] &= (byte) ~(1 << firstDirection);
        if (direction == previous && vertices.size() > 1) {
            vertices.remove(0); // the start vertex lies in the middle of a straight run
        }
        double[] loop = new double[2 * vertices.size()];
        for (int v = 0; v < vertices.size(); v++) {
            loop[2 * v] = vertices.get(v)[0] - 0.5;
            loop[2 * v + 1] = vertices.get(v)[1] - 0.5;
        }
        loops.add(loop);
        return used;
    }

    /**
     * The outgoing direction at a corner reached while moving in {@code incoming}: left turn first (towards the
     * inside: this is what separates diagonal neighbours at a saddle corner), then straight, then right. Only a
     * saddle corner has two outgoing edges, and there each incoming edge pairs with its own left turn.
     */
    private static int next(byte outgoing, int incoming) {
        int left = (incoming + 1) & 3;
        int right = (incoming + 3) & 3;
        if ((outgoing & (1 << left)) != 0) {
            return left;
        }
        if ((outgoing & (1 << incoming)) != 0) {
            return incoming;
        }
        if ((outgoing & (1 << right)) != 0) {
            return right;
        }
        return -1;
    }

    private static boolean inside(byte[] slice, int offset, int nx, int ny, int i, int j) {
        return i >= 0 && j >= 0 && i < nx && j < ny && slice[offset + i + nx * j] != 0;
    }
}
