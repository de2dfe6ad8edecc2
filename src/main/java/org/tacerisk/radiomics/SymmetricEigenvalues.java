package org.tacerisk.radiomics;

import java.util.Arrays;

/**
 * Eigenvalues (no eigenvectors) of a real symmetric matrix: Householder reduction to tridiagonal form, then the
 * implicit QL iteration with Wilkinson shifts (Golub &amp; Van Loan, Matrix Computations, §8.3; Wilkinson &amp;
 * Reinsch's tred/tql). About 4n³/3 flops, a third of a full decomposition with vectors, which is what the per-direction
 * MCC needs 13 times per image type.
 */
final class SymmetricEigenvalues {

    private static final int MAX_ITERATIONS = 60;

    private SymmetricEigenvalues() {
    }

    /** The eigenvalues in ascending order; {@code a} (symmetric, only its lower triangle is read) is not changed. */
    static double[] of(double[][] a) {
        int n = a.length;
        double[][] w = new double[n][];
        for (int i = 0; i < n; i++) {
            w[i] = a[i].clone();
        }
        double[] diagonal = new double[n];
        double[] off = new double[n];
        tridiagonalise(w, diagonal, off);
        ql(diagonal, off);
        Arrays.sort(diagonal);
        return diagonal;
    }

    /**
     * Householder reflections from the last row up: step i zeroes row i left of the subdiagonal. On return
     * {@code d} holds the diagonal and {@code e[i]} the entry (i, i−1) of the similar tridiagonal matrix.
     */
    private static void tridiagonalise(double[][] a, double[] d, double[] e) {
        int n = a.length;
        for (int i = n - 1; i > 0; i--) {
            int l = i - 1;
            double scale = 0;
            for (int k = 0; k <= l; k++) {
                scale += Math.abs(a[i][k]);
            }
            if (l == 0 || scale == 0) {
                e[i] = a[i][l];
                continue;
            }
            // v = row i (scaled) minus g at l: the reflector I − v vᵀ / h maps the row onto the subdiagonal
            double h = 0;
            for (int k = 0; k <= l; k++) {
                a[i][k] /= scale;
                h += a[i][k] * a[i][k];
            }
            double f = a[i][l];
            double g = f >= 0 ? -Math.sqrt(h) : Math.sqrt(h);
            e[i] = scale * g;
            h -= f * g;
            a[i][l] = f - g;
            // p = A v / h (in e[0..l]), K = vᵀ p / 2h; A ← A − v qᵀ − q vᵀ with q = p − K v
            double vp = 0;
            for (int j = 0; j <= l; j++) {
                double sum = 0;
                for (int k = 0; k <= j; k++) {
                    sum += a[j][k] * a[i][k];
                }
                for (int k = j + 1; k <= l; k++) {
                    sum += a[k][j] * a[i][k];
                }
                e[j] = sum / h;
                vp += e[j] * a[i][j];
            }
            double half = vp / (h + h);
            for (int j = 0; j <= l; j++) {
                double vj = a[i][j];
                double qj = e[j] - half * vj;
                e[j] = qj;
                for (int k = 0; k <= j; k++) {
                    a[j][k] -= vj * e[k] + qj * a[i][k];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            d[i] = a[i][i];
        }
        e[0] = 0;
    }

    /** Implicit QL with Wilkinson shifts on the tridiagonal (d, e); the eigenvalues replace d. */
    private static void ql(double[] d, double[] e) {
        int n = d.length;
        for (int i = 1; i < n; i++) {
            e[i - 1] = e[i];
        }
        if (n > 0) {
            e[n - 1] = 0;
        }
        for (int l = 0; l < n; l++) {
            int iterations = 0;
            while (true) {
                // the first negligible subdiagonal entry at or after l splits the matrix there
                int m = l;
                for (; m < n - 1; m++) {
                    double dd = Math.abs(d[m]) + Math.abs(d[m + 1]);
                    if (Math.abs(e[m]) <= Math.ulp(dd)) {
                        break;
                    }
                }
                if (m == l) {
                    break;
                }
                if (++iterations > MAX_ITERATIONS) {
                    throw new ArithmeticException("symmetric eigenvalues: no convergence after " + MAX_ITERATIONS
                            + " QL iterations");
                }
                // Wilkinson shift from the leading 2 × 2 block
                double g = (d[l + 1] - d[l]) / (2 * e[l]);
                double r = Math.hypot(g, 1);
                g = d[m] - d[l] + e[l] / (g + Math.copySign(r, g));
                double s = 1;
                double c = 1;
                double p = 0;
                int i = m - 1;
                for (; i >= l; i--) {
                    double f = s * e[i];
                    double b = c * e[i];
                    r = Math.hypot(f, g);
                    e[i + 1] = r;
                    if (r == 0) {
                        // underflow: deflate here and iterate again
                        d[i + 1] -= p;
                        e[m] = 0;
                        break;
                    }
                    s = f / r;
                    c = g / r;
                    g = d[i + 1] - p;
                    r = (d[i] - g) * s + 2 * c * b;
                    p = s * r;
                    d[i + 1] = g + p;
                    g = c * r - b;
                }
                if (r == 0 && i >= l) {
                    continue;
                }
                d[l] -= p;
                e[l] = g;
                e[m] = 0;
            }
        }
    }
}
