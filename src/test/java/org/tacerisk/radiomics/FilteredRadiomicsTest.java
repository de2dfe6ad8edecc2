package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Volume;
import org.tacerisk.radiomics.filter.BoundaryCondition;

/**
 * Filtered image types through {@link RadiomicsExtractor} with test filters ({@link TestFilters}): the IBSI-2
 * order of operations (mask from the unfiltered image, features of the filtered intensities), names, order and
 * the region filtered.
 */
class FilteredRadiomicsTest {

    private static final ImageGeometry GRID = ImageGeometry.axisAligned(30, 28, 14, new double[] {0.8, 0.8, 2},
            new double[] {-10, 5, 20});

    static Volume image() {
        float[] v = new float[GRID.voxelCount()];
        for (int k = 0; k < GRID.nz(); k++) {
            for (int j = 0; j < GRID.ny(); j++) {
                for (int i = 0; i < GRID.nx(); i++) {
                    int n = GRID.index(i, j, k);
                    v[n] = (float) Math.rint(200 * Math.sin(i * 0.4) * Math.cos(j * 0.3) + 15 * k + (n * 7919 % 61));
                }
            }
        }
        return Volume.ofFloats(GRID, v, Volume.HU);
    }

    static Mask ellipsoid() {
        byte[] m = new byte[GRID.voxelCount()];
        for (int k = 0; k < GRID.nz(); k++) {
            for (int j = 0; j < GRID.ny(); j++) {
                for (int i = 0; i < GRID.nx(); i++) {
                    double x = (i - 15) / 8.0;
                    double y = (j - 13) / 7.0;
                    double z = (k - 7) / 4.0;
                    m[GRID.index(i, j, k)] = (byte) (x * x + y * y + z * z <= 1 ? 1 : 0);
                }
            }
        }
        return Mask.of(GRID, m);
    }

    private static RadiomicsSettings base() {
        return RadiomicsSettings.defaults().withDiscretisation(Discretisation.fixedBinNumber(16))
                .withResegmentation(ResegmentationSettings.range(-150, 250));
    }

    private static FilterEntry entry(String filter, Map<String, Object> parameters) {
        return new FilterEntry(filter, "3D", BoundaryCondition.MIRROR, parameters);
    }

    private static RadiomicsResult extract(RadiomicsSettings s) {
        return RadiomicsExtractor.extract(image(), ellipsoid(), s, FamilyRegistry.all(), TestFilters::factory);
    }

    @Test
    void originalValuesAndDiagnosticsDoNotChangeWhenFiltersAreAdded() {
        for (RadiomicsSettings s : List.of(base(), base().withInterpolation(InterpolationSettings.linear(1, 1, 1.0)))) {
            RadiomicsResult plain = extract(s);
            RadiomicsResult filtered = extract(s.withImageTypes(new ImageTypes(true, null, null, null,
                    List.of(entry("test-offset", Map.of("offset", 5))))));
            assertEquals(plain.features(), filtered.features(FeatureValue.ORIGINAL));
            assertEquals(plain.diagnostics().describe(), filtered.diagnostics().describe());
            assertEquals(List.of("original", "test-offset-5"), filtered.imageTypes());
        }
    }

    @Test
    void intensityMaskComesFromTheUnfilteredImageAndFeaturesFromTheFilteredOne() {
        // IBSI-2 phase 2: re-segmentation [-150, 250] on the original intensities; +10000 moves every filtered
        // value outside that range, yet every voxel of the intensity mask is still used
        RadiomicsSettings s = base().withFamilies(Set.of(Family.INTENSITY_STATISTICS))
                .withImageTypes(new ImageTypes(true, null, null, null,
                        List.of(entry("test-offset", Map.of("offset", 10000)))));
        RadiomicsResult r = extract(s);
        List<FeatureValue> original = r.features(FeatureValue.ORIGINAL);
        List<FeatureValue> shifted = r.features("test-offset-10000");
        assertEquals(original.size(), shifted.size());
        for (int n = 0; n < original.size(); n++) {
            FeatureValue o = original.get(n);
            FeatureValue f = shifted.get(n);
            assertEquals(o.ibsiCode(), f.ibsiCode());
            switch (o.ibsiCode()) {
                case "Q4LE", "Y12H", "1GSF", "QG58", "8DWT", "84IY" -> assertEquals(o.value() + 10000, f.value(), 1e-3,
                        o.feature());
                case "ECT3", "KE2A", "IPH6", "SALO", "2OJQ", "4FUA", "1128", "N72L" -> assertEquals(o.value(),
                        f.value(), 1e-6 * Math.max(1, Math.abs(o.value())), o.feature());
                default -> {
                }
            }
        }
        assertTrue(original.get(0).pyradiomicsName().equals("original_firstorder_Mean"));
        assertEquals("test-offset-10000_firstorder_Mean", shifted.get(0).pyradiomicsName());
        assertEquals("", shifted.stream().filter(v -> v.ibsiCode().equals("IPH6")).findFirst().orElseThrow()
                .pyradiomicsName());
    }

