package org.tacerisk.deep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.common.Cancelled;
import org.tacerisk.common.Progress;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Volume;
import org.tacerisk.testsupport.SyntheticCrops;

class SaliencyTest {

    static final InputSpec SPEC = InputSpec.defaults();

    /** A model that only looks at crop pixels x ∈ [40, 48), y ∈ [16, 24) of the centre channel. */
    static class RegionModel implements DeepModel {
        int calls;

        @Override
        public InputSpec inputSpec() {
            return SPEC;
        }

        @Override
        public DeepOutput predict(float[] chw) {
            calls++;
            double s = 0;
            for (int y = 16; y < 24; y++) {
                for (int x = 40; x < 48; x++) {
                    s += chw[64 * 64 + y * 64 + x];
                }
            }
            return new DeepOutput(Math.min(1, s / 64), new float[0]);
        }

        @Override
        public void close() {
        }
    }

    /** A {@link RegionModel} that records the size of every batch it is sent. */
    static class BatchRecorder extends RegionModel {
        final List<Integer> batches = new ArrayList<>();

        @Override
        public List<DeepOutput> predictBatch(List<float[]> inputs) {
            batches.add(inputs.size());
            return super.predictBatch(inputs);
        }
    }

    static float[] crop() {
        float[] chw = new float[SPEC.length()];
        java.util.Arrays.fill(chw, 0.2f);
        for (int c = 0; c < 3; c++) {
            for (int y = 10; y < 30; y++) {
                for (int x = 34; x < 54; x++) {
                    chw[c * 4096 + y * 64 + x] = 1f;
                }
            }
        }
        return chw;
    }

    @Test
    void heatPeaksWhereTheModelLooks() {
        RegionModel model = new RegionModel();
        float[] heat = OcclusionSaliency.defaults().cropHeatMap(model, crop(), SPEC);
        assertEquals(1 + 15 * 15, model.calls);
        int best = 0;
        for (int p = 1; p < heat.length; p++) {
            best = heat[p] > heat[best] ? p : best;
        }
        int bx = best % 64;
        int by = best / 64;
        assertTrue(bx >= 40 && bx < 48 && by >= 16 && by < 24, "peak at " + bx + ", " + by);
        assertTrue(heat[best] > 0.5, "peak " + heat[best]);
        assertEquals(0, heat[5 * 64 + 5], 1e-9, "far from the region nothing changes");
        assertEquals(0, heat[60 * 64 + 10], 1e-9);
    }

    /**
     * Issue 12: the crop and its 225 occluded copies go to the model 32 at a time (7 × 32 + 2), not as 226 single
     * passes; the progress says how many windows are done and ends at 1.
     */
    @Test
    void cropsGoToTheModelInBatchesWithProgress() {
        BatchRecorder model = new BatchRecorder();
        List<String> steps = new ArrayList<>();
        List<Double> fractions = new ArrayList<>();
        float[] heat = OcclusionSaliency.defaults().cropHeatMap(model, crop(), SPEC, Progress.of((step, f) -> {
            steps.add(step);
            fractions.add(f);
        }, () -> false));
        assertEquals(List.of(32, 32, 32, 32, 32, 32, 32, 2), model.batches);
        assertEquals(226, model.calls);
        assertEquals("occlusion saliency: 0/226 windows", steps.get(0));
        assertEquals("occlusion saliency: 32/226 windows", steps.get(1));
        assertEquals("occlusion saliency: 226/226 windows", steps.get(steps.size() - 1));
        assertEquals(1.0, fractions.get(fractions.size() - 1));
        assertEquals(32 / 226.0, fractions.get(1), 1e-12);
        assertArrayEquals(OcclusionSaliency.defaults().cropHeatMap(new RegionModel(), crop(), SPEC), heat);
    }

    /** A cancel during a batch stops the map before the next batch is sent. */
    @Test
    void cancelStopsTheMapBetweenBatches() {
        Progress.Cancellable progress = Progress.cancellable((step, f) -> { });
        BatchRecorder model = new BatchRecorder() {
            @Override
            public List<DeepOutput> predictBatch(List<float[]> inputs) {
                progress.cancel(); // the user clicks Cancel while the first batch runs
                return super.predictBatch(inputs);
            }
        };
        assertThrows(Cancelled.class, () -> OcclusionSaliency.defaults().cropHeatMap(model, crop(), SPEC, progress));
        assertEquals(List.of(32), model.batches);
    }

