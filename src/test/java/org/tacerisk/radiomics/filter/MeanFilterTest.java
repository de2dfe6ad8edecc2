package org.tacerisk.radiomics.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.tacerisk.image.ImageGeometry;

class MeanFilterTest {

    private static final ImageGeometry GRID = ImageGeometry.axisAligned(6, 5, 4, new double[] {1, 1, 2},
            new double[] {0, 0, 0});

    @Test
    void constantImageStaysConstantExceptWithZeroPadding() {
        float[] image = new float[GRID.voxelCount()];
        java.util.Arrays.fill(image, 7f);
        for (BoundaryCondition bc : new BoundaryCondition[] {BoundaryCondition.NEAREST, BoundaryCondition.PERIODIC,
                BoundaryCondition.MIRROR}) {
            for (float v : new MeanFilter(5, false, bc).apply(image, GRID)) {
                assertEquals(7f, v, 1e-5f, bc.name());
            }
        }
        float[] zero = new MeanFilter(3, true, BoundaryCondition.ZERO).apply(image, GRID);
        assertEquals(7f * 4 / 9, zero[GRID.index(0, 0, 0)], 1e-5f); // 2 x 2 of the 3 x 3 window inside
        assertEquals(7f, zero[GRID.index(2, 2, 0)], 1e-5f); // 2D: slices do not mix
    }

    @Test
    void namesAndSupport() {
        assertEquals("mean-15-3D", new MeanFilter(15, false, BoundaryCondition.ZERO).imageTypeName());
        assertEquals("mean-5-2D", new MeanFilter(5, true, BoundaryCondition.ZERO).imageTypeName());
        assertThrows(IllegalArgumentException.class, () -> new MeanFilter(4, false, BoundaryCondition.ZERO));
    }
}
