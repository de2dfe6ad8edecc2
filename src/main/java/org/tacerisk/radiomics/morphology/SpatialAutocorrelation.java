package org.tacerisk.radiomics.morphology;

import org.tacerisk.common.Progress;
import org.tacerisk.image.BoundingBox;
import org.tacerisk.radiomics.fourier.ComplexFft;

/**
 * Moran's I (IBSI-1 N365) and Geary's C (NPT7) over the intensity mask with inverse Euclidean distance weights
 * w = 1/d between voxel centres (mm), summed over every ordered pair k1 ≠ k2 — exactly, as IBSI requires; no
 * subsampling. Small ROIs use the double loop over pairs. Large ones use the same sums rewritten as correlations:
 * with y = (X − μ)·mask, m = mask and q = y², the three pair sums are Σ_o w(o) R(o) for the correlations R of
 * (y, y), (m, m) and (q, m), and by Parseval each is (1/N) Σ_f W(f) conj(A(f)) B(f) over the zero-padded bounding
 * box. The pads are at least 2n − 1 per axis, so nothing wraps round: the result is the exact double sum up to
 * floating-point rounding (about 1e-12 relative), in O(N log N) instead of O(n²).
 *
 * @param moranI  Moran's I, or NaN
 * @param gearyC  Geary's C, or NaN
 * @param undefinedReason why the values are NaN, else ""
 */
public record SpatialAutocorrelation(double moranI, double gearyC, String undefinedReason) {

    /** Up to this many voxels the direct double loop is as fast as the transforms. */
    public static final int DIRECT_LIMIT = 2500;

    /** Both measures for the voxels with value 1 in {@code mask}, intensities from {@code intensities}. */
    public static SpatialAutocorrelation of(float[] intensities, byte[] mask, int nx, int ny, int nz,
            double[] spacing) {
        return of(intensities, mask, nx, ny, nz, spacing, Progress.NONE);
    }

    /** As {@link #of(float[], byte[], int, int, int, double[])}, stopping with {@code Cancelled} on a cancel. */
    public static SpatialAutocorrelation of(float[] intensities, byte[] mask, int nx, int ny, int nz,
            double[] spacing, Progress progress) {
        int count = 0;
        for (byte b : mask) {
            count += b;
        }
        return count <= DIRECT_LIMIT ? direct(intensities, mask, nx, ny, nz, spacing)
                : fourier(intensities, mask, nx, ny, nz, spacing, progress);
    }

