package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Volume;

/**
 * Interpolation grid and linear resampling on cases small enough to compute by hand (IBSI-1 026Q, QCY4, E8H9).
 * Expected values come from the IBSI formulas worked out in the comments, never from this code's output.
 */
class InterpolationGridAndResamplingTest {

    private static final double[] ORIGIN = {10, 20, 30};

    private static RadiomicsSettings linear(double x, double y, Double z) {
        return RadiomicsSettings.defaults().withInterpolation(
                new InterpolationSettings(true, new InterpolationSettings.Spacing(x, y, z), InterpolationMethod.LINEAR,
                        InterpolationMethod.LINEAR, 0.5, false))
                .withDiscretisation(Discretisation.fixedBinNumber(8));
    }

    private static Mask full(ImageGeometry g) {
        byte[] m = new byte[g.voxelCount()];
        java.util.Arrays.fill(m, (byte) 1);
        return Mask.of(g, m);
    }

    @Test
    void ibsiExampleGridSizeAndCentredOrigin() {
        // IBSI-1 figure example: 4 x 4 voxels of 3 mm to 2 mm: n_b = ceil(4 * 3 / 2) = 6;
        // origin x_b = x_a + (s_a (n_a - 1) - s_b (n_b - 1)) / 2 = x_a + (9 - 10) / 2 = x_a - 0.5 mm
        ImageGeometry g = ImageGeometry.axisAligned(4, 4, 1, new double[] {3, 3, 3}, ORIGIN);
        InterpolationGrid grid = InterpolationGrid.of(g, linear(2, 2, null).interpolation());
        assertEquals(6, grid.size(0));
        assertEquals(6, grid.size(1));
        assertEquals(1, grid.size(2), "slice axis kept");
        ImageGeometry full = grid.geometry();
        assertArrayEquals(new double[] {9.5, 19.5, 30}, full.origin(), 1e-12);
        assertArrayEquals(new double[] {2, 2, 3}, full.spacing(), 0);
        // x_b,g = (n_a - 1 - s_b,g (n_b - 1)) / 2 = (3 - (2/3) 5) / 2 = -1/6
        assertEquals(-1.0 / 6, grid.sourceCoordinate(0, 0), 1e-12);
        // the centres coincide: first + last new point average to the original centre, 1.5
        assertEquals(1.5, (grid.sourceCoordinate(0, 0) + grid.sourceCoordinate(0, 5)) / 2, 1e-12);
    }

    @Test
    void ceilingIsNotFooledByFloatingPoint() {
        // 512 voxels of 0.9765625 mm are exactly 500 mm: 250 points of 2 mm, not 251
        ImageGeometry g = ImageGeometry.axisAligned(512, 1, 1, new double[] {0.9765625, 1, 1}, ORIGIN);
        assertEquals(250, InterpolationGrid.of(g, linear(2, 1, null).interpolation()).size(0));
    }

    @Test
    void bilinearThreeByThree() {
        // 1 mm grid, values (i, j):      j=0: 1 2 3 / j=1: 4 5 6 / j=2: 7 8 10
        // to 1.5 mm: n_b = ceil(3 / 1.5) = 2, x_b,g = (2 - 1.5) / 2 = 0.25, points at 0.25 and 1.75.
        // (0.25, 0.25) and the two mixed corners lie where the image is the plane 1 + i + 3j: 2.0, 3.5, 6.5;
        // (1.75, 1.75): weights 1/16, 3/16, 3/16, 9/16 on 5, 6, 8, 10 = 0.3125 + 1.125 + 1.5 + 5.625 = 8.5625
        ImageGeometry g = ImageGeometry.axisAligned(3, 3, 1, new double[] {1, 1, 2}, ORIGIN);
        Volume image = Volume.ofFloats(g, new float[] {1, 2, 3, 4, 5, 6, 7, 8, 10}, Volume.HU);
        ImageProcessor.Result r = ImageProcessor.processWithDiagnostics(image, full(g), linear(1.5, 1.5, null));
        ProcessedRoi roi = r.roi();
        assertEquals(2, roi.grid().nx());
        assertEquals(2, roi.grid().ny());
        assertEquals(1, roi.grid().nz());
        assertArrayEquals(new float[] {2.0f, 3.5f, 6.5f, 8.5625f}, roi.intensities(), 1e-6f);
        assertArrayEquals(new double[] {10.25, 20.25, 30}, roi.grid().origin(), 1e-12);
        assertEquals(4, r.diagnostics().morphologicalVoxels());
    }

