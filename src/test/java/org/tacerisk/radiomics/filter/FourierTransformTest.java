package org.tacerisk.radiomics.filter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tacerisk.image.ImageGeometry;

/** The Fourier-domain filtering of the IBSI-2 filters: frequency grids, padding (the FFT itself: ComplexFftTest). */
class FourierTransformTest {

    @Test
    void centredGridRunsFromMinusPiToPiAndDftGridHasZeroAtBinZero() {
        double[] c = FrequencyGrid.CENTRED.frequencies(64);
        assertEquals(Math.PI / 63, c[0], 1e-15);
        assertEquals(-Math.PI, c[32], 1e-15);
        assertEquals(Math.PI, c[31], 1e-15);
        double[] odd = FrequencyGrid.CENTRED.frequencies(5);
        assertArrayEquals(new double[] {0, Math.PI / 2, Math.PI, -Math.PI, -Math.PI / 2}, odd, 1e-15);
        double[] d = FrequencyGrid.DFT.frequencies(4);
        assertArrayEquals(new double[] {0, Math.PI / 2, -Math.PI, -Math.PI / 2}, d, 1e-15);
    }

    /** The identity transfer function returns the image for every boundary condition (padding is cropped off). */
    @Test
    void identityTransferReturnsTheImage() {
        ImageGeometry g = ImageGeometry.axisAligned(9, 8, 5, new double[] {1, 1, 2}, new double[3]);
        float[] image = new float[g.voxelCount()];
        Random rnd = new Random(11);
        for (int v = 0; v < image.length; v++) {
            image[v] = (float) rnd.nextGaussian();
        }
        for (BoundaryCondition bc : BoundaryCondition.values()) {
            for (boolean twoD : new boolean[] {false, true}) {
                float[] out = FourierFiltering.apply(image, g, twoD, bc, FrequencyGrid.DFT, null, false,
                        (x, y, z, h) -> {
                            h[0] = 1;
                            h[1] = 0;
                        });
                assertArrayEquals(image, out, 1e-5f, bc + (twoD ? " 2D" : " 3D"));
            }
        }
    }
}
