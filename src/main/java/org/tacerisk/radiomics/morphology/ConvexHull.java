package org.tacerisk.radiomics.morphology;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tacerisk.common.Progress;

/**
 * The 3D convex hull of integer points by quickhull (Barber, Dobkin &amp; Huhdanpaa 1996), with every orientation
 * test done exactly in 64-bit integers. Mesh vertices of a voxel mask lie on a half-voxel lattice, so their
 * coordinates are small integers and huge numbers of them are coplanar; floating-point quickhull with epsilons is
 * fragile there, exact predicates are not. A point counts as outside a face only when strictly above its plane,
 * so coplanar points never create flat slivers; the hull is returned as a closed, outward-oriented triangulation
 * (coplanar triangles allowed). Used for the maximum 3D diameter (L0JK), convex-hull densities (R3ER, 7T7F),
 * MVEE (SWZ1, BRI8) and the oriented bounding box (ZH1A, IQYR).
 *
 * <p>Coordinates must satisfy |x| &lt; 2<sup>20</sup> so that the determinants fit a {@code long}.
 */
public final class ConvexHull {

    private final int[] faces;
    private final int[] vertices;

    private ConvexHull(int[] faces, int[] vertices) {
        this.faces = faces;
        this.vertices = vertices;
    }

    /** Three point indices per face, counter-clockwise seen from outside. */
    public int[] faces() {
        return faces.clone();
    }

    /** Indices of the points that are vertices of the hull triangulation. */
    public int[] vertices() {
        return vertices.clone();
    }

    /**
     * The hull of the points {@code xyz} (x, y, z per point).
     *
     * @throws IllegalArgumentException when all points are coplanar (the hull has no volume)
     */
    public static ConvexHull of(int[] xyz) {
        return of(xyz, Progress.NONE);
    }

    /** As {@link #of(int[])}, checking for cancellation while points are added. */
    public static ConvexHull of(int[] xyz, Progress progress) {
        return new Builder(xyz, progress).build();
    }

    private static final class Face {
        final int a;
        final int b;
        final int c;
        final long nx;
        final long ny;
        final long nz;
        final long offset;
        final double normLength;
        final Face[] neighbour = new Face[3];
        IntList outside;
        int furthest = -1;
        double furthestDistance;
        boolean deleted;

        Face(int[] p, int a, int b, int c) {
            this.a = a;
            this.b = b;
            this.c = c;
            long ux = p[3 * b] - p[3 * a];
            long uy = p[3 * b + 1] - p[3 * a + 1];
            long uz = p[3 * b + 2] - p[3 * a + 2];
            long vx = p[3 * c] - p[3 * a];
            long vy = p[3 * c + 1] - p[3 * a + 1];
            long vz = p[3 * c + 2] - p[3 * a + 2];
            nx = uy * vz - uz * vy;
            ny = uz * vx - ux * vz;
            nz = ux * vy - uy * vx;
            offset = nx * p[3 * a] + ny * p[3 * a + 1] + nz * p[3 * a + 2];
            normLength = Math.sqrt((double) nx * nx + (double) ny * ny + (double) nz * nz);
        }

        /** Positive when point q is strictly above the plane (exact). */
        long height(int[] p, int q) {
            return nx * p[3 * q] + ny * p[3 * q + 1] + nz * p[3 * q + 2] - offset;
        }

        int vertex(int edge) {
            return edge == 0 ? a : edge == 1 ? b : c;
        }

        void addOutside(int q, long height) {
            if (outside == null) {
                outside = new IntList(8);
            }
            outside.add(q);
            double distance = height / normLength;
            if (distance > furthestDistance || furthest < 0) {
                furthest = q;
                furthestDistance = distance;
            }
        }
    }

    private static final class Builder {
        private final int[] p;
        private final int n;
        private final List<Face> allFaces = new ArrayList<>();
        private final ArrayDeque<Face> pending = new ArrayDeque<>();
        private final Progress progress;

