package org.tacerisk.deep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.IntBinaryOperator;
import org.junit.jupiter.api.Test;
import org.tacerisk.common.BadInputException;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Volume;

/** Hand-computed crops: placement, bilinear sampling, edge padding, window, channel order, mask channel. */
class TumourCropTest {

    /** 100 × 80 × 10 voxels of 0.5 × 0.8 × 2 mm. */
    private static final ImageGeometry GRID = ImageGeometry.axisAligned(100, 80, 10, new double[] {0.5, 0.8, 2},
            new double[] {-20, 30, 5});
    /** Window wide enough that every test HU maps linearly: value = (HU + 1000) / 4000. */
    private static final double LOW = -1000;
    private static final double HIGH = 3000;

    /** Slice 5: a 10 × 10 box at i 40–49, j 20–29 (100 voxels); slice 4: a 4 × 4 box (16 voxels). */
    private static Mask blob() {
        byte[] m = new byte[GRID.voxelCount()];
        for (int j = 20; j <= 29; j++) {
            for (int i = 40; i <= 49; i++) {
                m[GRID.index(i, j, 5)] = 1;
            }
        }
        for (int j = 22; j <= 25; j++) {
            for (int i = 42; i <= 45; i++) {
                m[GRID.index(i, j, 4)] = 1;
            }
        }
        return Mask.of(GRID, m);
    }

    /** A CT whose HU at (i, j, k) is {@code hu(i, k) }, the same along j. */
    private static Volume ct(ImageGeometry g, IntBinaryOperator hu) {
        short[] v = new short[g.voxelCount()];
        for (int k = 0; k < g.nz(); k++) {
            for (int j = 0; j < g.ny(); j++) {
                for (int i = 0; i < g.nx(); i++) {
                    v[g.index(i, j, k)] = (short) hu.applyAsInt(i, k);
                }
            }
        }
        return Volume.ofShorts(g, v, Volume.HU);
    }

    @Test
    void centredOnTheBoundingBoxOfTheLargestSliceAtTheSpecsPixelSize() {
        InputSpec spec = new InputSpec(8, 1.0, 1, LOW, HIGH, false);
        Crop crop = TumourCrop.of(ct(GRID, (i, k) -> 0), blob(), spec);
        // Slice 5 is largest; box centre (44.5, 24.5); steps 1 mm / 0.5 mm = 2 and 1 mm / 0.8 mm = 1.25 voxels;
        // origin = centre − 3.5 · step = (37.5, 20.125).
        assertEquals(new CropPlacement(5, 37.5, 20.125, 2.0, 1.25), crop.placement());
        double[] middle = crop.placement().voxelOf(3.5, 3.5);
        assertArrayEquals(new double[] {44.5, 24.5}, middle, 1e-12);
    }

    @Test
    void channelsAreSlicesKMinusNToKPlusNInOrderBilinearInPlane() {
        InputSpec spec = new InputSpec(8, 1.0, 2, LOW, HIGH, false);
        // HU = 100 k + 2 i: linear, so bilinear sampling is exact at fractional i.
        Crop crop = TumourCrop.of(ct(GRID, (i, k) -> 100 * k + 2 * i), blob(), spec);
        float[] v = crop.chw();
        for (int c = 0; c < 5; c++) {
            int slice = 3 + c;
            for (int y = 0; y < 8; y++) {
                for (int x = 0; x < 8; x++) {
                    double i = 37.5 + 2 * x;
                    double expected = (100 * slice + 2 * i - LOW) / (HIGH - LOW);
                    assertEquals(expected, v[c * 64 + y * 8 + x], 1e-6, "channel " + c + " x " + x + " y " + y);
                }
            }
        }
    }

    @Test
    void bilinearBetweenVoxelsIsTheWeightedMeanNotTheFunctionValue() {
        InputSpec spec = new InputSpec(8, 1.0, 0, LOW, HIGH, false);
        // HU = i²: pixel x = 0 lies at i = 37.5, halfway between 37² = 1369 and 38² = 1444 → 1406.5 (not 1406.25).
        Crop crop = TumourCrop.of(ct(GRID, (i, k) -> i * i / 4), blob(), spec);
        // i²/4 in integers: 37 → 342, 38 → 361; halfway 351.5.
        assertEquals((351.5 - LOW) / (HIGH - LOW), crop.chw()[0], 1e-7);
    }