    @Test
    void identityLikeFilterReproducesTheOriginalFamiliesExceptMorphologyAndIvh() {
        // the IVH range G of the original image is the re-segmentation range; a response map's is its own range
        // (the re-segmentation range is in original units), so IVH values legitimately differ
        RadiomicsSettings s = base().withImageTypes(new ImageTypes(true, null, null, null,
                List.of(entry("test-offset", Map.of("offset", 0)))));
        RadiomicsResult r = extract(s);
        Set<Family> skipped = Set.of(Family.MORPHOLOGY, Family.INTENSITY_VOLUME_HISTOGRAM);
        List<FeatureValue> original = r.features(FeatureValue.ORIGINAL).stream()
                .filter(v -> !skipped.contains(v.family())).toList();
        List<FeatureValue> filtered = r.features("test-offset-0").stream()
                .filter(v -> v.family() != Family.INTENSITY_VOLUME_HISTOGRAM).toList();
        assertFalse(filtered.stream().anyMatch(v -> v.family() == Family.MORPHOLOGY));
        assertEquals(original.size(), filtered.size());
        for (int n = 0; n < original.size(); n++) {
            FeatureValue o = original.get(n);
            FeatureValue f = filtered.get(n);
            assertEquals(o.referenceKey(), f.referenceKey());
            assertEquals(o.value(), f.value(), 1e-9 * Math.max(1, Math.abs(o.value())), o.feature());
            assertEquals(o.pyradiomicsName().replace("original_", "test-offset-0_"), f.pyradiomicsName());
        }
    }

    @Test
    void aMarginCoveringTheSupportGivesTheWholeImageResult() {
        RadiomicsSettings whole = base().withFamilies(Set.of(Family.INTENSITY_STATISTICS, Family.GLCM))
                .withImageTypes(new ImageTypes(false, null, null, null, List.of(entry("test-mean", Map.of()))));
        RadiomicsSettings boxed = whole.withImageTypes(new ImageTypes(false, null, null, 2.0,
                List.of(entry("test-mean", Map.of()))));
        assertEquals(extract(whole).features(), extract(boxed).features());
        assertEquals(List.of("test-mean-3D-mirror"), extract(whole).imageTypes());
    }

    @Test
    void imageTypesKeepTheSettingsOrderWhateverFinishesFirst() {
        List<FilterEntry> filters = List.of(
                new FilterEntry("test-mean", "3D", BoundaryCondition.ZERO, Map.of("delay_ms", 150)),
                new FilterEntry("test-mean", "2D", BoundaryCondition.MIRROR, Map.of()),
                entry("test-offset", Map.of("offset", 3)),
                new FilterEntry("test-mean", "3D", BoundaryCondition.NEAREST, Map.of("delay_ms", 40)));
        RadiomicsSettings s = base().withFamilies(Set.of(Family.INTENSITY_STATISTICS, Family.NGTDM))
                .withImageTypes(new ImageTypes(true, null, Discretisation.fixedBinSize(10), null, filters));
        RadiomicsResult first = extract(s);
        assertEquals(List.of("original", "test-mean-3D-zero", "test-mean-2D-mirror", "test-offset-3",
                "test-mean-3D-nearest"), first.imageTypes());
        assertEquals(first.features(), extract(s).features());
        assertTrue(first.features().stream().allMatch(v -> v.imageType().equals(FeatureValue.ORIGINAL)
                || v.pyradiomicsName().isEmpty() || v.pyradiomicsName().startsWith(v.imageType() + "_")));
    }

    @Test
    void unregisteredFilterAndDuplicateNamesAreRefusedBeforeAnyWork() {
        RadiomicsSettings unknown = base().withImageTypes(new ImageTypes(true, null, null, null,
                List.of(entry("gabour", Map.of()))));
        BadInputAssert.assertMessage(() -> extract(unknown), "filter 'gabour' is not registered");
        RadiomicsSettings twice = base().withImageTypes(new ImageTypes(true, null, null, null,
                List.of(entry("test-offset", Map.of("offset", 1)), entry("test-offset", Map.of("offset", 1)))));
        BadInputAssert.assertMessage(() -> extract(twice), "both named 'test-offset-1'");
        RadiomicsSettings badKey = base().withImageTypes(new ImageTypes(true, null, null, null,
                List.of(entry("test-offset", Map.of("offset", 1, "ofset", 2)))));
        BadInputAssert.assertMessage(() -> extract(badKey), "unknown filter parameter(s) [ofset]");
    }

