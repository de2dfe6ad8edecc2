package org.tacerisk.image;

import java.nio.file.Path;
import org.tacerisk.common.BadInputException;

/**
 * Converts between a NIfTI-1 header's spatial fields and an {@link ImageGeometry}.
 *
 * <p>NIfTI world coordinates are RAS (+x right, +y anterior); ours are DICOM LPS, so the x and y rows of every
 * affine change sign on the way in and out. Reading follows nifti1.h's precedence: sform (method 3) when
 * sform_code &gt; 0, else qform (method 2) when qform_code &gt; 0, else pixdim only (method 1).
 */
final class NiftiTransforms {

    private NiftiTransforms() {
    }

    /** Grid of the voxels described by {@code h}, whose sizes {@code n} were already validated. */
    static ImageGeometry geometry(NiftiHeader h, int nx, int ny, int nz, Path file) {
        return geometry(h, nx, ny, nz, file, false);
    }

    /**
     * @param asStored keep the float32 header values as they are (0.9769999980926514, as ITK/SimpleITK read them)
     *                 instead of their shortest decimal ({@link #shortestDecimal})
     */
    static ImageGeometry geometry(NiftiHeader h, int nx, int ny, int nz, Path file, boolean asStored) {
        double[] affine; // 3 x 4 row-major, RAS, header units
        String source;
        if (h.sformCode > 0) {
            affine = new double[12];
            for (int n = 0; n < 12; n++) {
                affine[n] = h.srow[n];
            }
            source = "sform (srow_x/y/z)";
        } else if (h.qformCode > 0) {
            affine = qformAffine(h, nz, file);
            source = "qform (quatern_b/c/d, qoffset, pixdim)";
        } else {
            // Method 1 has no defined world frame (ANALYZE legacy): identity direction and zero origin are as good
            // as any choice, and keep i, j, k along L, P, S.
            double[] s = pixdimSpacings(h, nz, file);
            for (int n = 0; n < 3; n++) {
                s[n] *= h.mmPerUnit();
            }
            return ImageGeometry.axisAligned(nx, ny, nz, s, new double[3]);
        }
        double scale = h.mmPerUnit();
        for (int n = 0; n < 12; n++) {
            if (!Double.isFinite(affine[n])) {
                throw new BadInputException(file, "the " + source + " contains a non-finite number; the header is"
                        + " corrupt, re-export the image");
            }
            // RAS -> LPS: negate rows x and y. "+ 0.0" turns -0.0 into 0.0 so that geometries compare equal.
            affine[n] = affine[n] * scale * (n < 8 ? -1 : 1) + 0.0;
        }
        double[] spacing = new double[3];
        double[] direction = new double[9];
        for (int c = 0; c < 3; c++) {
            double norm = Math.sqrt(sq(affine[c]) + sq(affine[4 + c]) + sq(affine[8 + c]));
            spacing[c] = norm;
            for (int r = 0; r < 3; r++) {
                direction[3 * r + c] = norm > 0 ? affine[4 * r + c] / norm + 0.0 : 0;
            }
        }
        if (!(spacing[2] > 0) && nz == 1) {
            // 2D images often have a zero third column: any unit normal to the slice will do.
            double[] normal = cross(column(direction, 0), column(direction, 1));
            double len = Math.sqrt(sq(normal[0]) + sq(normal[1]) + sq(normal[2]));
            for (int r = 0; r < 3; r++) {
                direction[3 * r + 2] = len > 0 ? normal[r] / len : 0;
            }
            spacing[2] = h.pixdim[3] > 0 && Float.isFinite(h.pixdim[3]) ? h.pixdim[3] * scale : 1.0;
        }
        double[] origin = {affine[3], affine[7], affine[11]};
        if (!asStored) {
            for (int c = 0; c < 3; c++) {
                spacing[c] = shortestDecimal(spacing[c]);
                origin[c] = shortestDecimal(origin[c]);
            }
        }
        try {
            return new ImageGeometry(nx, ny, nz, spacing, origin, direction);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file, "the " + source + " does not describe a valid voxel grid ("
                    + e.getMessage() + "); the header is corrupt, re-export the image", e);
        }
    }

    /**
     * A float32 header value read back as the shortest decimal that rounds to it (0.977f -> 0.977, not
     * 0.9769999980926514). Writers start from decimal DICOM values, so this usually recovers them exactly and lets
     * NIfTI and DICOM geometries of the same scan compare equal; it moves the value by at most half a float32 ulp,
     * within the precision the file has anyway. Values that are not float32 (e.g. norms of oblique columns) stay.
     */
    static double shortestDecimal(double v) {
        float f = (float) v;
        return f == v && Float.isFinite(f) ? Double.parseDouble(Float.toString(f)) : v;
    }

    /** qform as a 3 x 4 RAS affine: R(quaternion) · diag(dx, dy, qfac·dz), translated by qoffset. */
    private static double[] qformAffine(NiftiHeader h, int nz, Path file) {
        double b = h.quaternB;
        double c = h.quaternC;
        double d = h.quaternD;
        if (!Double.isFinite(b) || !Double.isFinite(c) || !Double.isFinite(d)) {
            throw new BadInputException(file, "the qform quaternion is not finite; the header is corrupt");
        }
        double aSquared = 1.0 - (b * b + c * c + d * d);
        double a;
        if (aSquared < 1e-7) {
            // nifti1.h: a is then taken as 0 (a 180 degree rotation) and (b, c, d) renormalised.
            double norm = Math.sqrt(b * b + c * c + d * d);
            b /= norm;
            c /= norm;
            d /= norm;
            a = 0;
        } else {
            a = Math.sqrt(aSquared);
        }
        double[] r = rotation(a, b, c, d);
        double[] s = pixdimSpacings(h, nz, file);
        double qfac = h.pixdim[0] < 0 ? -1 : 1; // pixdim[0] should be +-1; 0 means 1 (nifti1.h)
        double[] scales = {s[0], s[1], s[2] * qfac};
        double[] affine = new double[12];
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 3; col++) {
                affine[4 * row + col] = r[3 * row + col] * scales[col];
            }
            affine[4 * row + 3] = h.qoffset[row];
        }
        return affine;
    }

    /** |pixdim[1..3]| in header units (xyzt_units); a missing third spacing of a 2D image becomes 1. */
    private static double[] pixdimSpacings(NiftiHeader h, int nz, Path file) {
        double[] s = new double[3];
        for (int n = 0; n < 3; n++) {
            double p = Math.abs(h.pixdim[n + 1]);
            if (!(p > 0) || Double.isInfinite(p)) {
                if (n == 2 && nz == 1) {
                    p = 1;
                } else {
                    throw new BadInputException(file, "pixdim[" + (n + 1) + "] = " + h.pixdim[n + 1]
                            + " is not a usable voxel size; the header is corrupt, re-export the image");
                }
            }
            s[n] = p;
        }
        return s;
    }

    /** Sets dim-independent spatial fields of {@code h} (pixdim, qform, sform, xyzt_units) from {@code g}. */
    static void encode(ImageGeometry g, NiftiHeader h) {
        double[] dir = g.direction();
        double[] s = g.spacing();
        double[] o = g.origin();
        // RAS direction: LPS rows x and y negated.
        double[] ras = dir.clone();
        for (int n = 0; n < 6; n++) {
            ras[n] = -ras[n];
        }
        double[] rasOrigin = {-o[0], -o[1], o[2]};
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 3; col++) {
                h.srow[4 * row + col] = (float) (ras[3 * row + col] * s[col]);
            }
            h.srow[4 * row + 3] = (float) rasOrigin[row];
            h.qoffset[row] = (float) rasOrigin[row];
        }
        // The quaternion needs a proper rotation: a left-handed grid flips the k axis and says so in qfac.
        double qfac = det(ras) < 0 ? -1 : 1;
        if (qfac < 0) {
            ras[2] = -ras[2];
            ras[5] = -ras[5];
            ras[8] = -ras[8];
        }
        double[] q = quaternion(ras);
        h.quaternB = (float) q[1];
        h.quaternC = (float) q[2];
        h.quaternD = (float) q[3];
        h.pixdim[0] = (float) qfac;
        for (int n = 0; n < 3; n++) {
            h.pixdim[n + 1] = (float) s[n];
        }
        h.qformCode = 1; // NIFTI_XFORM_SCANNER_ANAT
        h.sformCode = 1;
        h.xyztUnits = NiftiHeader.UNITS_MM;
    }

    /** Rotation matrix (row-major) of the unit quaternion (a, b, c, d), as in nifti1.h. */
    static double[] rotation(double a, double b, double c, double d) {
        return new double[] {
            a * a + b * b - c * c - d * d, 2 * (b * c - a * d), 2 * (b * d + a * c),
            2 * (b * c + a * d), a * a + c * c - b * b - d * d, 2 * (c * d - a * b),
            2 * (b * d - a * c), 2 * (c * d + a * b), a * a + d * d - b * b - c * c};
    }

    /**
     * Unit quaternion (a, b, c, d) with a &gt;= 0 of a rotation matrix (Shepperd's method: divide by the largest
     * of 4a², 4b², 4c², 4d² for stability). a is made non-negative because the file stores only b, c, d.
     */
    static double[] quaternion(double[] r) {
        double trace = r[0] + r[4] + r[8];
        double a;
        double b;
        double c;
        double d;
        if (trace > 0) {
            double s = 2 * Math.sqrt(trace + 1); // 4a
            a = s / 4;
            b = (r[7] - r[5]) / s;
            c = (r[2] - r[6]) / s;
            d = (r[3] - r[1]) / s;
        } else if (r[0] > r[4] && r[0] > r[8]) {
            double s = 2 * Math.sqrt(1 + r[0] - r[4] - r[8]); // 4b
            a = (r[7] - r[5]) / s;
            b = s / 4;
            c = (r[1] + r[3]) / s;
            d = (r[2] + r[6]) / s;
        } else if (r[4] > r[8]) {
            double s = 2 * Math.sqrt(1 + r[4] - r[0] - r[8]); // 4c
            a = (r[2] - r[6]) / s;
            b = (r[1] + r[3]) / s;
            c = s / 4;
            d = (r[5] + r[7]) / s;
        } else {
            double s = 2 * Math.sqrt(1 + r[8] - r[0] - r[4]); // 4d
            a = (r[3] - r[1]) / s;
            b = (r[2] + r[6]) / s;
            c = (r[5] + r[7]) / s;
            d = s / 4;
        }
        double norm = Math.sqrt(a * a + b * b + c * c + d * d);
        double sign = a < 0 ? -1 : 1;
        return new double[] {sign * a / norm, sign * b / norm, sign * c / norm, sign * d / norm};
    }

    private static double det(double[] m) {
        return m[0] * (m[4] * m[8] - m[5] * m[7]) - m[1] * (m[3] * m[8] - m[5] * m[6])
                + m[2] * (m[3] * m[7] - m[4] * m[6]);
    }

    private static double[] column(double[] m, int c) {
        return new double[] {m[c], m[3 + c], m[6 + c]};
    }

    private static double[] cross(double[] u, double[] v) {
        return new double[] {u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]};
    }

    private static double sq(double x) {
        return x * x;
    }
}
