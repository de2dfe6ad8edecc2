package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.junit.jupiter.api.Test;

/** Eigenvalues of symmetric matrices: hand-computed cases, and agreement with Commons Math's full decomposition. */
class SymmetricEigenvaluesTest {

    @Test
    void handComputedMatrices() {
        // [[2, 1], [1, 2]]: 1 and 3
        assertArrayEquals(new double[] {1, 3}, SymmetricEigenvalues.of(new double[][] {{2, 1}, {1, 2}}), 1e-15);
        // the path graph's Laplacian-like [[2,-1,0],[-1,2,-1],[0,-1,2]]: 2 − √2, 2, 2 + √2
        assertArrayEquals(new double[] {2 - Math.sqrt(2), 2, 2 + Math.sqrt(2)},
                SymmetricEigenvalues.of(new double[][] {{2, -1, 0}, {-1, 2, -1}, {0, -1, 2}}), 1e-14);
        // diagonal, a zero row, and 1 × 1
        assertArrayEquals(new double[] {-1, 0, 5}, SymmetricEigenvalues.of(new double[][] {{5, 0, 0}, {0, 0, 0},
            {0, 0, -1}}), 0);
        assertArrayEquals(new double[] {7}, SymmetricEigenvalues.of(new double[][] {{7}}), 0);
        // rank one u uᵀ, u = (1, 2, 3, 4): 30 and three zeros
        double[] u = {1, 2, 3, 4};
        double[][] rankOne = new double[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                rankOne[i][j] = u[i] * u[j];
            }
        }
        assertArrayEquals(new double[] {0, 0, 0, 30}, SymmetricEigenvalues.of(rankOne), 1e-13);
    }

    @Test
    void agreesWithAFullDecompositionOnRandomMatrices() {
        Random random = new Random(11);
        for (int n : new int[] {2, 3, 5, 17, 60}) {
            double[][] a = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j <= i; j++) {
                    a[i][j] = random.nextGaussian();
                    a[j][i] = a[i][j];
                }
            }
            double[] want = new EigenDecomposition(new Array2DRowRealMatrix(a)).getRealEigenvalues();
            java.util.Arrays.sort(want);
            double[] got = SymmetricEigenvalues.of(a);
            for (int k = 0; k < n; k++) {
                assertEquals(want[k], got[k], 1e-12 * n, "n " + n + ", eigenvalue " + k);
            }
        }
    }
}