        Builder(int[] xyz, Progress progress) {
            this.progress = progress;
            if (xyz.length % 3 != 0) {
                throw new IllegalArgumentException("coordinates come in triples");
            }
            for (int x : xyz) {
                if (Math.abs(x) >= 1 << 20) {
                    throw new IllegalArgumentException("coordinate too large for exact arithmetic: " + x);
                }
            }
            this.p = xyz;
            this.n = xyz.length / 3;
        }

        ConvexHull build() {
            Face[] simplex = initialSimplex();
            IntList all = new IntList(n);
            for (int q = 0; q < n; q++) {
                all.add(q);
            }
            assign(all, simplex);
            for (int added = 0; !pending.isEmpty(); added++) {
                if ((added & 0xFF) == 0) {
                    progress.checkCancelled();
                }
                Face face = pending.poll();
                if (!face.deleted && face.outside != null && face.outside.size() > 0) {
                    addPoint(face);
                }
            }
            IntList faceList = new IntList(allFaces.size());
            boolean[] isVertex = new boolean[n];
            for (Face f : allFaces) {
                if (!f.deleted) {
                    faceList.add(f.a);
                    faceList.add(f.b);
                    faceList.add(f.c);
                    isVertex[f.a] = true;
                    isVertex[f.b] = true;
                    isVertex[f.c] = true;
                }
            }
            IntList vertexList = new IntList(64);
            for (int q = 0; q < n; q++) {
                if (isVertex[q]) {
                    vertexList.add(q);
                }
            }
            return new ConvexHull(faceList.toArray(), vertexList.toArray());
        }

        private Face[] initialSimplex() {
            if (n < 4) {
                throw new IllegalArgumentException("a 3D hull needs at least 4 points");
            }
            // two extreme points along the axis with the largest extent
            int bestAxis = 0;
            int lo = 0;
            int hi = 0;
            long bestExtent = -1;
            for (int axis = 0; axis < 3; axis++) {
                int min = 0;
                int max = 0;
                for (int q = 1; q < n; q++) {
                    if (p[3 * q + axis] < p[3 * min + axis]) {
                        min = q;
                    }
                    if (p[3 * q + axis] > p[3 * max + axis]) {
                        max = q;
                    }
                }
                long extent = (long) p[3 * max + axis] - p[3 * min + axis];
                if (extent > bestExtent) {
                    bestExtent = extent;
                    bestAxis = axis;
                    lo = min;
                    hi = max;
                }
            }
            if (bestExtent == 0) {
                throw new IllegalArgumentException("all points coincide");
            }
            // the point furthest from the line lo-hi
            int third = -1;
            long bestCross = 0;
            for (int q = 0; q < n; q++) {
                long ux = p[3 * hi] - p[3 * lo];
                long uy = p[3 * hi + 1] - p[3 * lo + 1];
                long uz = p[3 * hi + 2] - p[3 * lo + 2];
                long vx = p[3 * q] - p[3 * lo];
                long vy = p[3 * q + 1] - p[3 * lo + 1];
                long vz = p[3 * q + 2] - p[3 * lo + 2];
                long cx = uy * vz - uz * vy;
                long cy = uz * vx - ux * vz;
                long cz = ux * vy - uy * vx;
                long cross = cx * cx + cy * cy + cz * cz;
                if (cross > bestCross) {
                    bestCross = cross;
                    third = q;
                }
            }
            if (third < 0) {
                throw new IllegalArgumentException("all points are collinear");
            }
            Face base = new Face(p, lo, hi, third);
            int fourth = -1;
            long bestHeight = 0;
            for (int q = 0; q < n; q++) {
                long h = Math.abs(base.height(p, q));
                if (h > bestHeight) {
                    bestHeight = h;
                    fourth = q;
                }
            }
            if (fourth < 0) {
                throw new IllegalArgumentException("all points are coplanar");
            }
            int a = lo;
            int b = hi;
            int c = third;
            if (base.height(p, fourth) > 0) {
                // the apex must lie below the base so that the base's normal points outwards
                int t = b;
                b = c;
                c = t;
            }
            Face f0 = newFace(a, b, c);
            Face f1 = newFace(a, fourth, b);
            Face f2 = newFace(b, fourth, c);
            Face f3 = newFace(c, fourth, a);
            link(f0, 0, f1);
            link(f0, 1, f2);
            link(f0, 2, f3);
            link(f1, 1, f2);
            link(f2, 1, f3);
            link(f3, 1, f1);
            return new Face[] {f0, f1, f2, f3};
        }

