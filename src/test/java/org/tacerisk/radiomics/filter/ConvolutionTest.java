package org.tacerisk.radiomics.filter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The separable engine against a direct 3D convolution of the explicitly padded volume. */
class ConvolutionTest {

    private static final Convolution.Dims DIMS = new Convolution.Dims(7, 5, 4);

    @Test
    void separablePassesEqualDirectConvolutionForEveryBoundary() {
        Random random = new Random(3);
        float[] image = new float[DIMS.count()];
        for (int n = 0; n < image.length; n++) {
            image[n] = random.nextFloat() * 100 - 50;
        }
        // Asymmetric kernels, one longer than the z size (padding beyond a whole period / mirror image).
        double[][] kernels = {{1, -2, 0.5}, {0.25, 3, -1, 2, 0.5}, {1, 2, 3, 4, 5, 6, 7, 8, 9}};
        for (BoundaryCondition bc : BoundaryCondition.values()) {
            float[] fast = Convolution.separable(image, DIMS, kernels, bc);
            float[] direct = direct(image, kernels, bc, false);
            assertArrayEquals(direct, fast, 0.02f, bc.name()); // float rounding of values up to ~1e5
            float[] fast2d = Convolution.separable(image, DIMS, new double[][] {kernels[0], kernels[1], null}, bc);
            assertArrayEquals(direct(image, kernels, bc, true), fast2d, 0.02f, bc + " 2D");
        }
    }

    @Test
    void convolutionNotCorrelation() {
        float[] line = new float[DIMS.count()];
        line[3] = 1; // voxel (3, 0, 0)
        float[] out = Convolution.alongAxis(line, DIMS, 0, new double[] {1, 2, 3}, BoundaryCondition.ZERO);
        assertEquals(1f, out[2]);
        assertEquals(2f, out[3]);
        assertEquals(3f, out[4]);
    }

    /** out(i,j,k) = Σ h_x[a]·h_y[b]·h_z[c]·padded(i + cx − a, j + cy − b, k + cz − c). */
    private static float[] direct(float[] image, double[][] h, BoundaryCondition bc, boolean twoD) {
        int nx = DIMS.nx(), ny = DIMS.ny(), nz = DIMS.nz();
        float[] out = new float[image.length];
        double[] hz = twoD ? new double[] {1} : h[2];
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    double sum = 0;
                    for (int a = 0; a < h[0].length; a++) {
                        for (int b = 0; b < h[1].length; b++) {
                            for (int c = 0; c < hz.length; c++) {
                                int x = bc.resolve(i + h[0].length / 2 - a, nx);
                                int y = bc.resolve(j + h[1].length / 2 - b, ny);
                                int z = bc.resolve(k + hz.length / 2 - c, nz);
                                if (x >= 0 && y >= 0 && z >= 0) {
                                    sum += h[0][a] * h[1][b] * hz[c] * image[x + nx * (y + ny * z)];
                                }
                            }
                        }
                    }
                    out[i + nx * (j + ny * k)] = (float) sum;
                }
            }
        }
        return out;
    }
}
