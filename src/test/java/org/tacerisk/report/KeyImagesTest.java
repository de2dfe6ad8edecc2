package org.tacerisk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.tacerisk.deep.SaliencyColours;
import org.tacerisk.deep.SaliencyMap;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Volume;

/** The saliency key image: the heat map in the screen's colours over the report's window, on the map's slice. */
class KeyImagesTest {

    private static final ImageGeometry GRID = ImageGeometry.axisAligned(40, 40, 5, new double[] {1, 1, 2},
            new double[] {0, 0, 0});

    @Test
    void saliencyIsBlendedInTheScreensColoursOnItsSlice() {
        short[] hu = new short[GRID.voxelCount()];
        java.util.Arrays.fill(hu, (short) 40); // the level: grey 128 (rounded) everywhere
        byte[] inside = new byte[GRID.voxelCount()];
        for (int k = 1; k <= 3; k++) {
            for (int j = 15; j < 25; j++) {
                for (int i = 15; i < 25; i++) {
                    inside[GRID.index(i, j, k)] = 1;
                }
            }
        }
        Volume ct = Volume.ofShorts(GRID, hu, Volume.HU);
        Mask tumour = Mask.of(GRID, inside);
        float[] heat = new float[40 * 40];
        heat[20 + 40 * 20] = 2f; // the maximum, in the middle of the tumour
        heat[5 + 40 * 5] = 0.1f; // 5 % of it: not drawn
        KeyImages.KeyImage key = KeyImages.saliency(ct, tumour, new SaliencyMap(3, 40, 40, heat));
        assertEquals(3, key.slice());
        BufferedImage image = key.image();
        // the crop is the tumour's box (voxels 15–24) with 30 mm around it, clipped to the grid: the whole 40 × 40
        assertEquals(KeyImages.SIZE, image.getWidth());
        double pixelsPerVoxel = image.getWidth() / 40.0;
        int grey = (int) Math.round(255 * 0.5);
        int peak = image.getRGB((int) (20.5 * pixelsPerVoxel), (int) (20.5 * pixelsPerVoxel)) & 0xffffff;
        assertEquals(SaliencyColours.blend(grey, 1.0), peak, "the maximum in the ramp's top colour");
        int faint = image.getRGB((int) (5.5 * pixelsPerVoxel), (int) (5.5 * pixelsPerVoxel)) & 0xffffff;
        assertEquals(grey << 16 | grey << 8 | grey, faint, "below 10 % of the maximum: grey only");
        int edge = image.getRGB((int) (15.2 * pixelsPerVoxel), (int) (20.5 * pixelsPerVoxel)) & 0xffffff;
        assertEquals(KeyImages.OUTLINE_RGB, edge, "the outline drawn over the heat map");
        assertTrue(SaliencyColours.blend(grey, 1.0) != (grey << 16 | grey << 8 | grey));
    }

    @Test
    void aMapOfAnotherGridIsRefused() {
        Volume ct = Volume.ofShorts(GRID, new short[GRID.voxelCount()], Volume.HU);
        Mask tumour = Mask.of(GRID, new byte[GRID.voxelCount()]);
        assertThrows(IllegalArgumentException.class,
                () -> KeyImages.saliency(ct, tumour, new SaliencyMap(0, 20, 20, new float[400])));
    }
}
