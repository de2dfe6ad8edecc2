package org.tacerisk.radiomics.morphology;

import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.tacerisk.common.Progress;

/**
 * Minimum-volume enclosing ellipsoid by Khachiyan's barycentric coordinate ascent (Khachiyan 1996; Todd &amp;
 * Yildirim 2007), as IBSI-1 suggests for SWZ1 and BRI8, with IBSI's default stopping tolerance τ = 0.001 on the
 * change of the barycentric weights. Run on the convex-hull vertices: the MVEE of a set equals that of its hull.
 *
 * @param semiAxes the ellipsoid's semi-axis lengths, largest first
 * @param centre   its centre
 * @param iterations how many coordinate steps were taken
 */
public record Mvee(double[] semiAxes, double[] centre, int iterations) {

    /** IBSI-1's default tolerance τ. */
    public static final double TOLERANCE = 0.001;

    private static final int MAX_ITERATIONS = 100_000;

    /** The MVEE of {@code points} (x, y, z per point; at least four points, not all coplanar). */
    public static Mvee of(double[] points, double tolerance) {
        return of(points, tolerance, Progress.NONE);
    }

    /** As {@link #of(double[], double)}, checking for cancellation every iteration. */
    public static Mvee of(double[] points, double tolerance, Progress progress) {
        int n = points.length / 3;
        // centre the points first: the lifted 4 × 4 moment matrix is then well conditioned
        double[] mean = new double[3];
        for (int q = 0; q < n; q++) {
            for (int a = 0; a < 3; a++) {
                mean[a] += points[3 * q + a] / n;
            }
        }
        double[] x = new double[3 * n];
        for (int q = 0; q < n; q++) {
            for (int a = 0; a < 3; a++) {
                x[3 * q + a] = points[3 * q + a] - mean[a];
            }
        }
        double[] u = new double[n];
        java.util.Arrays.fill(u, 1.0 / n);
        double d = 3;
        int iteration = 0;
        double change = Double.POSITIVE_INFINITY;
        while (change > tolerance && iteration < MAX_ITERATIONS) {
            iteration++;
            progress.checkCancelled();
            // X = Σ u_i q_i q_iᵀ with q_i = (x_i, 1)
            double[][] m = new double[4][4];
            for (int q = 0; q < n; q++) {
                double[] v = {x[3 * q], x[3 * q + 1], x[3 * q + 2], 1};
                for (int r = 0; r < 4; r++) {
                    double ur = u[q] * v[r];
                    for (int c = r; c < 4; c++) {
                        m[r][c] += ur * v[c];
                    }
                }
            }
            for (int r = 0; r < 4; r++) {
                for (int c = 0; c < r; c++) {
                    m[r][c] = m[c][r];
                }
            }
            double[][] inv = new LUDecomposition(MatrixUtils.createRealMatrix(m)).getSolver().getInverse().getData();
            int best = 0;
            double bestM = Double.NEGATIVE_INFINITY;
            for (int q = 0; q < n; q++) {
                double[] v = {x[3 * q], x[3 * q + 1], x[3 * q + 2], 1};
                double mq = 0;
                for (int r = 0; r < 4; r++) {
                    double row = 0;
                    for (int c = 0; c < 4; c++) {
                        row += inv[r][c] * v[c];
                    }
                    mq += v[r] * row;
                }
                if (mq > bestM) {
                    bestM = mq;
                    best = q;
                }
            }
            double step = (bestM - d - 1) / ((d + 1) * (bestM - 1));
            // ‖u_new − u‖ = step · ‖u − e_best‖, computed without forming u_new twice
            double sq = 0;
            for (int q = 0; q < n; q++) {
                double diff = q == best ? u[q] - 1 : u[q];
                sq += diff * diff;
                u[q] *= 1 - step;
            }
            u[best] += step;
            change = Math.abs(step) * Math.sqrt(sq);
        }
        double[] c = new double[3];
        for (int q = 0; q < n; q++) {
            for (int a = 0; a < 3; a++) {
                c[a] += u[q] * x[3 * q + a];
            }
        }
        // shape: A = (1/d) (Σ u x xᵀ − c cᵀ)⁻¹, so the semi-axes are √(d · eigenvalues of Σ u x xᵀ − c cᵀ)
        double[][] s = new double[3][3];
        for (int q = 0; q < n; q++) {
            for (int r = 0; r < 3; r++) {
                for (int col = 0; col < 3; col++) {
                    s[r][col] += u[q] * x[3 * q + r] * x[3 * q + col];
                }
            }
        }
        for (int r = 0; r < 3; r++) {
            for (int col = 0; col < 3; col++) {
                s[r][col] -= c[r] * c[col];
            }
        }
        double[] eig = PrincipalAxes.sortedEigenvalues(s);
        double[] axes = {Math.sqrt(d * eig[0]), Math.sqrt(d * eig[1]), Math.sqrt(d * eig[2])};
        return new Mvee(axes, new double[] {c[0] + mean[0], c[1] + mean[1], c[2] + mean[2]}, iteration);
    }

    public double volume() {
        return 4 * Math.PI * semiAxes[0] * semiAxes[1] * semiAxes[2] / 3;
    }

    public double area() {
        return EllipsoidSurface.area(semiAxes[0], semiAxes[1], semiAxes[2]);
    }
}
