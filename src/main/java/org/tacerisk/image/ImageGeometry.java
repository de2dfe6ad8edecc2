package org.tacerisk.image;

import java.util.Arrays;

/**
 * The voxel grid of a volume in DICOM patient coordinates (LPS, millimetres).
 *
 * <p>Voxel (i, j, k) — i along columns (x), j along rows (y), k along slices (z) — has its centre at
 * {@code origin + D · diag(spacing) · (i, j, k)}, where {@code D} is the 3 × 3 direction matrix whose
 * columns are the unit vectors of the three index axes. Voxel data are stored with i fastest, then j, then k.
 * Immutable.
 */
public final class ImageGeometry {

    private final int nx;
    private final int ny;
    private final int nz;
    private final double[] spacing;
    private final double[] origin;
    private final double[] direction;
    private final double[] inverse;

    /**
     * @param spacing   voxel size along i, j, k in mm (positive)
     * @param origin    centre of voxel (0, 0, 0) in LPS mm
     * @param direction 3 × 3 row-major direction matrix; column c is the LPS unit vector of index axis c
     */
    public ImageGeometry(int nx, int ny, int nz, double[] spacing, double[] origin, double[] direction) {
        if (nx <= 0 || ny <= 0 || nz <= 0) {
            throw new IllegalArgumentException("grid size must be positive: " + nx + "x" + ny + "x" + nz);
        }
        if ((long) nx * ny * nz > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("grid too large: " + nx + "x" + ny + "x" + nz);
        }
        if (spacing.length != 3 || origin.length != 3 || direction.length != 9) {
            throw new IllegalArgumentException("spacing and origin need 3 values, direction 9");
        }
        for (double s : spacing) {
            if (!(s > 0) || Double.isInfinite(s)) {
                throw new IllegalArgumentException("spacing must be positive and finite: " + Arrays.toString(spacing));
            }
        }
        this.nx = nx;
        this.ny = ny;
        this.nz = nz;
        this.spacing = spacing.clone();
        this.origin = origin.clone();
        this.direction = direction.clone();
        this.inverse = invert(indexToPhysicalMatrix(this.direction, this.spacing));
    }

    /** A grid whose axes run along L, P and S (identity direction). */
    public static ImageGeometry axisAligned(int nx, int ny, int nz, double[] spacing, double[] origin) {
        return new ImageGeometry(nx, ny, nz, spacing, origin, new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
    }

    public int nx() {
        return nx;
    }

    public int ny() {
        return ny;
    }

    public int nz() {
        return nz;
    }

    public int voxelCount() {
        return nx * ny * nz;
    }

    public int sliceSize() {
        return nx * ny;
    }

    public double[] spacing() {
        return spacing.clone();
    }

    public double spacing(int axis) {
        return spacing[axis];
    }

    public double[] origin() {
        return origin.clone();
    }

    public double[] direction() {
        return direction.clone();
    }

    /** The LPS unit vector of index axis 0 (i), 1 (j) or 2 (k). */
    public double[] axis(int axis) {
        return new double[] {direction[axis], direction[3 + axis], direction[6 + axis]};
    }

    public double voxelVolumeMm3() {
        return spacing[0] * spacing[1] * spacing[2];
    }

    public boolean contains(int i, int j, int k) {
        return i >= 0 && j >= 0 && k >= 0 && i < nx && j < ny && k < nz;
    }

    /** Linear index into voxel arrays: i fastest, then j, then k. */
    public int index(int i, int j, int k) {
        return i + nx * (j + ny * k);
    }

    /** Centre of (possibly fractional) voxel index (i, j, k) in LPS mm. */
    public double[] indexToPhysical(double i, double j, double k) {
        double a = i * spacing[0];
        double b = j * spacing[1];
        double c = k * spacing[2];
        return new double[] {
            origin[0] + direction[0] * a + direction[1] * b + direction[2] * c,
            origin[1] + direction[3] * a + direction[4] * b + direction[5] * c,
            origin[2] + direction[6] * a + direction[7] * b + direction[8] * c};
    }

    /** Continuous voxel index of an LPS point (inverse of {@link #indexToPhysical}). */
    public double[] physicalToIndex(double x, double y, double z) {
        double dx = x - origin[0];
        double dy = y - origin[1];
        double dz = z - origin[2];
        return new double[] {
            inverse[0] * dx + inverse[1] * dy + inverse[2] * dz,
            inverse[3] * dx + inverse[4] * dy + inverse[5] * dz,
            inverse[6] * dx + inverse[7] * dy + inverse[8] * dz};
    }

    /** Same size and, within {@code toleranceMm} per voxel position, the same voxel centres. */
    public boolean sameGrid(ImageGeometry other, double toleranceMm) {
        if (nx != other.nx || ny != other.ny || nz != other.nz) {
            return false;
        }
        int[][] corners = {{0, 0, 0}, {nx - 1, 0, 0}, {0, ny - 1, 0}, {0, 0, nz - 1}, {nx - 1, ny - 1, nz - 1}};
        for (int[] c : corners) {
            double[] p = indexToPhysical(c[0], c[1], c[2]);
            double[] q = other.indexToPhysical(c[0], c[1], c[2]);
            for (int d = 0; d < 3; d++) {
                if (Math.abs(p[d] - q[d]) > toleranceMm) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The same grid with a different size (used when cropping or stacking). */
    public ImageGeometry withSize(int newNx, int newNy, int newNz) {
        return new ImageGeometry(newNx, newNy, newNz, spacing, origin, direction);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImageGeometry g && nx == g.nx && ny == g.ny && nz == g.nz
                && Arrays.equals(spacing, g.spacing) && Arrays.equals(origin, g.origin)
                && Arrays.equals(direction, g.direction);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * nx + ny) + nz) + Arrays.hashCode(spacing) + Arrays.hashCode(origin);
    }

    @Override
    public String toString() {
        return nx + "x" + ny + "x" + nz + " spacing " + Arrays.toString(spacing) + " origin " + Arrays.toString(origin)
                + " direction " + Arrays.toString(direction);
    }

    private static double[] indexToPhysicalMatrix(double[] d, double[] s) {
        double[] m = new double[9];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                m[3 * r + c] = d[3 * r + c] * s[c];
            }
        }
        return m;
    }

    private static double[] invert(double[] m) {
        double a = m[0], b = m[1], c = m[2], d = m[3], e = m[4], f = m[5], g = m[6], h = m[7], i = m[8];
        double det = a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g);
        if (Math.abs(det) < 1e-12) {
            throw new IllegalArgumentException("direction matrix is singular (axes not independent)");
        }
        return new double[] {
            (e * i - f * h) / det, (c * h - b * i) / det, (b * f - c * e) / det,
            (f * g - d * i) / det, (a * i - c * g) / det, (c * d - a * f) / det,
            (d * h - e * g) / det, (b * g - a * h) / det, (a * e - b * d) / det};
    }
}
