package org.tacerisk.radiomics.filter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tacerisk.image.ImageGeometry;

class LawsFilterTest {

    private static final int N = 9;
    private static final ImageGeometry CUBE = ImageGeometry.axisAligned(N, N, N, new double[] {1, 1, 1},
            new double[] {0, 0, 0});

    @Test
    void rotationGroupsHave4And24Elements() {
        assertEquals(4, RightAngleRotations.all(true).size());
        assertEquals(24, RightAngleRotations.all(false).size());
    }

    @Test
    void kernelsHaveUnitNorm() {
        for (String name : LawsKernels.names()) {
            double sum = 0;
            for (double v : LawsKernels.kernel(name)) {
                sum += v * v;
            }
            assertEquals(1.0, sum, 1e-12, name);
        }
        assertEquals(1 / Math.sqrt(70), LawsKernels.kernel("L5")[0], 1e-15);
    }

    /** Rotation invariance: the pooled response of a rotated image is the rotated pooled response. */
    @Test
    void pooledResponseCommutesWithRightAngleRotations() {
        float[] image = random();
        float[] rotated = rotateXy(image);
        for (LawsFilter.Pooling pooling : LawsFilter.Pooling.values()) {
            LawsFilter f = new LawsFilter("E5W5R5", false, BoundaryCondition.PERIODIC, pooling, -1);
            assertArrayEquals(rotateXy(f.apply(image, CUBE)), f.apply(rotated, CUBE), 1e-3f, pooling.name());
        }
        LawsFilter plain = new LawsFilter("E5W5R5", false, BoundaryCondition.PERIODIC, null, -1);
        float[] a = rotateXy(plain.apply(image, CUBE));
        float[] b = plain.apply(rotated, CUBE);
        double diff = 0;
        for (int n = 0; n < a.length; n++) {
            diff = Math.max(diff, Math.abs(a[n] - b[n]));
        }
        assertEquals(true, diff > 1e-2, "a directional kernel is not rotation invariant");
    }

    @Test
    void energyMapIsTheLocalMeanOfTheAbsoluteResponse() {
        float[] image = random();
        LawsFilter response = new LawsFilter("L5S5", true, BoundaryCondition.MIRROR, null, -1);
        LawsFilter energy = new LawsFilter("L5S5", true, BoundaryCondition.MIRROR, null, 1);
        float[] r = response.apply(image, CUBE);
        for (int n = 0; n < r.length; n++) {
            r[n] = Math.abs(r[n]);
        }
        float[] expected = new MeanFilter(3, true, BoundaryCondition.MIRROR).apply(r, CUBE);
        assertArrayEquals(expected, energy.apply(image, CUBE), 1e-4f);
    }

    @Test
    void namesAndChecks() {
        assertEquals("laws-E5L5S5-3D", new LawsFilter("e5l5s5", false, BoundaryCondition.ZERO, null, -1)
                .imageTypeName());
        assertEquals("laws-L5S5-max-energy-7-2D", new LawsFilter("L5S5", true, BoundaryCondition.ZERO,
                LawsFilter.Pooling.MAX, 7).imageTypeName());
        assertThrows(IllegalArgumentException.class, () -> new LawsFilter("L5S5", false, BoundaryCondition.ZERO,
                null, -1));
        assertThrows(IllegalArgumentException.class, () -> new LawsFilter("L5X5", true, BoundaryCondition.ZERO,
                null, -1));
    }

    private static float[] random() {
        Random random = new Random(5);
        float[] image = new float[CUBE.voxelCount()];
        for (int n = 0; n < image.length; n++) {
            image[n] = random.nextFloat() * 10;
        }
        return image;
    }

    /** 90° rotation in the xy plane: (i, j, k) -> (N−1−j, i, k). */
    private static float[] rotateXy(float[] in) {
        float[] out = new float[in.length];
        for (int k = 0; k < N; k++) {
            for (int j = 0; j < N; j++) {
                for (int i = 0; i < N; i++) {
                    out[CUBE.index(N - 1 - j, i, k)] = in[CUBE.index(i, j, k)];
                }
            }
        }
        return out;
    }
}