    @Test
    void outsideTheOriginalGridTakesTheEdgeValue() {
        // 2 voxels of 1 mm (10, 20) to 0.6 mm: n_b = ceil(2 / 0.6) = 4, x_b,g = (1 - 0.6 * 3) / 2 = -0.4,
        // points -0.4, 0.2, 0.8, 1.4: edge 10, 10 + 0.2 * 10 = 12, 18, edge 20
        ImageGeometry g = ImageGeometry.axisAligned(2, 1, 1, new double[] {1, 1, 1}, ORIGIN);
        Volume image = Volume.ofFloats(g, new float[] {10, 20}, Volume.HU);
        ProcessedRoi roi = ImageProcessor.process(image, full(g), linear(0.6, 1, null));
        assertArrayEquals(new float[] {10, 12, 18, 20}, roi.intensities(), 1e-5f);
    }

    @Test
    void maskKeptAtExactlyTheThresholdAndIntensitiesRounded() {
        // 2 voxels of 1 mm to 2 mm: one point at x_b,g = (1 - 0) / 2 = 0.5, half-way. Mask (1, 0) -> 0.5, and
        // IBSI E8H9 keeps R >= delta; image (10, 23) -> 16.5, rounded to the nearest integer (ties to even) 16
        ImageGeometry g = ImageGeometry.axisAligned(2, 1, 1, new double[] {1, 1, 1}, ORIGIN);
        Volume image = Volume.ofFloats(g, new float[] {10, 23}, Volume.HU);
        Mask mask = Mask.of(g, new byte[] {1, 0});
        RadiomicsSettings s = RadiomicsSettings.defaults()
                .withInterpolation(InterpolationSettings.linear(2, 1, null));
        ProcessedRoi roi = ImageProcessor.process(image, mask, s);
        assertArrayEquals(new byte[] {1}, roi.morphologicalMask());
        assertArrayEquals(new float[] {16}, roi.intensities());
        RadiomicsSettings stricter = s.withInterpolation(new InterpolationSettings(true,
                new InterpolationSettings.Spacing(2, 1, null), InterpolationMethod.LINEAR, InterpolationMethod.LINEAR,
                0.51, true));
        BadInputAssert.assertMessage(() -> ImageProcessor.process(image, mask, stricter), "vanished");
    }

    @Test
    void nearestNeighbourPicksTheClosestVoxel() {
        // 4 voxels of 1 mm to 2 mm: n_b = 2, x_b,g = (3 - 2) / 2 = 0.5, points 0.5 and 2.5: half-way points go to
        // the higher voxel (floor(c + 0.5)): voxels 1 and 3
        ImageGeometry g = ImageGeometry.axisAligned(4, 1, 1, new double[] {1, 1, 1}, ORIGIN);
        Volume image = Volume.ofFloats(g, new float[] {1, 2, 3, 4}, Volume.HU);
        RadiomicsSettings s = RadiomicsSettings.defaults().withInterpolation(new InterpolationSettings(true,
                new InterpolationSettings.Spacing(2, 1, null), InterpolationMethod.NEAREST,
                InterpolationMethod.NEAREST, 0.5, true));
        assertArrayEquals(new float[] {2, 4}, ImageProcessor.process(image, full(g), s).intensities());
    }

    @Test
    void trilinearIsExactForALinearRamp() {
        // trilinear interpolation reproduces a linear function exactly inside the grid: f = 2i + 3j + 5k on a
        // 5 x 4 x 3 grid of 1 x 1 x 2 mm, resampled to 0.7 mm; check every new point inside the original extent
        ImageGeometry g = ImageGeometry.axisAligned(5, 4, 3, new double[] {1, 1, 2}, ORIGIN);
        float[] v = new float[g.voxelCount()];
        for (int k = 0; k < 3; k++) {
            for (int j = 0; j < 4; j++) {
                for (int i = 0; i < 5; i++) {
                    v[g.index(i, j, k)] = 2 * i + 3 * j + 5 * k;
                }
            }
        }
        ProcessedRoi roi = ImageProcessor.process(Volume.ofFloats(g, v, Volume.HU), full(g), linear(0.7, 0.7, 0.7));
        ImageGeometry p = roi.grid();
        int checked = 0;
        for (int k = 0; k < p.nz(); k++) {
            for (int j = 0; j < p.ny(); j++) {
                for (int i = 0; i < p.nx(); i++) {
                    double[] x = g.physicalToIndex(p.indexToPhysical(i, j, k)[0], p.indexToPhysical(i, j, k)[1],
                            p.indexToPhysical(i, j, k)[2]);
                    if (x[0] >= 0 && x[0] <= 4 && x[1] >= 0 && x[1] <= 3 && x[2] >= 0 && x[2] <= 2) {
                        assertEquals(2 * x[0] + 3 * x[1] + 5 * x[2], roi.intensities()[p.index(i, j, k)], 1e-4);
                        checked++;
                    }
                }
            }
        }
        assertEquals(true, checked > 50, "enough interior points checked: " + checked);
    }
}
