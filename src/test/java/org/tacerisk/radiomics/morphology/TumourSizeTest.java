package org.tacerisk.radiomics.morphology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;

/** The tumour's measured size, checked on boxes whose answers are known by hand. */
class TumourSizeTest {

    private static final ImageGeometry GRID = ImageGeometry.axisAligned(10, 10, 10, new double[] {2, 2, 2},
            new double[3]);

    private static Mask box(int nx, int ny, int nz) {
        byte[] v = new byte[GRID.voxelCount()];
        for (int k = 1; k <= nz; k++) {
            for (int j = 1; j <= ny; j++) {
                for (int i = 1; i <= nx; i++) {
                    v[GRID.index(i, j, k)] = 1;
                }
            }
        }
        return Mask.of(GRID, v);
    }

    @Test
    void maximumDiameterIsTheLongestChordBetweenVoxelCentres() {
        // a 3 × 4 × 5 box of 2 mm voxels: corner centres 4, 6 and 8 mm apart
        assertEquals(Math.sqrt(4 * 4 + 6 * 6 + 8 * 8) / 10, TumourSize.maxDiameterCm(box(3, 4, 5)), 1e-12);
        byte[] flat = new byte[GRID.voxelCount()];
        flat[GRID.index(1, 1, 1)] = 1;
        flat[GRID.index(4, 1, 1)] = 1;
        assertEquals(0.6, TumourSize.maxDiameterCm(Mask.of(GRID, flat)), 1e-12);
        assertTrue(Double.isNaN(TumourSize.maxDiameterCm(Mask.empty(GRID))));
    }

    @Test
    void volumeIsTheVoxelCountTimesTheVoxelVolume() {
        // 60 voxels of 8 mm³ = 480 mm³ = 0.48 mL
        assertEquals(0.48, TumourSize.volumeMl(box(3, 4, 5)), 1e-15);
        assertEquals(0.0, TumourSize.volumeMl(Mask.empty(GRID)));
    }
}