    /**
     * The batched map equals the map of one forward pass per crop (as before issue 12) within 1e-6 in every pixel
     * (probability drops; the engine may sum in another order for another batch size), for the TorchScript fixture
     * on its fixed input and for a CompactResNet trained here on a synthetic crop.
     */
    @Test
    void batchedMapEqualsOnePassPerCropForBothModelFormats(@TempDir Path dir) throws Exception {
        try (DeepModel tiny = DeepModels.load(TorchScriptModelTest.FIXTURE)) {
            assertSameMap(tiny, TorchScriptModelTest.fixedInput());
        }
        List<TrainingCase> cases = SyntheticCrops.cases(SPEC, 24, 17);
        DeepTrainer.train(cases, TrainingOptions.defaults(SPEC).withEpochs(1).withWidth(8), dir.resolve("m"),
                Progress.NONE);
        try (DeepModel trained = DeepModels.load(dir.resolve("m"))) {
            assertSameMap(trained, cases.get(1).chw());
        }
    }

    private static void assertSameMap(DeepModel model, float[] chw) {
        OneAtATime single = new OneAtATime(model);
        float[] batched = OcclusionSaliency.defaults().cropHeatMap(model, chw, SPEC);
        float[] reference = OcclusionSaliency.defaults().cropHeatMap(single, chw, SPEC);
        assertEquals(226, single.passes());
        double largest = 0;
        double differs = 0;
        for (int p = 0; p < reference.length; p++) {
            assertEquals(reference[p], batched[p], 1e-6, model.name() + " pixel " + p);
            largest = Math.max(largest, Math.abs(reference[p]));
            differs = Math.max(differs, Math.abs(reference[p] - batched[p]));
        }
        System.out.printf("%s: largest drop %.3g, batched and one-pass maps differ by at most %.3g%n", model.name(),
                largest, differs);
        assertTrue(largest > 1e-4, model.name() + ": a map of zeros would prove nothing (largest " + largest + ")");
    }

    @Test
    void heatMapIsDrawnBackOntoTheRightVoxels() {
        // Crop pixels of 1 mm on 2 mm voxels: step ½ voxel; crop pixel (0, 0) is voxel (100.25, 50).
        CropPlacement placement = new CropPlacement(5, 100.25, 50, 0.5, 0.5);
        Crop crop = new Crop(crop(), SPEC, placement);
        SaliencyMap map = OcclusionSaliency.defaults().map(new RegionModel(), crop, 160, 120);
        assertEquals(5, map.slice());
        int[] peak = map.peak();
        // Region x ∈ [40, 48) → i ∈ [120.25, 124.25); y ∈ [16, 24) → j ∈ [58, 62).
        assertTrue(peak[0] >= 120 && peak[0] <= 124 && peak[1] >= 58 && peak[1] < 62,
                "peak voxel " + peak[0] + ", " + peak[1]);
        assertEquals(0, map.at(99, 60), "left of the crop");
        assertEquals(0, map.at(133, 60), "right of the crop (x = 65.5)");
        assertEquals(0, map.at(120, 10), "above the crop");
        assertTrue(map.at(122, 60) > 0.5 * map.max());
    }

    @Test
    void onSliceMapsPixelCentresExactly() {
        float[] heat = new float[64 * 64];
        heat[20 * 64 + 30] = 1;
        SaliencyMap map = OcclusionSaliency.onSlice(heat, 64, new CropPlacement(0, 10, 20, 1, 1), 128, 128);
        assertEquals(1f, map.at(40, 40));
        assertArrayEquals(new int[] {40, 40}, map.peak());
        assertEquals(0f, map.at(9, 40));
        assertThrows(IllegalArgumentException.class, () -> new OcclusionSaliency(4, 8));
    }

    @Test
    void overlayIsGreyOutsideAndColouredOnThePeak(@TempDir Path dir) throws Exception {
        ImageGeometry g = ImageGeometry.axisAligned(160, 120, 8, new double[] {2, 2, 3}, new double[] {0, 0, 0});
        float[] hu = new float[g.voxelCount()];
        java.util.Arrays.fill(hu, 70f);
        Volume volume = Volume.ofFloats(g, hu, Volume.HU);
        SaliencyMap map = OcclusionSaliency.defaults().map(new RegionModel(),
                new Crop(crop(), SPEC, new CropPlacement(5, 100.25, 50, 0.5, 0.5)), 160, 120);
        Path png = dir.resolve("saliency.png");
        SaliencyOverlay.writePng(volume, map, -100, 240, png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(160, image.getWidth());
        assertEquals(120, image.getHeight());
        int grey = image.getRGB(5, 5);
        int level = (int) Math.round(255 * 170 / 340.0);
        assertEquals(level, grey & 0xff);
        assertEquals(level, (grey >> 16) & 0xff);
        int hot = image.getRGB(map.peak()[0], map.peak()[1]);
        assertTrue(((hot >> 16) & 0xff) > (hot & 0xff) + 50, Integer.toHexString(hot));
    }
}