    /**
     * Issue 11: a 3D LoG whose σ (1.5 mm) is below the 2 mm slices is refused before filtering, saying how the
     * settings resample first; the same σ in 2D, or in 3D after interpolation to 1 mm, gives features.
     */
    @Test
    void logSigmaBelowTheSliceSpacingIsRefusedNamingTheResampling() {
        RadiomicsSettings s = base().withFamilies(Set.of(Family.INTENSITY_STATISTICS)).withImageTypes(
                new ImageTypes(false, null, null, null, List.of(entry("log", Map.of("sigma_mm", 1.5)))));
        BadInputAssert.assertMessage(() -> RadiomicsExtractor.extract(image(), ellipsoid(), s),
                "imageTypes: log-sigma-1-5-mm-3D: σ = 1.5 mm is below one voxel along z (k) (spacing 2 mm)",
                "at most 1.5 mm along z (k), or filter in 2D", "interpolation.enabled: true",
                "interpolation.spacing.z at most 1.5 mm");
        RadiomicsSettings twoD = s.withImageTypes(new ImageTypes(false, null, null, null, List.of(new FilterEntry(
                "log", "2D", BoundaryCondition.MIRROR, Map.of("sigma_mm", 1.5)))));
        RadiomicsSettings resampled = s.withInterpolation(InterpolationSettings.linear(1, 1, 1.0));
        for (RadiomicsSettings runs : List.of(twoD, resampled)) {
            RadiomicsResult r = RadiomicsExtractor.extract(image(), ellipsoid(), runs);
            assertFalse(r.features().isEmpty());
            assertTrue(r.features().stream().allMatch(v -> Double.isFinite(v.value()) || v.ibsiCode().equals("7TET")
                    || v.ibsiCode().equals("9S40")), r.features().toString());
        }
    }

    @Test
    void csvAndJsonCarryTheImageType() {
        RadiomicsSettings s = base().withFamilies(Set.of(Family.INTENSITY_STATISTICS))
                .withImageTypes(new ImageTypes(false, null, null, null,
                        List.of(entry("test-offset", Map.of("offset", 2)))));
        RadiomicsResult r = extract(s);
        String csv = FeatureTable.toCsv(r.features());
        assertTrue(csv.startsWith(FeatureTable.HEADER + "\n"));
        assertTrue(FeatureTable.HEADER.endsWith(",image_type"));
        assertTrue(csv.lines().skip(1).allMatch(l -> l.endsWith(",test-offset-2")), csv);
        assertTrue(csv.contains(",test-offset-2_firstorder_Mean,"), csv);
    }

    @Test
    void ibsiPhantomConfigurationBWholeGridMatchesTheCroppedChain() throws Exception {
        // phase-2 configuration B processing (1 mm cubic B-spline) on the IBSI CT phantom: filtering needs the
        // whole interpolated grid; the original image's statistics from it equal those of the cropped chain, and
        // an identity-like filter reproduces them
        java.nio.file.Path phantom = org.tacerisk.testsupport.SharedData.ibsiCtPhantom();
        Volume ct = org.tacerisk.image.Nifti.readVolume(phantom.resolve("nifti/image/phantom.nii.gz"));
        Mask gtv = org.tacerisk.image.Nifti.readMask(phantom.resolve("nifti/mask/mask.nii.gz"));
        RadiomicsSettings b = RadiomicsSettings.read(java.nio.file.Path.of("docs", "ibsi2", "phase2-1B.yaml"));
        RadiomicsResult cropped = RadiomicsExtractor.extract(ct, gtv, b);
        RadiomicsResult whole = RadiomicsExtractor.extract(ct, gtv, b.withImageTypes(new ImageTypes(true, null, null,
                null, List.of(entry("test-offset", Map.of("offset", 0))))), FamilyRegistry.all(),
                TestFilters::factory);
        assertEquals(cropped.features(), whole.features(FeatureValue.ORIGINAL));
        assertEquals(cropped.diagnostics().describe(), whole.diagnostics().describe());
        List<FeatureValue> filtered = whole.features("test-offset-0");
        for (int n = 0; n < filtered.size(); n++) {
            assertEquals(cropped.features().get(n).value(), filtered.get(n).value(), 1e-9, filtered.get(n).feature());
        }
    }
}
