package org.tacerisk.radiomics.morphology;

import java.util.Arrays;

/**
 * The minimum-area rectangle enclosing 2D points: convex hull by Andrew's monotone chain, then every hull edge
 * direction is tried (the optimal rectangle has a side collinear with a hull edge; Freeman &amp; Shapira 1975).
 * Used by {@link OrientedBoundingBox}.
 */
final class MinimumAreaRectangle {

    private MinimumAreaRectangle() {
    }

    /** {side along the supporting edge, other side} of the smallest rectangle around the first n points. */
    static double[] of(double[] xy, int n) {
        double[][] hull = hull(xy, n);
        int m = hull.length;
        if (m < 3) {
            double w = 0;
            for (int a = 0; a < m; a++) {
                for (int b = a + 1; b < m; b++) {
                    w = Math.max(w, Math.hypot(hull[a][0] - hull[b][0], hull[a][1] - hull[b][1]));
                }
            }
            return new double[] {w, 0};
        }
        double scale = 0;
        for (double[] p : hull) {
            scale = Math.max(scale, Math.abs(p[0]) + Math.abs(p[1]));
        }
        double bestArea = Double.POSITIVE_INFINITY;
        double[] best = {0, 0};
        for (int i = 0; i < m; i++) {
            double[] p = hull[i];
            double[] q = hull[(i + 1) % m];
            double ux = q[0] - p[0];
            double uy = q[1] - p[1];
            double len = Math.hypot(ux, uy);
            if (len <= 1e-12 * scale) {
                continue; // a rounding-length edge has no reliable direction
            }
            ux /= len;
            uy /= len;
            // every hull vertex against every edge direction: the hull of a projected hull has few vertices,
            // and this stays right where rounding makes the polygon slightly non-convex
            double minU = Double.POSITIVE_INFINITY;
            double maxU = Double.NEGATIVE_INFINITY;
            double minV = Double.POSITIVE_INFINITY;
            double maxV = Double.NEGATIVE_INFINITY;
            for (double[] r : hull) {
                double du = dot(r, ux, uy, p);
                double dv = dot(r, -uy, ux, p);
                minU = Math.min(minU, du);
                maxU = Math.max(maxU, du);
                minV = Math.min(minV, dv);
                maxV = Math.max(maxV, dv);
            }
            double area = (maxU - minU) * (maxV - minV);
            if (area < bestArea) {
                bestArea = area;
                best = new double[] {maxU - minU, maxV - minV};
            }
        }
        return best;
    }

    private static double dot(double[] point, double dx, double dy, double[] origin) {
        return (point[0] - origin[0]) * dx + (point[1] - origin[1]) * dy;
    }

    /** Convex hull, counter-clockwise, without collinear points. */
    static double[][] hull(double[] xy, int n) {
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> xy[2 * a] != xy[2 * b] ? Double.compare(xy[2 * a], xy[2 * b])
                : Double.compare(xy[2 * a + 1], xy[2 * b + 1]));
        double[][] h = new double[2 * n][];
        int size = 0;
        for (int pass = 0; pass < 2; pass++) {
            int start = size;
            for (int t = 0; t < n; t++) {
                int k = order[pass == 0 ? t : n - 1 - t];
                double[] pt = {xy[2 * k], xy[2 * k + 1]};
                while (size >= start + 2 && cross(h[size - 2], h[size - 1], pt) <= 0) {
                    size--;
                }
                h[size++] = pt;
            }
            size--; // the last point of each chain starts the other
        }
        return Arrays.copyOf(h, Math.max(size, 1));
    }

    private static double cross(double[] o, double[] a, double[] b) {
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
    }
}