    /** The definition itself: a double loop over all voxel pairs. */
    public static SpatialAutocorrelation direct(float[] intensities, byte[] mask, int nx, int ny, int nz,
            double[] spacing) {
        int count = 0;
        for (byte b : mask) {
            count += b;
        }
        double[] x = new double[count];
        double[] y = new double[count];
        double[] z = new double[count];
        double[] v = new double[count];
        int c = 0;
        int idx = 0;
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++, idx++) {
                    if (mask[idx] != 0) {
                        x[c] = i * spacing[0];
                        y[c] = j * spacing[1];
                        z[c] = k * spacing[2];
                        v[c] = intensities[idx];
                        c++;
                    }
                }
            }
        }
        String reason = undefined(v, count);
        if (!reason.isEmpty()) {
            return new SpatialAutocorrelation(Double.NaN, Double.NaN, reason);
        }
        double mean = mean(v);
        double sumSquares = 0;
        for (int a = 0; a < count; a++) {
            v[a] -= mean;
            sumSquares += v[a] * v[a];
        }
        // sums over unordered pairs; every term appears twice among the ordered pairs, which cancels in the ratios
        double weights = 0;
        double cross = 0;
        double squaredDifferences = 0;
        for (int a = 0; a < count; a++) {
            for (int b = a + 1; b < count; b++) {
                double dx = x[a] - x[b];
                double dy = y[a] - y[b];
                double dz = z[a] - z[b];
                double w = 1 / Math.sqrt(dx * dx + dy * dy + dz * dz);
                weights += w;
                cross += w * v[a] * v[b];
                double diff = v[a] - v[b];
                squaredDifferences += w * diff * diff;
            }
        }
        return new SpatialAutocorrelation(count / weights * cross / sumSquares,
                (count - 1) / (2 * weights) * squaredDifferences / sumSquares, "");
    }

    /** The same sums by 3D Fourier transforms of the zero-padded bounding box. */
    public static SpatialAutocorrelation fourier(float[] intensities, byte[] mask, int nx, int ny, int nz,
            double[] spacing) {
        return fourier(intensities, mask, nx, ny, nz, spacing, Progress.NONE);
    }

    private static SpatialAutocorrelation fourier(float[] intensities, byte[] mask, int nx, int ny, int nz,
            double[] spacing, Progress progress) {
        int[] box = BoundingBox.of(mask, nx, ny, nz);
        if (box == null) {
            return new SpatialAutocorrelation(Double.NaN, Double.NaN, "intensity mask is empty");
        }
        int bx = box[3] - box[0] + 1;
        int by = box[4] - box[1] + 1;
        int bz = box[5] - box[2] + 1;
        int lx = ComplexFft.goodSize(2 * bx - 1);
        int ly = ComplexFft.goodSize(2 * by - 1);
        int lz = ComplexFft.goodSize(2 * bz - 1);
        int size = lx * ly * lz;
        int count = 0;
        double sum = 0;
        for (int n = 0; n < mask.length; n++) {
            if (mask[n] != 0) {
                count++;
                sum += intensities[n];
            }
        }
        double mean = sum / count;
        // field 1: y + i·m; field 2: y² + i·w, with w the 1/d kernel (w(0) = 0 removes the pairs k1 = k2)
        progress.checkCancelled();
        double[] re1 = new double[size];
        double[] im1 = new double[size];
        double[] re2 = new double[size];
        double[] im2 = new double[size];
        double sumSquares = 0;
        for (int k = box[2]; k <= box[5]; k++) {
            for (int j = box[1]; j <= box[4]; j++) {
                for (int i = box[0]; i <= box[3]; i++) {
                    int n = i + nx * (j + ny * k);
                    if (mask[n] != 0) {
                        int t = (i - box[0]) + lx * ((j - box[1]) + ly * (k - box[2]));
                        double yv = intensities[n] - mean;
                        re1[t] = yv;
                        im1[t] = 1;
                        re2[t] = yv * yv;
                        sumSquares += yv * yv;
                    }
                }
            }
        }
        if (count < 2) {
            return new SpatialAutocorrelation(Double.NaN, Double.NaN, "intensity mask has a single voxel");
        }
        if (sumSquares == 0) {
            return new SpatialAutocorrelation(Double.NaN, Double.NaN, "all intensities in the ROI are equal");
        }
        progress.checkCancelled();
        fillKernel(im2, lx, ly, lz, bx, by, bz, spacing);
        ComplexFft fft = new ComplexFft(lx, ly, lz, false);
        fft.forward(re1, im1, progress);
        fft.forward(re2, im2, progress);
        double syy = 0;
        double smm = 0;
        double smq = 0;
        for (int fz = 0; fz < lz; fz++) {
            progress.checkCancelled();
            int gz = (lz - fz) % lz;
            for (int fy = 0; fy < ly; fy++) {
                int gy = (ly - fy) % ly;
                for (int fx = 0; fx < lx; fx++) {
                    int gx = (lx - fx) % lx;
                    int f = fx + lx * (fy + ly * fz);
                    int g = gx + lx * (gy + ly * gz);
                    // split each packed transform into its two real fields' transforms using Z(−f) = conj
                    double yr = (re1[f] + re1[g]) / 2;
                    double yi = (im1[f] - im1[g]) / 2;
                    double mr = (im1[f] + im1[g]) / 2;
                    double mi = (re1[g] - re1[f]) / 2;
                    double qr = (re2[f] + re2[g]) / 2;
                    double qi = (im2[f] - im2[g]) / 2;
                    double w = (im2[f] + im2[g]) / 2; // the kernel is real and even, so is its transform
                    syy += w * (yr * yr + yi * yi);
                    smm += w * (mr * mr + mi * mi);
                    smq += w * (mr * qr + mi * qi);
                }
            }
        }
        double weights = smm / size;
        double cross = syy / size;
        double squareSum = smq / size;
        double moran = count / weights * cross / sumSquares;
        double geary = (count - 1) / (2 * weights) * (2 * squareSum - 2 * cross) / sumSquares;
        return new SpatialAutocorrelation(moran, geary, "");
    }

    /**
     * 1/d for every offset two voxels of the box can have, stored circularly (negative offsets wrap round). The
     * kernel is even in each axis, so one octant is computed and mirrored.
     */
    private static void fillKernel(double[] kernel, int lx, int ly, int lz, int bx, int by, int bz,
            double[] spacing) {
        for (int oz = 0; oz < bz; oz++) {
            double dz = oz * spacing[2];
            int[] tz = oz == 0 ? new int[] {0} : new int[] {oz, lz - oz};
            for (int oy = 0; oy < by; oy++) {
                double dy = oy * spacing[1];
                int[] ty = oy == 0 ? new int[] {0} : new int[] {oy, ly - oy};
                for (int ox = 0; ox < bx; ox++) {
                    if (ox == 0 && oy == 0 && oz == 0) {
                        continue;
                    }
                    double dx = ox * spacing[0];
                    double w = 1 / Math.sqrt(dx * dx + dy * dy + dz * dz);
                    for (int z : tz) {
                        for (int y : ty) {
                            int row = lx * (y + ly * z);
                            kernel[row + ox] = w;
                            if (ox > 0) {
                                kernel[row + lx - ox] = w;
                            }
                        }
                    }
                }
            }
        }
    }

    private static String undefined(double[] values, int count) {
        if (count == 0) {
            return "intensity mask is empty";
        }
        if (count == 1) {
            return "intensity mask has a single voxel";
        }
        for (double value : values) {
            if (value != values[0]) {
                return "";
            }
        }
        return "all intensities in the ROI are equal";
    }

    private static double mean(double[] values) {
        double s = 0;
        for (double value : values) {
            s += value;
        }
        return s / values.length;
    }
}
