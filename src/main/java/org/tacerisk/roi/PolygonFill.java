package org.tacerisk.roi;

import java.util.Arrays;
import org.tacerisk.image.ImageGeometry;

/**
 * The polygon and freehand tools: a closed outline on one plane, filled by the even–odd rule (a loop inside the
 * outline is a hole). Points are plane coordinates (continuous voxel indices u, v); the outline closes from the last
 * point back to the first, so a freehand polyline is filled the same way. A voxel is inside when its centre is:
 * rows are scanned at integer v, and on a row the centres with x_left ≤ u < x_right of each crossing pair are filled
 * (half-open, as in {@code dicom.ContourRasteriser}, so a square with corners (1, 1) and (3, 3) covers exactly
 * u, v ∈ {1, 2}).
 */
public final class PolygonFill {

    /** Whether the enclosed voxels are added to the mask or removed from it. */
    public enum Mode { ADD, REMOVE }

    private PolygonFill() {
    }

    /**
     * Fills the outline {@code uv} = {u0, v0, u1, v1, …} on {@code plane}.
     *
     * @return the number of voxels whose state changed
     * @throws RoiToolException with fewer than three points, or when the outline encloses no voxel centre of the
     *                          grid
     */
    public static int fill(EditableMask mask, SlicePlane plane, double[] uv, Mode mode) {
        ImageGeometry g = mask.geometry();
        Planes.require(g, plane);
        int points = uv.length / 2;
        if (points < 3 || uv.length % 2 != 0) {
            throw new RoiToolException(RoiToolException.Problem.TOO_FEW_POINTS,
                    "an outline needs at least 3 points; it has " + points, points);
        }
        for (double c : uv) {
            if (!Double.isFinite(c)) {
                throw new IllegalArgumentException("outline point is not a finite number: " + Arrays.toString(uv));
            }
        }
        int width = plane.orientation().width(g);
        int height = plane.orientation().height(g);
        double minV = Double.POSITIVE_INFINITY;
        double maxV = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < points; p++) {
            minV = Math.min(minV, uv[2 * p + 1]);
            maxV = Math.max(maxV, uv[2 * p + 1]);
        }
        int firstRow = (int) Math.max(0, Math.ceil(minV));
        int lastRow = (int) Math.min(height - 1, Math.ceil(maxV) - 1);
        double[] crossings = new double[points];
        int[][] runs = new int[Math.max(0, lastRow - firstRow + 1)][];
        int enclosed = 0;
        for (int v = firstRow; v <= lastRow; v++) {
            int n = 0;
            for (int p = 0; p < points; p++) {
                int q = (p + 1) % points;
                double y0 = uv[2 * p + 1];
                double y1 = uv[2 * q + 1];
                // half-open in v: an edge counts on rows y_low ≤ v < y_high, so a vertex is crossed once
                if (y0 <= v && v < y1 || y1 <= v && v < y0) {
                    double x0 = uv[2 * p];
                    double x1 = uv[2 * q];
                    crossings[n++] = x0 + (v - y0) * (x1 - x0) / (y1 - y0);
                }
            }
            Arrays.sort(crossings, 0, n);
            int[] row = new int[n];
            for (int c = 0; c + 1 < n; c += 2) {
                int from = (int) Math.max(0, Math.ceil(crossings[c]));
                int to = (int) Math.min(width - 1, Math.ceil(crossings[c + 1]) - 1);
                row[c] = from;
                row[c + 1] = to;
                enclosed += Math.max(0, to - from + 1);
            }
            runs[v - firstRow] = row;
        }
        if (enclosed == 0) {
            throw new RoiToolException(RoiToolException.Problem.ENCLOSES_NO_VOXEL,
                    "the outline encloses no voxel centre of the " + plane.orientation().name()
                            .toLowerCase(java.util.Locale.ROOT) + " slice " + plane.index());
        }
        int changed = 0;
        boolean inside = mode == Mode.ADD;
        for (int v = firstRow; v <= lastRow; v++) {
            int[] row = runs[v - firstRow];
            for (int c = 0; c + 1 < row.length; c += 2) {
                changed += Planes.fillRun(mask, plane, v, row[c], row[c + 1], inside);
            }
        }
        return changed;
    }
}
