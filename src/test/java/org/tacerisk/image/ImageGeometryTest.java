package org.tacerisk.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ImageGeometryTest {

    // Axes: i along -y (anterior), j along +x (left), k along +z (superior): a rotation about z by 90°.
    private final ImageGeometry rotated = new ImageGeometry(4, 3, 2, new double[] {0.5, 2, 3},
            new double[] {10, 20, 30}, new double[] {0, 1, 0, -1, 0, 0, 0, 0, 1});

    @Test
    void indexToPhysicalFollowsDirectionColumnsAndSpacing() {
        // (1, 2, 1): origin + 1·0.5·(0,-1,0) + 2·2·(1,0,0) + 1·3·(0,0,1) = (14, 19.5, 33), by hand.
        assertArrayEquals(new double[] {14, 19.5, 33}, rotated.indexToPhysical(1, 2, 1), 1e-12);
        assertArrayEquals(new double[] {10, 20, 30}, rotated.indexToPhysical(0, 0, 0), 1e-12);
    }

    @Test
    void physicalToIndexInvertsIndexToPhysical() {
        double[] p = rotated.indexToPhysical(2.25, -1.5, 7.75);
        assertArrayEquals(new double[] {2.25, -1.5, 7.75}, rotated.physicalToIndex(p[0], p[1], p[2]), 1e-12);
    }

    @Test
    void linearIndexRunsIFastestThenJThenK() {
        assertEquals(0, rotated.index(0, 0, 0));
        assertEquals(1, rotated.index(1, 0, 0));
        assertEquals(4, rotated.index(0, 1, 0));
        assertEquals(12, rotated.index(0, 0, 1));
        assertEquals(24, rotated.voxelCount());
    }

    @Test
    void sameGridComparesVoxelCentresWithinTolerance() {
        ImageGeometry shifted = new ImageGeometry(4, 3, 2, new double[] {0.5, 2, 3},
                new double[] {10.0005, 20, 30}, rotated.direction());
        assertTrue(rotated.sameGrid(shifted, 1e-3));
        assertFalse(rotated.sameGrid(shifted, 1e-4));
        assertFalse(rotated.sameGrid(rotated.withSize(4, 3, 3), 1));
    }

    @Test
    void rejectsImpossibleGrids() {
        assertThrows(IllegalArgumentException.class,
                () -> ImageGeometry.axisAligned(0, 1, 1, new double[] {1, 1, 1}, new double[3]));
        assertThrows(IllegalArgumentException.class,
                () -> ImageGeometry.axisAligned(1, 1, 1, new double[] {1, 0, 1}, new double[3]));
        assertThrows(IllegalArgumentException.class, () -> new ImageGeometry(1, 1, 1, new double[] {1, 1, 1},
                new double[3], new double[] {1, 0, 0, 1, 0, 0, 0, 0, 1}));
    }
}
