package org.tacerisk.roi;

/**
 * Exact squared Euclidean distance transform in mm² on an anisotropic grid (Felzenszwalb & Huttenlocher, "Distance
 * transforms of sampled functions", Theory of Computing 8, 2012): one pass per axis, each the lower envelope of
 * parabolas {@code f(q) + (s·(p − q))²}. Linear in the number of voxels, whatever the distances.
 */
final class DistanceTransform {

    static final float FAR = Float.POSITIVE_INFINITY;

    private DistanceTransform() {
    }

    /**
     * In place: {@code f} holds 0 at the sites and {@link #FAR} elsewhere (n0 fastest, then n1, then n2); on return
     * each value is the squared distance in mm² from the voxel centre to the nearest site's centre ({@link #FAR}
     * when there is no site).
     */
    static void squared(float[] f, int n0, int n1, int n2, double[] spacing) {
        int longest = Math.max(n0, Math.max(n1, n2));
        double[] line = new double[longest];
        double[] out = new double[longest];
        int[] sites = new int[longest];
        double[] bounds = new double[longest + 1];
        int[] sizes = {n0, n1, n2};
        int[] strides = {1, n0, n0 * n1};
        for (int axis = 0; axis < 3; axis++) {
            int n = sizes[axis];
            if (n == 1) {
                continue;
            }
            int stride = strides[axis];
            double w2 = spacing[axis] * spacing[axis];
            int lines = n0 * n1 * n2 / n;
            for (int l = 0; l < lines; l++) {
                int start = lineStart(l, axis, n0, n1);
                for (int p = 0; p < n; p++) {
                    line[p] = f[start + p * stride];
                }
                transformLine(line, n, w2, out, sites, bounds);
                for (int p = 0; p < n; p++) {
                    f[start + p * stride] = (float) out[p];
                }
            }
        }
    }

    /** First voxel of the l-th line along {@code axis}. */
    private static int lineStart(int l, int axis, int n0, int n1) {
        return switch (axis) {
            case 0 -> l * n0;
            case 1 -> (l / n0) * n0 * n1 + l % n0;
            default -> l;
        };
    }

    private static void transformLine(double[] f, int n, double w2, double[] d, int[] v, double[] z) {
        int k = -1;
        for (int q = 0; q < n; q++) {
            if (f[q] == Double.POSITIVE_INFINITY) {
                continue;
            }
            if (k < 0) {
                k = 0;
                v[0] = q;
                z[0] = Double.NEGATIVE_INFINITY;
                z[1] = Double.POSITIVE_INFINITY;
                continue;
            }
            double s = intersection(f, v[k], q, w2);
            while (s <= z[k]) {
                k--;
                s = intersection(f, v[k], q, w2);
            }
            k++;
            v[k] = q;
            z[k] = s;
            z[k + 1] = Double.POSITIVE_INFINITY;
        }
        if (k < 0) {
            java.util.Arrays.fill(d, 0, n, Double.POSITIVE_INFINITY);
            return;
        }
        k = 0;
        for (int p = 0; p < n; p++) {
            while (z[k + 1] < p) {
                k++;
            }
            double dp = p - v[k];
            d[p] = w2 * dp * dp + f[v[k]];
        }
    }

    /** Position where the parabolas of sites r < q meet. */
    private static double intersection(double[] f, int r, int q, double w2) {
        return ((f[q] + w2 * q * q) - (f[r] + w2 * r * r)) / (2 * w2 * (q - r));
    }
}
