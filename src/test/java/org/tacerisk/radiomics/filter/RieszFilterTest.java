package org.tacerisk.radiomics.filter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tacerisk.common.BadInputException;
import org.tacerisk.image.ImageGeometry;

/** IBSI-2 Riesz transform: identity, symmetry, energy preservation, and the reference map 10.b.1. */
class RieszFilterTest {

    private static final ImageGeometry ODD = ImageGeometry.axisAligned(17, 17, 17, new double[] {1, 1, 1},
            new double[3]);

    @ParameterizedTest
    @EnumSource(BoundaryCondition.class)
    void orderZeroIsTheIdentity(BoundaryCondition bc) {
        ImageGeometry g = ImageGeometry.axisAligned(10, 9, 6, new double[] {1, 1, 2}, new double[3]);
        float[] image = new float[g.voxelCount()];
        Random rnd = new Random(5);
        for (int v = 0; v < image.length; v++) {
            image[v] = (float) rnd.nextGaussian();
        }
        float[] out = RieszFilter.ofSpatial(null, "identity", new int[3], false, bc).apply(image, g);
        assertArrayEquals(image, out, 1e-5f);
    }

    @Test
    void orderZeroRieszSimoncelliIsTheSimoncelliBand() {
        float[] image = impulse(ODD);
        float[] a = RieszFilter.ofSimoncelli(2, new int[3], false, BoundaryCondition.PERIODIC).apply(image, ODD);
        float[] b = new SimoncelliFilter(2, false, BoundaryCondition.PERIODIC).apply(image, ODD);
        assertArrayEquals(b, a, 1e-7f);
    }

    /**
     * The impulse response of an odd order is antisymmetric along each axis with an odd l and symmetric along the
     * others; an even order gives a symmetric response (centred grid on an odd size, where it is Hermitian).
     */
    @Test
    void firstOrderIsAntisymmetricSecondOrderSymmetric() {
        float[] image = impulse(ODD);
        int[][] orders = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {0, 2, 0}, {1, 1, 0}};
        for (int[] l : orders) {
            float[] out = RieszFilter.ofSimoncelli(1, l, false, BoundaryCondition.PERIODIC).apply(image, ODD);
            double max = 0;
            for (float v : out) {
                max = Math.max(max, Math.abs(v));
            }
            assertTrue(max > 1e-3, "non-trivial response");
            for (int k = 0; k < 17; k++) {
                for (int j = 0; j < 17; j++) {
                    for (int i = 0; i < 17; i++) {
                        for (int axis = 0; axis < 3; axis++) {
                            int[] m = {i, j, k};
                            m[axis] = 16 - m[axis];
                            double sign = l[axis] % 2 == 0 ? 1 : -1;
                            assertEquals(sign * out[ODD.index(i, j, k)], out[ODD.index(m[0], m[1], m[2])], 1e-6 * max,
                                    "order " + java.util.Arrays.toString(l) + " axis " + axis);
                        }
                    }
                }
            }
        }
    }

    /** Σ_{|l| = L} |R^l(ω)|² = 1 for every ω ≠ 0 (the multinomial weights make the Riesz transform a tight frame). */
    @Test
    void componentsOfOneOrderPreserveEnergy() {
        Random rnd = new Random(9);
        double[] h = new double[2];
        for (int trial = 0; trial < 200; trial++) {
            double wx = rnd.nextGaussian();
            double wy = rnd.nextGaussian();
            double wz = rnd.nextGaussian();
            for (int total = 1; total <= 4; total++) {
                double sum = 0;
                for (int a = 0; a <= total; a++) {
                    for (int b = 0; a + b <= total; b++) {
                        RieszFilter.transfer(new int[] {a, b, total - a - b}, wx, wy, wz, h);
                        sum += h[0] * h[0] + h[1] * h[1];
                    }
                }
                assertEquals(1.0, sum, 1e-12);
            }
        }
    }

    @Test
    void riesz10b1OnPattern1WithSpecPadding() throws Exception {
        ReferenceMaps.check("10_b_1", "pattern_1", ReferenceMaps.filter("riesz-simoncelli",
                Map.of("level", 1, "order", List.of(0, 2, 0), "aligned", false), false, BoundaryCondition.NEAREST));
    }

    /** Periodic extension (no padding) also passes 10.b.1, closer to the tolerance (about 0.89 % of the range). */
    @Test
    void riesz10b1OnPattern1Periodic() throws Exception {
        ReferenceMaps.check("10_b_1", "pattern_1",
                RieszFilter.ofSimoncelli(1, new int[] {0, 2, 0}, false, BoundaryCondition.PERIODIC));
    }

    @Test
    void specParametersAndRefusals() {
        FilterFactory factory = FilterRegistry.factory("riesz-simoncelli");
        FilterParameters p = new FilterParameters(Path.of("t.yaml"), Map.of("level", 1, "order", List.of(0, 2, 0),
                "aligned", false));
        ImageFilter f = factory.create(p, false, BoundaryCondition.NEAREST);
        p.requireAllUsed();
        assertEquals("riesz-simoncelli-level-1-order-0-2-0-3D", f.imageTypeName());
        FilterParameters twoD = new FilterParameters(Path.of("t.yaml"), Map.of("level", 1, "order", List.of(1, 0)));
        assertEquals("riesz-simoncelli-level-1-order-1-0-2D", factory.create(twoD, true, BoundaryCondition.MIRROR)
                .imageTypeName());
        for (Map<String, Object> bad : List.<Map<String, Object>>of(
                Map.of("level", 1, "order", List.of(0, 2, 0), "aligned", true),
                Map.of("level", 1, "order", List.of(0, 2)),
                Map.of("level", 1, "order", List.of(0, -1, 0)),
                Map.of("level", 1, "order", List.of(0, 1.5, 0)),
                Map.of("order", List.of(1, 0, 0)))) {
            FilterParameters q = new FilterParameters(Path.of("t.yaml"), bad);
            assertThrows(BadInputException.class, () -> factory.create(q, false, BoundaryCondition.ZERO),
                    bad.toString());
        }
    }

    static float[] impulse(ImageGeometry g) {
        float[] image = new float[g.voxelCount()];
        image[g.index(g.nx() / 2, g.ny() / 2, g.nz() / 2)] = 100;
        return image;
    }
}
