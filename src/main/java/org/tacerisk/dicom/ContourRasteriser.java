package org.tacerisk.dicom;

import java.util.Arrays;
import java.util.List;

/**
 * Scanline fill of closed planar polygons onto one slice of a voxel grid, in continuous index coordinates (i, j) of
 * that slice: voxel (i, j) is inside when its centre (i, j) is inside under the even–odd rule taken over all the
 * polygons together, so a contour inside another is a hole and separate contours are separate islands.
 *
 * <p><b>Edge rule</b> (half-open, like the top-left rule of graphics rasterisers): a centre lying exactly on an edge
 * is inside when the interior is on its +i side of that edge (a "left" edge) and outside when the interior is on its
 * −i side (a "right" edge); on a horizontal edge (constant j) it is inside when the interior lies towards +j. So the
 * square with corners (1, 1) and (3, 3) covers exactly i, j ∈ {1, 2}, and two polygons sharing an edge never both
 * claim the voxels on it. Coordinates within {@link #SNAP} of an integer are snapped to it first, so the rule is
 * not at the mercy of the rounding in the LPS → index transform; everything else is decided exactly.
 *
 * <p>Why a scanline fill: per row it costs one pass over the edges plus a sort, it is exact (no sampling), and voxels
 * are decided by their centre only, which is what the DICOM RT convention and IBSI expect.
 */
final class ContourRasteriser {

    /**
     * Index distances this small are floating-point noise of the LPS → index transform (and of the 10-decimal DS
     * values our writer produces), not geometry. It must stay tiny: real contours do pass within microns of voxel
     * centres — in the IBSI CT phantom a centre lies 5e-6 voxels inside an edge of GTV-1, and the reference mask
     * counts it — so a coarser snap would move such centres onto the edge and lose them.
     */
    static final double SNAP = 1e-9;

    private ContourRasteriser() {
    }

    /**
     * Fills one slice.
     *
     * @param polygons each polygon as interleaved vertices {i0, j0, i1, j1, ...}; closed implicitly (last → first)
     * @param nx       voxels along i
     * @param ny       voxels along j
     * @param target   voxel array; the slice's voxel (i, j) is {@code target[offset + i + nx·j]}; inside voxels are set
     *                 to 1, others are left alone
     * @param offset   start of the slice in {@code target}
     * @return the number of voxels set
     */
    static int fill(List<double[]> polygons, int nx, int ny, byte[] target, int offset) {
        int edgeCount = 0;
        for (double[] p : polygons) {
            edgeCount += p.length / 2;
        }
        // Edges as (xLow, yLow, xHigh, yHigh) with yLow < yHigh; horizontal edges never cross a row, so drop them.
        double[] edges = new double[4 * edgeCount];
        int e = 0;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (double[] p : polygons) {
            int n = p.length / 2;
            for (int v = 0; v < n; v++) {
                int w = (v + 1) % n;
                double x0 = snap(p[2 * v]);
                double y0 = snap(p[2 * v + 1]);
                double x1 = snap(p[2 * w]);
                double y1 = snap(p[2 * w + 1]);
                if (y0 == y1) {
                    continue;
                }
                boolean up = y0 < y1;
                edges[e++] = up ? x0 : x1;
                edges[e++] = up ? y0 : y1;
                edges[e++] = up ? x1 : x0;
                edges[e++] = up ? y1 : y0;
                minY = Math.min(minY, Math.min(y0, y1));
                maxY = Math.max(maxY, Math.max(y0, y1));
            }
        }
        if (e == 0) {
            return 0;
        }
        int firstRow = (int) Math.max(0, Math.ceil(minY));
        int lastRow = (int) Math.min(ny - 1, Math.ceil(maxY) - 1);
        double[] crossings = new double[e / 4];
        int filled = 0;
        for (int j = firstRow; j <= lastRow; j++) {
            int c = 0;
            for (int q = 0; q < e; q += 4) {
                double yLow = edges[q + 1];
                double yHigh = edges[q + 3];
                // Half-open in j: an edge owns its lower end, not its upper one, so a vertex on the row is counted
                // once for a monotone pass through it and zero or two times for a local extremum.
                if (yLow <= j && j < yHigh) {
                    double t = (j - yLow) / (yHigh - yLow);
                    crossings[c++] = snap(edges[q] + t * (edges[q + 2] - edges[q]));
                }
            }
            Arrays.sort(crossings, 0, c);
            int row = offset + nx * j;
            for (int m = 0; m + 1 < c; m += 2) {
                // Half-open in i: centres with crossings[m] <= i < crossings[m + 1] are inside.
                int from = (int) Math.max(0, Math.ceil(crossings[m]));
                int to = (int) Math.min(nx, Math.ceil(crossings[m + 1]));
                for (int i = from; i < to; i++) {
                    filled += target[row + i] == 0 ? 1 : 0;
                    target[row + i] = 1;
                }
            }
        }
        return filled;
    }

    static double snap(double v) {
        double r = Math.rint(v);
        return Math.abs(v - r) <= SNAP ? r : v;
    }
}