    @Test
    void tumourAtTheEdgeIsPaddedWithAirAndNeighbourSlicesRepeatTheNearest() {
        ImageGeometry g = ImageGeometry.axisAligned(20, 20, 3, new double[] {1, 1, 1}, new double[3]);
        byte[] m = new byte[g.voxelCount()];
        for (int j = 0; j <= 3; j++) {
            for (int i = 0; i <= 3; i++) {
                m[g.index(i, j, 0)] = 1;
            }
        }
        InputSpec spec = new InputSpec(8, 1.0, 1, LOW, HIGH, false);
        Crop crop = TumourCrop.of(ct(g, (i, k) -> 100 + 10 * i + 1000 * k), Mask.of(g, m), spec);
        // Centre (1.5, 1.5), step 1 → origin (−2, −2): pixels x, y = 0, 1 lie outside the image (−1000 HU → 0).
        assertEquals(new CropPlacement(0, -2, -2, 1, 1), crop.placement());
        float[] v = crop.chw();
        int[] slices = {0, 0, 1}; // k − 1 = −1 repeats slice 0
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < 8; y++) {
                for (int x = 0; x < 8; x++) {
                    boolean outside = x < 2 || y < 2;
                    double hu = outside ? -1000 : 100 + 10 * (x - 2) + 1000 * slices[c];
                    assertEquals((hu - LOW) / (HIGH - LOW), v[c * 64 + y * 8 + x], 1e-6, c + "," + x + "," + y);
                }
            }
        }
    }

    @Test
    void windowMapsLowToZeroHighToOneAndClamps() {
        InputSpec liver = new InputSpec(8, 1.0, 0, -100, 240, false);
        int[] hu = {-500, -100, 70, 240, 500};
        double[] expected = {0, 0, 0.5, 1, 1};
        for (int n = 0; n < hu.length; n++) {
            int value = hu[n];
            Crop crop = TumourCrop.of(ct(GRID, (i, k) -> value), blob(), liver);
            for (float f : crop.chw()) {
                assertEquals(expected[n], f, 1e-7, "HU " + value);
            }
        }
    }

    @Test
    void maskChannelComesLastNearestNeighbour() {
        InputSpec spec = new InputSpec(8, 1.0, 1, LOW, HIGH, true);
        Crop crop = TumourCrop.of(ct(GRID, (i, k) -> 0), blob(), spec);
        assertEquals(4 * 64, crop.chw().length);
        // Nearest voxel of pixel x: round(37.5 + 2x) = 38 + 2x, inside 40–49 for x = 1..5; of row y:
        // round(20.125 + 1.25y) = 20..29, all inside 20–29.
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                assertEquals(x >= 1 && x <= 5 ? 1f : 0f, crop.chw()[3 * 64 + y * 8 + x], x + "," + y);
            }
        }
    }

    @Test
    void deterministic() {
        InputSpec spec = InputSpec.defaults();
        Volume ct = ct(GRID, (i, k) -> 3 * i - 7 * k);
        assertArrayEquals(TumourCrop.of(ct, blob(), spec).chw(), TumourCrop.of(ct, blob(), spec).chw());
    }

    @Test
    void emptyMaskIsBadInput() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> TumourCrop.of(ct(GRID, (i, k) -> 0), Mask.empty(GRID), InputSpec.defaults()));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void maskOnAnotherGridIsBadInput() {
        ImageGeometry shifted = ImageGeometry.axisAligned(100, 80, 10, new double[] {0.5, 0.8, 2},
                new double[] {-20, 30, 7});
        Mask other = Mask.of(shifted, blob().toByteArray());
        BadInputException e = assertThrows(BadInputException.class,
                () -> TumourCrop.of(ct(GRID, (i, k) -> 0), other, InputSpec.defaults()));
        assertTrue(e.getMessage().contains("grid"), e.getMessage());
    }
}
