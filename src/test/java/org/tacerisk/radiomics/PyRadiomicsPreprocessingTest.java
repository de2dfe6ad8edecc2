package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tacerisk.common.BadInputException;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Volume;

/** PyRadiomics' normalize and preCrop on hand-computed inputs. */
class PyRadiomicsPreprocessingTest {

    private static final ImageGeometry LINE = ImageGeometry.axisAligned(4, 1, 1, new double[] {1, 1, 1},
            new double[3]);

    @Test
    void normalisesByTheSampleStandardDeviationThenClipsThenScales() {
        Volume v = Volume.ofFloats(LINE, new float[] {1, 2, 3, 4}, Volume.HU);
        // mean 2.5, σ = √(5/3) (n − 1): z = ∓1.5/σ, ∓0.5/σ
        double sigma = Math.sqrt(5.0 / 3);
        float[] z = PyRadiomicsPreprocessing.normalise(v, 1, null).toFloatArray();
        assertArrayEquals(new float[] {(float) (-1.5 / sigma), (float) (-0.5 / sigma), (float) (0.5 / sigma),
            (float) (1.5 / sigma)}, z, 1e-7f);
        // removeOutliers 1: |z| = 1.16 clipped to 1 before the scale 100
        float[] clipped = PyRadiomicsPreprocessing.normalise(v, 100, 1.0).toFloatArray();
        assertArrayEquals(new float[] {-100, (float) (-50 / sigma), (float) (50 / sigma), 100}, clipped, 1e-4f);
    }

    @Test
    void aConstantImageCannotBeNormalised() {
        Volume v = Volume.ofFloats(LINE, new float[] {7, 7, 7, 7}, Volume.HU);
        BadInputException e = org.junit.jupiter.api.Assertions.assertThrows(BadInputException.class,
                () -> PyRadiomicsPreprocessing.normalise(v, 1, null));
        assertTrue(e.getMessage().contains("normalize: false"), e.getMessage());
    }

    @Test
    void preCropKeepsTheRoiBoxPlusPadWithinTheImage() {
        ImageGeometry g = ImageGeometry.axisAligned(10, 8, 6, new double[] {0.5, 0.5, 2}, new double[] {-5, 3, 10});
        float[] x = new float[g.voxelCount()];
        byte[] m = new byte[g.voxelCount()];
        for (int n = 0; n < x.length; n++) {
            x[n] = n;
        }
        // ROI voxels at (2..4, 1, 1) and (3, 2, 4)
        for (int i = 2; i <= 4; i++) {
            m[g.index(i, 1, 1)] = 1;
        }
        m[g.index(3, 2, 4)] = 1;
        PyRadiomicsPreprocessing.Prepared p = PyRadiomicsPreprocessing.crop(Volume.ofFloats(g, x, Volume.HU),
                Mask.of(g, m), 2);
        ImageGeometry c = p.image().geometry();
        // x 0..6, y 0..4, z 0..5 (clipped at the image's edges)
        assertEquals(7, c.nx());
        assertEquals(5, c.ny());
        assertEquals(6, c.nz());
        assertArrayEquals(g.indexToPhysical(0, 0, 0), c.indexToPhysical(0, 0, 0), 1e-12);
        assertEquals(x[g.index(6, 4, 5)], p.image().get(c.index(6, 4, 5)), 0);
        assertEquals(4, p.mask().count());
        assertTrue(p.mask().contains(c.index(3, 2, 4)));
        // pad 0: exactly the box (x 2..4, y 1..2, z 1..4), origin moved to its first voxel
        PyRadiomicsPreprocessing.Prepared tight = PyRadiomicsPreprocessing.crop(Volume.ofFloats(g, x, Volume.HU),
                Mask.of(g, m), 0);
        ImageGeometry t = tight.image().geometry();
        assertArrayEquals(new int[] {3, 2, 4}, new int[] {t.nx(), t.ny(), t.nz()});
        assertArrayEquals(g.indexToPhysical(2, 1, 1), t.indexToPhysical(0, 0, 0), 1e-12);
        assertEquals(x[g.index(2, 1, 1)], tight.image().get(0), 0);
    }
}