        private Face newFace(int a, int b, int c) {
            Face f = new Face(p, a, b, c);
            allFaces.add(f);
            return f;
        }

        /** Makes {@code g} the neighbour of {@code f} across f's edge {@code edge}, and f g's neighbour back. */
        private static void link(Face f, int edge, Face g) {
            f.neighbour[edge] = g;
            int from = f.vertex(edge);
            int to = f.vertex((edge + 1) % 3);
            for (int e = 0; e < 3; e++) {
                if (g.vertex(e) == to && g.vertex((e + 1) % 3) == from) {
                    g.neighbour[e] = f;
                    return;
                }
            }
            throw new IllegalStateException("faces do not share the edge " + from + "-" + to);
        }

        /** Gives each point to the first face it is strictly above; points above none are inside and dropped. */
        private void assign(IntList points, Face[] faces) {
            for (int k = 0; k < points.size(); k++) {
                int q = points.get(k);
                for (Face f : faces) {
                    long h = f.height(p, q);
                    if (h > 0) {
                        f.addOutside(q, h);
                        break;
                    }
                }
            }
            for (Face f : faces) {
                if (f.outside != null && f.outside.size() > 0) {
                    pending.add(f);
                }
            }
        }

        private void addPoint(Face start) {
            int apex = start.furthest;
            List<Face> visible = new ArrayList<>();
            List<int[]> horizon = new ArrayList<>(); // {from, to} as oriented in the visible face
            List<Face> beyond = new ArrayList<>(); // the non-visible face across each horizon edge
            start.deleted = true;
            ArrayDeque<Face> stack = new ArrayDeque<>();
            stack.push(start);
            visible.add(start);
            while (!stack.isEmpty()) {
                Face f = stack.pop();
                for (int e = 0; e < 3; e++) {
                    Face g = f.neighbour[e];
                    if (g.deleted) {
                        continue;
                    }
                    if (g.height(p, apex) > 0) {
                        g.deleted = true;
                        visible.add(g);
                        stack.push(g);
                    } else {
                        horizon.add(new int[] {f.vertex(e), f.vertex((e + 1) % 3)});
                        beyond.add(g);
                    }
                }
            }
            Map<Integer, Face> byStart = new HashMap<>();
            Face[] created = new Face[horizon.size()];
            for (int h = 0; h < horizon.size(); h++) {
                int[] edge = horizon.get(h);
                Face f = newFace(edge[0], edge[1], apex);
                created[h] = f;
                link(f, 0, beyond.get(h));
                byStart.put(edge[0], f);
            }
            for (Face f : created) {
                // edge 1 runs (to, apex); across it lies the new face whose horizon edge starts at 'to'
                Face g = byStart.get(f.b);
                if (g == null) {
                    throw new IllegalStateException("horizon is not a closed loop");
                }
                link(f, 1, g);
            }
            IntList orphans = new IntList(64);
            for (Face f : visible) {
                if (f.outside != null) {
                    for (int k = 0; k < f.outside.size(); k++) {
                        int q = f.outside.get(k);
                        if (q != apex) {
                            orphans.add(q);
                        }
                    }
                    f.outside = null;
                }
            }
            assign(orphans, created);
        }
    }
}
