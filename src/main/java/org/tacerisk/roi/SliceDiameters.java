package org.tacerisk.roi;

import java.util.Arrays;
import org.tacerisk.image.ImageGeometry;

/**
 * Diameters on one axial slice, in the slice's own mm frame (x = i·spacing_i, y = j·spacing_j; the direction
 * matrix is orthonormal, so distances there are distances in the patient).
 *
 * <p>Longest diameter: only the convex hull's vertices can end the longest chord, and the hull of a row-convex
 * picture needs only the first and last pixel of each row, so the search costs O(rows + h²) for h hull vertices.
 *
 * <p>Perpendicular: the pixels are cut into strips perpendicular to the long axis, one pixel spacing (the smaller
 * in-plane spacing) wide; the longest perpendicular is the largest extent of a strip along the perpendicular
 * direction, reported as an exactly perpendicular segment through the strip's centre line.
 */
final class SliceDiameters {

    /** The longest chord of a slice: its squared length in mm² and end pixels {i0, j0, i1, j1}. */
    record Chord(double length2, int[] ends) {
    }

    private SliceDiameters() {
    }

    /** The longest chord between pixel centres of slice words, or null for an empty slice. */
    static Chord longest(long[] words, int nx, int ny, double sx, double sy) {
        if (words == null) {
            return null;
        }
        double[] points = new double[4 * ny];
        int count = 0;
        for (int j = 0; j < ny; j++) {
            int first = SliceBits.nextSetBit(words, nx * j);
            if (first < 0 || first >= nx * (j + 1)) {
                continue;
            }
            int last = SliceBits.previousSetBit(words, nx * (j + 1) - 1);
            points[2 * count] = first - nx * j;
            points[2 * count + 1] = j;
            count++;
            if (last != first) {
                points[2 * count] = last - nx * j;
                points[2 * count + 1] = j;
                count++;
            }
        }
        if (count == 0) {
            return null;
        }
        int[] hull = convexHull(points, count);
        double best = -1;
        int[] ends = null;
        for (int a = 0; a < hull.length; a++) {
            for (int b = a; b < hull.length; b++) {
                double dx = (points[2 * hull[a]] - points[2 * hull[b]]) * sx;
                double dy = (points[2 * hull[a] + 1] - points[2 * hull[b] + 1]) * sy;
                double d2 = dx * dx + dy * dy;
                if (d2 > best) {
                    best = d2;
                    ends = new int[] {(int) points[2 * hull[a]], (int) points[2 * hull[a] + 1],
                        (int) points[2 * hull[b]], (int) points[2 * hull[b] + 1]};
                }
            }
        }
        return new Chord(best, ends);
    }

    /** The RECIST pair on slice k whose longest chord is {@code chord}. */
    static AxialDiameters recist(long[] words, ImageGeometry g, int k, Chord chord) {
        int nx = g.nx();
        double sx = g.spacing(0);
        double sy = g.spacing(1);
        int[] e = chord.ends();
        double ax = e[0] * sx;
        double ay = e[1] * sy;
        double length = Math.sqrt(chord.length2());
        AxialDiameters.Segment longAxis = segment(g, k, e[0], e[1], e[2], e[3], length);
        if (length == 0) {
            return new AxialDiameters(k, longAxis, segment(g, k, e[0], e[1], e[0], e[1], 0));
        }
        double ux = (e[2] * sx - ax) / length;
        double uy = (e[3] * sy - ay) / length;
        double nxDir = -uy;
        double nyDir = ux;
        double width = Math.min(sx, sy);
        int strips = (int) Math.round(length / width) + 1;
        double[] tMin = new double[strips];
        double[] tMax = new double[strips];
        Arrays.fill(tMin, Double.POSITIVE_INFINITY);
        Arrays.fill(tMax, Double.NEGATIVE_INFINITY);
        for (int bit = SliceBits.nextSetBit(words, 0); bit >= 0; bit = SliceBits.nextSetBit(words, bit + 1)) {
            double x = (bit % nx) * sx - ax;
            double y = (bit / nx) * sy - ay;
            int strip = (int) Math.round((x * ux + y * uy) / width);
            if (strip < 0 || strip >= strips) {
                continue;
            }
            double t = x * nxDir + y * nyDir;
            tMin[strip] = Math.min(tMin[strip], t);
            tMax[strip] = Math.max(tMax[strip], t);
        }
        int bestStrip = 0;
        for (int s = 1; s < strips; s++) {
            if (tMax[s] - tMin[s] > tMax[bestStrip] - tMin[bestStrip]) {
                bestStrip = s;
            }
        }
        double s = bestStrip * width;
        double x0 = ax + s * ux + tMin[bestStrip] * nxDir;
        double y0 = ay + s * uy + tMin[bestStrip] * nyDir;
        double x1 = ax + s * ux + tMax[bestStrip] * nxDir;
        double y1 = ay + s * uy + tMax[bestStrip] * nyDir;
        AxialDiameters.Segment shortAxis = segment(g, k, x0 / sx, y0 / sy, x1 / sx, y1 / sy,
                tMax[bestStrip] - tMin[bestStrip]);
        return new AxialDiameters(k, longAxis, shortAxis);
    }

    private static AxialDiameters.Segment segment(ImageGeometry g, int k, double i0, double j0, double i1, double j1,
            double lengthMm) {
        return new AxialDiameters.Segment(new double[] {i0, j0, k}, new double[] {i1, j1, k},
                g.indexToPhysical(i0, j0, k), g.indexToPhysical(i1, j1, k), lengthMm);
    }

    /** Andrew's monotone chain; returns indices of the hull's vertices (collinear points dropped). */
    private static int[] convexHull(double[] p, int count) {
        Integer[] order = new Integer[count];
        for (int n = 0; n < count; n++) {
            order[n] = n;
        }
        Arrays.sort(order, (a, b) -> p[2 * a] != p[2 * b] ? Double.compare(p[2 * a], p[2 * b])
                : Double.compare(p[2 * a + 1], p[2 * b + 1]));
        if (count < 3) {
            return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
        }
        int[] hull = new int[2 * count];
        int h = 0;
        for (int n = 0; n < count; n++) {
            while (h >= 2 && cross(p, hull[h - 2], hull[h - 1], order[n]) <= 0) {
                h--;
            }
            hull[h++] = order[n];
        }
        for (int n = count - 2, lower = h + 1; n >= 0; n--) {
            while (h >= lower && cross(p, hull[h - 2], hull[h - 1], order[n]) <= 0) {
                h--;
            }
            hull[h++] = order[n];
        }
        return Arrays.copyOf(hull, Math.max(1, h - 1));
    }

    private static double cross(double[] p, int o, int a, int b) {
        return (p[2 * a] - p[2 * o]) * (p[2 * b + 1] - p[2 * o + 1]) - (p[2 * a + 1] - p[2 * o + 1]) * (p[2 * b] - p[2 * o]);
    }
}
