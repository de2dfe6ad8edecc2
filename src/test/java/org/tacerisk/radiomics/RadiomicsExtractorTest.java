package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Volume;

/** The one-call extractor: order, concurrency and bad-input messages. */
class RadiomicsExtractorTest {

    private static final ImageGeometry GRID = ImageGeometry.axisAligned(6, 5, 4, new double[] {1, 1, 2},
            new double[] {0, 0, 0});

    /** A test family: sums a function of the grey levels; sleeps so that threads finish out of order. */
    private record SumFamily(Family family, int power, long sleepMs) implements FamilyCalculator {
        @Override
        public List<FeatureValue> compute(ProcessedRoi roi, FamilyContext context) {
            try {
                Thread.sleep(sleepMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            double sum = 0;
            for (int g : roi.greyLevels()) {
                sum += Math.pow(g, power);
            }
            return List.of(FeatureValue.of(family, "sum^" + power, "TEST", "", "", sum),
                    FeatureValue.of(family, "N_g", "TEST", "", "", roi.greyLevelCount()));
        }
    }

    private static final List<FamilyCalculator> FAMILIES = List.of(new SumFamily(Family.GLCM, 1, 60),
            new SumFamily(Family.MORPHOLOGY, 2, 0), new SumFamily(Family.NGTDM, 3, 30),
            new SumFamily(Family.GLSZM, 1, 10));

    private static Volume image() {
        float[] v = new float[GRID.voxelCount()];
        for (int n = 0; n < v.length; n++) {
            v[n] = (n * 37) % 200 - 100;
        }
        return Volume.ofFloats(GRID, v, Volume.HU);
    }

    private static Mask cube() {
        byte[] m = new byte[GRID.voxelCount()];
        for (int k = 1; k < 3; k++) {
            for (int j = 1; j < 4; j++) {
                for (int i = 1; i < 5; i++) {
                    m[GRID.index(i, j, k)] = 1;
                }
            }
        }
        return Mask.of(GRID, m);
    }

    private static RadiomicsSettings settings() {
        return RadiomicsSettings.defaults().withDiscretisation(Discretisation.fixedBinNumber(8));
    }

    @Test
    void resultsFollowTheCalculatorOrderAndTheChosenFamilies() {
        RadiomicsResult r = RadiomicsExtractor.extract(image(), cube(), settings(), FAMILIES);
        List<Family> order = r.features().stream().map(FeatureValue::family).distinct().toList();
        assertEquals(List.of(Family.GLCM, Family.MORPHOLOGY, Family.NGTDM, Family.GLSZM), order);
        assertEquals(24, r.diagnostics().intensityVoxels());
        RadiomicsResult some = RadiomicsExtractor.extract(image(), cube(),
                settings().withFamilies(EnumSet.of(Family.NGTDM, Family.GLCM)), FAMILIES);
        assertEquals(List.of(Family.GLCM, Family.NGTDM),
                some.features().stream().map(FeatureValue::family).distinct().toList());
        // The default registry holds all eleven IBSI families, in IBSI's order.
        assertEquals(List.of(Family.values()), FamilyRegistry.all().stream().map(FamilyCalculator::family).toList());
    }

    @Test
    void concurrentExtractionsGiveIdenticalResults() throws Exception {
        // The real families: none may keep static mutable state.
        List<FamilyCalculator> families = FamilyRegistry.all();
        RadiomicsResult reference = RadiomicsExtractor.extract(image(), cube(), settings(), families);
        // a second configuration running at the same time must not leak into the first
        RadiomicsSettings other = RadiomicsSettings.defaults().withDiscretisation(Discretisation.fixedBinSize(7))
                .withInterpolation(InterpolationSettings.linear(0.8, 0.8, 0.8));
        RadiomicsResult otherReference = RadiomicsExtractor.extract(image(), cube(), other, families);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<RadiomicsResult>> same = new ArrayList<>();
            List<Future<RadiomicsResult>> different = new ArrayList<>();
            for (int n = 0; n < 4; n++) {
                same.add(pool.submit(() -> RadiomicsExtractor.extract(image(), cube(), settings(), families)));
                different.add(pool.submit(() -> RadiomicsExtractor.extract(image(), cube(), other, families)));
            }
            for (Future<RadiomicsResult> f : same) {
                assertEquals(reference.features(), f.get().features());
            }
            for (Future<RadiomicsResult> f : different) {
                assertEquals(otherReference.features(), f.get().features());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** IBSI: a feature undefined for the input is NaN with a stated reason, never an exception. */
    @Test
    void oneVoxelRoiGivesReasonsForEveryUndefinedFeature() {
        byte[] one = new byte[GRID.voxelCount()];
        one[GRID.index(2, 2, 1)] = 1;
        RadiomicsResult r = RadiomicsExtractor.extract(image(), Mask.of(GRID, one), settings(),
                FamilyRegistry.all());
        assertEquals(java.util.Set.of(Family.values()), r.features().stream().map(FeatureValue::family)
                .collect(java.util.stream.Collectors.toSet()), "every family reports");
        for (FeatureValue f : r.features()) {
            if (Double.isNaN(f.value())) {
                assertTrue(!f.undefinedReason().isBlank(), () -> f.feature() + " is NaN without a reason");
            }
        }
        assertTrue(r.features().stream().anyMatch(f -> Double.isNaN(f.value())), "some features are undefined");
    }

    @Test
    void emptyMask() {
        BadInputAssert.assertMessage(() -> RadiomicsExtractor.extract(image(), Mask.empty(GRID), settings(),
                FAMILIES), "mask is empty");
    }

    @Test
    void maskOnAnotherGridNamesBothGrids() {
        ImageGeometry shifted = ImageGeometry.axisAligned(6, 5, 4, new double[] {1, 1, 2}, new double[] {0.5, 0, 0});
        Mask mask = Mask.of(shifted, cube().toByteArray());
        BadInputAssert.assertMessage(() -> RadiomicsExtractor.extract(image(), mask, settings(), FAMILIES),
                "differs", "mask 6x5x4", "origin [0.5, 0.0, 0.0]", "image 6x5x4", "origin [0.0, 0.0, 0.0]");
    }

    @Test
    void maskOutsideTheImage() {
        ImageGeometry far = ImageGeometry.axisAligned(6, 5, 4, new double[] {1, 1, 2}, new double[] {500, 0, 0});
        Mask mask = Mask.of(far, cube().toByteArray());
        BadInputAssert.assertMessage(() -> RadiomicsExtractor.extract(image(), mask, settings(), FAMILIES),
                "outside the image");
    }

    @Test
    void everythingRemovedByResegmentationSaysRangeAndRoiRange() {
        RadiomicsSettings s = settings().withResegmentation(ResegmentationSettings.range(500, 1000));
        BadInputAssert.assertMessage(() -> RadiomicsExtractor.extract(image(), cube(), s, FAMILIES),
                "removed every ROI voxel", "[500.0, 1000.0]", "intensities are [-94.0, 97.0]");
    }

    @Test
    void nanInsideTheRoi() {
        float[] v = image().toFloatArray();
        v[GRID.index(2, 2, 1)] = Float.NaN;
        Volume withNaN = Volume.ofFloats(GRID, v, Volume.HU);
        BadInputAssert.assertMessage(() -> RadiomicsExtractor.extract(withNaN, cube(), settings(), FAMILIES),
                "NaN", "(2, 2, 1)");
        // a NaN outside the ROI does not matter without interpolation
        v = image().toFloatArray();
        v[GRID.index(0, 0, 0)] = Float.NaN;
        RadiomicsExtractor.extract(Volume.ofFloats(GRID, v, Volume.HU), cube(), settings(), FAMILIES);
    }

    @Test
    void aFailingFamilyIsNamed() {
        FamilyCalculator broken = new FamilyCalculator() {
            @Override
            public Family family() {
                return Family.GLDZM;
            }

            @Override
            public List<FeatureValue> compute(ProcessedRoi roi, FamilyContext context) {
                throw new ArithmeticException("boom");
            }
        };
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> RadiomicsExtractor.extract(image(), cube(), settings(), List.of(broken)));
        assertTrue(e.getMessage().contains("GLDZM") && e.getMessage().contains("boom"), e.getMessage());
    }
}
