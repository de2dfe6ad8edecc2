package org.tacerisk.roi;

import java.util.Arrays;
import org.tacerisk.image.ImageGeometry;

/**
 * Diameters on one axial slice between pixel centres, in the slice's own mm frame (x = i·spacing_i,
 * y = j·spacing_j; the direction matrix is orthonormal, so distances there are distances in the patient).
 *
 * <p>Longest diameter: the largest distance between two pixel centres. Only the convex hull's vertices can end it,
 * and the hull of all pixels is the hull of the first and last pixel of each row, so the search costs
 * O(rows + h²) for h hull vertices.
 *
 * <p>Perpendicular: pixel centres rarely lie exactly across the long axis from each other, so the perpendicular is
 * the largest distance across the long axis between two boundary pixels that lie no more than one pixel spacing
 * (the smaller in-plane spacing) apart along it; it is reported as a segment exactly perpendicular to the long
 * axis, midway between the two.
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
        // boundary pixels as (s, t): position along the long axis and across it, in mm from its start
        int ny = g.ny();
        double[] along = new double[SliceBits.count(words)];
        double[] across = new double[along.length];
        int count = 0;
        for (int bit = SliceBits.nextSetBit(words, 0); bit >= 0; bit = SliceBits.nextSetBit(words, bit + 1)) {
            int i = bit % nx;
            int j = bit / nx;
            if (i > 0 && i < nx - 1 && j > 0 && j < ny - 1 && SliceBits.get(words, bit - 1)
                    && SliceBits.get(words, bit + 1) && SliceBits.get(words, bit - nx) && SliceBits.get(words, bit + nx)) {
                continue;
            }
            double x = i * sx - ax;
            double y = j * sy - ay;
            along[count] = x * ux + y * uy;
            across[count] = x * nxDir + y * nyDir;
            count++;
        }
        Integer[] order = new Integer[count];
        for (int n = 0; n < count; n++) {
            order[n] = n;
        }
        Arrays.sort(order, (p, q) -> Double.compare(along[p], along[q]));
        // the longest pair no more than one pixel apart along the long axis, measured across it
        double window = Math.min(sx, sy) * (1 + 1e-9);
        double best = -1;
        int bestA = order[0];
        int bestB = order[0];
        for (int p = 0; p < count; p++) {
            int a = order[p];
            for (int q = p; q < count && along[order[q]] - along[a] <= window; q++) {
                int b = order[q];
                double width = Math.abs(across[b] - across[a]);
                if (width > best) {
                    best = width;
                    bestA = a;
                    bestB = b;
                }
            }
        }
        // drawn exactly perpendicular, midway between the pair along the long axis
        double s = (along[bestA] + along[bestB]) / 2;
        double x0 = ax + s * ux + across[bestA] * nxDir;
        double y0 = ay + s * uy + across[bestA] * nyDir;
        double x1 = ax + s * ux + across[bestB] * nxDir;
        double y1 = ay + s * uy + across[bestB] * nyDir;
        AxialDiameters.Segment shortAxis = segment(g, k, x0 / sx, y0 / sy, x1 / sx, y1 / sy, best);
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
