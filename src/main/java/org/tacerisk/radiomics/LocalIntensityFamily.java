package org.tacerisk.radiomics;

import java.util.List;
import org.tacerisk.image.ImageGeometry;

/**
 * IBSI-1 local intensity features (family 9ST6): local intensity peak (VJGA) and global intensity peak (0F91).
 * Both are means over a 1 cm³ sphere, r = (3 / 4π)^(1/3) cm ≈ 6.2 mm, of the voxels whose centres lie within r of
 * a centre voxel (world distances, mm). Centres are intensity-mask voxels, but the sphere takes every voxel of the
 * grid, inside the ROI or not, as the manual requires; voxels beyond the edge of the grid do not exist and are
 * not counted. The sphere is sliced into rows along i, and each row sum comes from a prefix sum, so a mean costs
 * one subtraction per row of the sphere instead of one addition per voxel. Stateless.
 */
public final class LocalIntensityFamily implements FamilyCalculator {

    /** Radius in mm of a sphere of 1 cm³. */
    public static final double RADIUS_MM = 10 * Math.cbrt(3 / (4 * Math.PI));

    public LocalIntensityFamily() {
    }

    @Override
    public Family family() {
        return Family.LOCAL_INTENSITY;
    }

    @Override
    public List<FeatureValue> compute(ProcessedRoi roi, FamilyContext context) {
        byte[] mask = roi.intensityMask();
        float[] x = roi.intensities();
        float max = Float.NEGATIVE_INFINITY;
        int count = 0;
        for (int n = 0; n < mask.length; n++) {
            if (mask[n] != 0) {
                count++;
                max = Math.max(max, x[n]);
            }
        }
        if (count == 0) {
            String why = "intensity mask is empty";
            return List.of(
                    FeatureValue.undefined(Family.LOCAL_INTENSITY, "Local intensity peak", "VJGA", "", "", why),
                    FeatureValue.undefined(Family.LOCAL_INTENSITY, "Global intensity peak", "0F91", "", "", why));
        }
        SphereMeans sphere = new SphereMeans(roi.grid(), x, mask);
        double local = Double.NEGATIVE_INFINITY;
        double global = Double.NEGATIVE_INFINITY;
        ImageGeometry g = roi.grid();
        int n = 0;
        for (int k = 0; k < g.nz(); k++) {
            context.progress().checkCancelled();
            for (int j = 0; j < g.ny(); j++) {
                for (int i = 0; i < g.nx(); i++, n++) {
                    if (mask[n] != 0) {
                        double mean = sphere.mean(i, j, k);
                        global = Math.max(global, mean);
                        // several voxels may share the maximum: IBSI takes the highest of their peaks
                        if (x[n] == max) {
                            local = Math.max(local, mean);
                        }
                    }
                }
            }
        }
        return List.of(FeatureValue.of(Family.LOCAL_INTENSITY, "Local intensity peak", "VJGA", "", "", local),
                FeatureValue.of(Family.LOCAL_INTENSITY, "Global intensity peak", "0F91", "", "", global));
    }

    /** Sphere means on one grid: the sphere's rows and the prefix sums of the grid rows it can reach. */
    private static final class SphereMeans {
        private final int nx;
        private final int ny;
        private final int nz;
        private final int[] rowDj;
        private final int[] rowDk;
        private final int[] rowHalfWidth;
        private final int j0;
        private final int k0;
        private final int rowsJ;
        private final double[] prefix;

        SphereMeans(ImageGeometry g, float[] x, byte[] mask) {
            nx = g.nx();
            ny = g.ny();
            nz = g.nz();
            double sx = g.spacing(0);
            double sy = g.spacing(1);
            double sz = g.spacing(2);
            double r2 = RADIUS_MM * RADIUS_MM;
            int reachJ = (int) Math.floor(RADIUS_MM / sy);
            int reachK = (int) Math.floor(RADIUS_MM / sz);
            int rows = (2 * reachJ + 1) * (2 * reachK + 1);
            int[] dj = new int[rows];
            int[] dk = new int[rows];
            int[] half = new int[rows];
            int used = 0;
            for (int b = -reachK; b <= reachK; b++) {
                for (int a = -reachJ; a <= reachJ; a++) {
                    double rest = r2 - (a * sy) * (a * sy) - (b * sz) * (b * sz);
                    if (rest < 0) {
                        continue;
                    }
                    int w = (int) Math.floor(Math.sqrt(rest) / sx);
                    // settle the boundary with the same squared comparison as the definition: d ≤ r
                    while ((w + 1) * sx * ((w + 1) * sx) <= rest) {
                        w++;
                    }
                    while (w > 0 && w * sx * (w * sx) > rest) {
                        w--;
                    }
                    dj[used] = a;
                    dk[used] = b;
                    half[used] = w;
                    used++;
                }
            }
            rowDj = java.util.Arrays.copyOf(dj, used);
            rowDk = java.util.Arrays.copyOf(dk, used);
            rowHalfWidth = java.util.Arrays.copyOf(half, used);
            // prefix sums only for the grid rows that spheres centred in the mask can touch
            int[] box = org.tacerisk.image.BoundingBox.of(mask, nx, ny, nz);
            j0 = Math.max(0, box[1] - reachJ);
            int j1 = Math.min(ny - 1, box[4] + reachJ);
            k0 = Math.max(0, box[2] - reachK);
            int k1 = Math.min(nz - 1, box[5] + reachK);
            rowsJ = j1 - j0 + 1;
            prefix = new double[(nx + 1) * rowsJ * (k1 - k0 + 1)];
            for (int k = k0; k <= k1; k++) {
                for (int j = j0; j <= j1; j++) {
                    int row = (nx + 1) * ((j - j0) + rowsJ * (k - k0));
                    int src = nx * (j + ny * k);
                    double sum = 0;
                    for (int i = 0; i < nx; i++) {
                        sum += x[src + i];
                        prefix[row + i + 1] = sum;
                    }
                }
            }
        }

        double mean(int i, int j, int k) {
            double sum = 0;
            long count = 0;
            for (int r = 0; r < rowDj.length; r++) {
                int jj = j + rowDj[r];
                int kk = k + rowDk[r];
                if (jj < 0 || jj >= ny || kk < 0 || kk >= nz) {
                    continue;
                }
                int lo = Math.max(0, i - rowHalfWidth[r]);
                int hi = Math.min(nx - 1, i + rowHalfWidth[r]);
                int row = (nx + 1) * ((jj - j0) + rowsJ * (kk - k0));
                sum += prefix[row + hi + 1] - prefix[row + lo];
                count += hi - lo + 1;
            }
            return sum / count;
        }
    }
}
