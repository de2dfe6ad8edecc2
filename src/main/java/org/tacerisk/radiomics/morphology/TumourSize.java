package org.tacerisk.radiomics.morphology;

import java.util.ArrayList;
import java.util.List;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;

/**
 * The measured size of a tumour mask, as a radiologist reads it beside the outline (and the ROI editor shows it as
 * the outline changes): its volume, and its <b>maximum 3D diameter</b>, the largest distance between the centres of
 * two mask voxels, in cm (close to the longest diameter a radiologist measures; unlike the equivalent-sphere
 * diameter it does not shrink for elongated tumours). Only convex-hull vertices can be the ends of the longest
 * chord, so the pairwise search runs over them.
 */
public final class TumourSize {

    private TumourSize() {
    }

    /** Volume in mL: voxels × voxel volume (1 mL = 1000 mm³); 0 for an empty mask. */
    public static double volumeMl(Mask mask) {
        double[] s = mask.geometry().spacing();
        return mask.count() * s[0] * s[1] * s[2] / 1000;
    }

    /** Maximum 3D diameter between voxel centres in cm; 0 for a single voxel, NaN for an empty mask. */
    public static double maxDiameterCm(Mask mask) {
        ImageGeometry g = mask.geometry();
        List<int[]> boundary = new ArrayList<>();
        for (int k = 0; k < g.nz(); k++) {
            for (int j = 0; j < g.ny(); j++) {
                for (int i = 0; i < g.nx(); i++) {
                    if (mask.contains(i, j, k) && onBoundary(mask, i, j, k)) {
                        boundary.add(new int[] {i, j, k});
                    }
                }
            }
        }
        if (boundary.isEmpty()) {
            return Double.NaN;
        }
        int[] xyz = new int[boundary.size() * 3];
        for (int p = 0; p < boundary.size(); p++) {
            System.arraycopy(boundary.get(p), 0, xyz, 3 * p, 3);
        }
        int[] candidates;
        try {
            candidates = ConvexHull.of(xyz).vertices();
        } catch (IllegalArgumentException flat) {
            // all centres coplanar (a one-slice mask): every boundary voxel is a candidate
            candidates = java.util.stream.IntStream.range(0, boundary.size()).toArray();
        }
        double[] s = g.spacing();
        double best = 0;
        for (int a = 0; a < candidates.length; a++) {
            int[] p = boundary.get(candidates[a]);
            for (int b = a + 1; b < candidates.length; b++) {
                int[] q = boundary.get(candidates[b]);
                double dx = (p[0] - q[0]) * s[0];
                double dy = (p[1] - q[1]) * s[1];
                double dz = (p[2] - q[2]) * s[2];
                best = Math.max(best, dx * dx + dy * dy + dz * dz);
            }
        }
        return Math.sqrt(best) / 10;
    }

    private static boolean onBoundary(Mask m, int i, int j, int k) {
        ImageGeometry g = m.geometry();
        int[][] n = {{i - 1, j, k}, {i + 1, j, k}, {i, j - 1, k}, {i, j + 1, k}, {i, j, k - 1}, {i, j, k + 1}};
        for (int[] v : n) {
            if (!g.contains(v[0], v[1], v[2]) || !m.contains(v[0], v[1], v[2])) {
                return true;
            }
        }
        return false;
    }
}
