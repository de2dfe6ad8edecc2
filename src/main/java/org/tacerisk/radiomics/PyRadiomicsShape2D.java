package org.tacerisk.radiomics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tacerisk.radiomics.morphology.MarchingCubes;
import org.tacerisk.radiomics.morphology.SurfaceMesh;

/**
 * PyRadiomics' three 2D maximum diameters, which IBSI does not define; computed only in
 * {@link Conventions#PYRADIOMICS} conventions. Each is the largest distance between two surface-mesh vertices that
 * share one coordinate: Maximum2DDiameterSlice the same z (axial plane), Maximum2DDiameterColumn the same y,
 * Maximum2DDiameterRow the same x (PyRadiomics' vertex order z, y, x). The vertices are those of every edge between
 * an inside and an outside voxel, whichever marching-cubes table builds the faces, so they equal PyRadiomics'.
 * Per plane only the vertices of its 2D convex hull can be the farthest pair.
 */
final class PyRadiomicsShape2D implements FamilyCalculator {

    @Override
    public Family family() {
        return Family.MORPHOLOGY;
    }

    @Override
    public List<FeatureValue> compute(ProcessedRoi roi, FamilyContext context) {
        var g = roi.grid();
        if (roi.morphologicalVoxelCount() == 0) {
            return List.of();
        }
        SurfaceMesh mesh = MarchingCubes.mesh(roi.morphologicalMask(), g.nx(), g.ny(), g.nz(), g.spacing(),
                context.progress());
        return List.of(value("Maximum2DDiameterSlice", diameter(mesh, 2)),
                value("Maximum2DDiameterColumn", diameter(mesh, 1)),
                value("Maximum2DDiameterRow", diameter(mesh, 0)));
    }

    private static FeatureValue value(String name, double v) {
        return new FeatureValue(Family.MORPHOLOGY, name + " (PyRadiomics)", "", "", "", "original_shape_" + name, v,
                "");
    }

    /** The largest distance (mm) between vertices with the same half-coordinate along {@code fixed}. */
    static double diameter(SurfaceMesh mesh, int fixed) {
        int a = fixed == 0 ? 1 : 0;
        int b = fixed == 2 ? 1 : 2;
        int[] h = mesh.halfCoordinates();
        Map<Integer, List<Integer>> planes = new HashMap<>();
        for (int v = 0; v < mesh.vertexCount(); v++) {
            planes.computeIfAbsent(h[3 * v + fixed], k -> new ArrayList<>()).add(v);
        }
        double best = 0;
        for (List<Integer> plane : planes.values()) {
            int[] hull = hull(plane, h, a, b);
            for (int p = 0; p < hull.length; p++) {
                for (int q = p + 1; q < hull.length; q++) {
                    double da = mesh.position(hull[p], a) - mesh.position(hull[q], a);
                    double db = mesh.position(hull[p], b) - mesh.position(hull[q], b);
                    best = Math.max(best, da * da + db * db);
                }
            }
        }
        return Math.sqrt(best);
    }

    /** Andrew's monotone chain on the integer half-coordinates (collinear points dropped). */
    private static int[] hull(List<Integer> vertices, int[] h, int a, int b) {
        Integer[] v = vertices.toArray(new Integer[0]);
        Arrays.sort(v, (p, q) -> h[3 * p + a] != h[3 * q + a] ? Integer.compare(h[3 * p + a], h[3 * q + a])
                : Integer.compare(h[3 * p + b], h[3 * q + b]));
        if (v.length < 3) {
            return Arrays.stream(v).mapToInt(Integer::intValue).toArray();
        }
        int[] out = new int[2 * v.length];
        int k = 0;
        for (int pass = 0; pass < 2; pass++) {
            int start = k;
            for (int i = 0; i < v.length; i++) {
                int p = pass == 0 ? v[i] : v[v.length - 1 - i];
                while (k >= start + 2 && cross(h, out[k - 2], out[k - 1], p, a, b) <= 0) {
                    k--;
                }
                out[k++] = p;
            }
            k--;
        }
        return Arrays.copyOf(out, Math.max(k, 1));
    }

    private static long cross(int[] h, int o, int p, int q, int a, int b) {
        long ax = h[3 * p + a] - h[3 * o + a];
        long ay = h[3 * p + b] - h[3 * o + b];
        long bx = h[3 * q + a] - h[3 * o + a];
        long by = h[3 * q + b] - h[3 * o + b];
        return ax * by - ay * bx;
    }
}
