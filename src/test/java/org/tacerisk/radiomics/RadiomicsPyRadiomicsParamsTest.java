package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mapping of PyRadiomics parameter files (the documented "setting:" keys) onto TACE-Risk settings. */
class RadiomicsPyRadiomicsParamsTest {

    @TempDir
    Path dir;

    private PyRadiomicsImport read(String yaml) throws Exception {
        Path file = dir.resolve("Params.yaml");
        Files.writeString(file, yaml);
        return RadiomicsSettings.fromPyRadiomics(file);
    }

    @Test
    void mapsTheSupportedKeysAndListsTheRest() throws Exception {
        PyRadiomicsImport r = read("""
                imageType:
                  Original: {}
                featureClass:
                  glcm:
                setting:
                  binWidth: 25
                  resampledPixelSpacing: [2, 2, 2]
                  interpolator: sitkLinear
                  resegmentRange: [-1000, 400]
                  label: 1
                  normalize: false
                """);
        RadiomicsSettings s = r.settings();
        assertEquals(Discretisation.fixedBinSize(25), s.discretisation());
        InterpolationSettings i = s.interpolation();
        assertTrue(i.enabled());
        assertEquals(new InterpolationSettings.Spacing(2, 2, 2.0), i.spacing());
        assertEquals(InterpolationMethod.LINEAR, i.imageMethod());
        assertEquals(InterpolationMethod.NEAREST, i.maskMethod(), "PyRadiomics resamples masks by nearest neighbour");
        assertFalse(i.roundIntensities(), "PyRadiomics does not round");
        assertEquals(ResegmentationSettings.range(-1000, 400), s.resegmentation());
        assertEquals(Set.of(Approach.THREE_D), s.approaches());
        assertEquals(Set.of("imageType", "featureClass", "setting.label", "setting.normalize"),
                Set.copyOf(r.ignoredKeys()));
    }

    @Test
    void binCountForce2DAndKeptSliceSpacing() throws Exception {
        PyRadiomicsImport r = read("""
                setting:
                  binCount: 32
                  resampledPixelSpacing: [2, 2, 0]
                  interpolator: sitkBSpline
                  force2D: true
                  resegmentRange: [-500]
                """);
        RadiomicsSettings s = r.settings();
        assertEquals(Discretisation.fixedBinNumber(32), s.discretisation());
        assertEquals(new InterpolationSettings.Spacing(2, 2, null), s.interpolation().spacing(),
                "0 keeps the original spacing in PyRadiomics");
        assertEquals(InterpolationMethod.CUBIC_BSPLINE, s.interpolation().imageMethod());
        assertEquals(Set.of(Approach.TWO_D), s.approaches());
        assertEquals(new ResegmentationSettings(-500.0, null, null), s.resegmentation());
        assertTrue(r.ignoredKeys().isEmpty());
    }

    @Test
    void defaultsToPyRadiomicsBinWidthAndWarnsAboutItsLowerBound() throws Exception {
        PyRadiomicsImport r = read("setting:\n  label: 2\n");
        assertEquals(Discretisation.fixedBinSize(25), r.settings().discretisation());
        assertFalse(r.settings().interpolation().enabled());
        assertTrue(r.findings().stream().anyMatch(f -> f.code().equals("PYRADIOMICS_FBS_LOWER_BOUND")));
    }

    @Test
    void sigmaResegmentationBecomesOutlierFiltering() throws Exception {
        PyRadiomicsImport r = read("setting:\n  resegmentRange: [-3, 3]\n  resegmentMode: sigma\n  binCount: 16\n");
        assertEquals(new ResegmentationSettings(null, null, 3.0), r.settings().resegmentation());
    }

    @Test
    void unsupportedValuesAreErrors() throws Exception {
        Path file = dir.resolve("Params.yaml");
        Files.writeString(file, "setting:\n  resampledPixelSpacing: [1, 1, 1]\n  interpolator: sitkHamming\n");
        BadInputAssert.assertMessage(() -> RadiomicsSettings.fromPyRadiomics(file), "sitkHamming", "Params.yaml");
        Files.writeString(file, "setting:\n  binCount: 0\n");
        BadInputAssert.assertMessage(() -> RadiomicsSettings.fromPyRadiomics(file), "binCount");
    }
}
