package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
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
    void readsTheWholeFileInPyRadiomicsConventions() throws Exception {
        PyRadiomicsImport r = read("""
                imageType:
                  Original: {}
                  Wavelet: {wavelet: haar}
                  Square: {}
                featureClass:
                  glcm: [Contrast, MCC]
                  firstorder: []
                setting:
                  binWidth: 25
                  resampledPixelSpacing: [2, 2, 2]
                  interpolator: sitkLinear
                  resegmentRange: [-1000, 400]
                  label: 1
                  normalize: false
                  distances: [2]
                  gldm_a: 1
                  voxelArrayShift: 1000
                """);
        RadiomicsSettings s = r.settings();
        assertEquals(Conventions.PYRADIOMICS, s.conventions());
        assertEquals(Discretisation.fixedBinSize(25), s.discretisation());
        InterpolationSettings i = s.interpolation();
        assertTrue(i.enabled());
        assertEquals(new InterpolationSettings.Spacing(2, 2, 2.0), i.spacing());
        assertEquals(InterpolationMethod.LINEAR, i.imageMethod());
        assertEquals(InterpolationMethod.NEAREST, i.maskMethod(), "PyRadiomics resamples masks by nearest neighbour");
        assertFalse(i.roundIntensities(), "PyRadiomics does not round");
        assertEquals(ResegmentationSettings.range(-1000, 400), s.resegmentation());
        assertEquals(Set.of(Approach.THREE_D), s.approaches());
        assertEquals(new TextureParameters(2, 2, 2, 1, 1, true), s.texture());
        assertEquals(1000, s.pyradiomics().voxelArrayShift());
        assertEquals(EnumSet.of(Family.GLCM, Family.INTENSITY_STATISTICS, Family.INTENSITY_HISTOGRAM), s.families());
        assertTrue(s.pyradiomics().wants("glcm", "MCC"));
        assertFalse(s.pyradiomics().wants("glcm", "Idmn"));
        assertTrue(s.pyradiomics().wants("firstorder", "Kurtosis"), "an empty list is the whole class");
        assertFalse(s.pyradiomics().wants("shape", "VoxelVolume"));
        List<String> types = s.imageTypes().filters().stream().map(e -> e.create(null).imageTypeName()).toList();
        assertEquals(List.of("wavelet-LLH", "wavelet-LHL", "wavelet-LHH", "wavelet-HLL", "wavelet-HLH", "wavelet-HHL",
                "wavelet-HHH", "wavelet-LLL", "square"), types);
        assertTrue(s.imageTypes().original());
        assertEquals(List.of("setting.label"), r.ignoredKeys());
    }

    @Test
    void conventionsAndImageTypesSurviveTheSettingsYaml() throws Exception {
        // cohort extraction and bundles store the settings as TACE-Risk YAML: the conventions must come back
        RadiomicsSettings s = read("""
                imageType:
                  Original: {}
                  LoG: {sigma: [1.0, 3.0]}
                  Wavelet: {level: 2}
                  Gradient: {gradientUseSpacing: false}
                featureClass:
                  gldm: []
                setting:
                  binWidth: 10
                  voxelArrayShift: 300
                """).settings();
        String yaml = RadiomicsSettingsYaml.toYaml(s);
        assertTrue(yaml.contains("conventions: pyradiomics"), yaml);
        assertEquals(s, RadiomicsSettingsYaml.parse(yaml, null));
        assertEquals(Conventions.IBSI, RadiomicsSettingsYaml.parse("discretisation: {method: FIXED_BIN_NUMBER,"
                + " binCount: 8}\n", null).conventions(), "our own files default to IBSI");
        assertEquals(Conventions.PYRADIOMICS, RadiomicsSettingsYaml.parse("conventions: pyradiomics\n", null)
                .conventions());
    }

    @Test
    void minimumRoiSizeIsChecked() throws Exception {
        RadiomicsSettings s = read("setting:\n  minimumROISize: 100000\n  binCount: 8\n").settings();
        BadInputAssert.assertMessage(() -> RadiomicsExtractor.extract(FilteredRadiomicsTest.image(),
                FilteredRadiomicsTest.ellipsoid(), s), "minimumROISize 100000");
    }

    @Test
    void normalisationAndPreCropAreRead() throws Exception {
        PyRadiomicsOptions o = read("setting:\n  normalize: true\n  normalizeScale: 100\n  removeOutliers: 3\n"
                + "  preCrop: true\n").settings().pyradiomics();
        assertTrue(o.normalize());
        assertEquals(100, o.normalizeScale(), 0);
        assertEquals(3.0, o.removeOutliers());
        assertTrue(o.preCrop());
        PyRadiomicsOptions d = read("setting:\n  binWidth: 25\n").settings().pyradiomics();
        assertFalse(d.normalize());
        assertEquals(1, d.normalizeScale(), 0);
        assertEquals(null, d.removeOutliers());
        assertFalse(d.preCrop());
        // scale without normalize, preCrop with resampling: read, and reported as changing nothing
        PyRadiomicsImport r = read("setting:\n  normalizeScale: 100\n  preCrop: true\n"
                + "  resampledPixelSpacing: [1, 1, 1]\n");
        List<String> said = r.findings().stream().map(f -> f.message()).toList();
        assertTrue(said.stream().anyMatch(m -> m.contains("normalizeScale is used only with normalize: true")),
                said.toString());
        assertTrue(said.stream().anyMatch(m -> m.contains("preCrop changes nothing")), said.toString());
    }

    @Test
    void lbp2DIsReadWithItsOptions() throws Exception {
        ImageTypes types = read("imageType:\n  LBP2D: {lbp2DRadius: 2, lbp2DMethod: ror}\nsetting:\n"
                + "  lbp2DSamples: 12\n").settings().imageTypes();
        FilterEntry lbp = types.filters().get(0);
        assertEquals("pyradiomics-lbp2d", lbp.filter());
        assertEquals(2.0, lbp.parameters().get("radius"));
        assertEquals(12, lbp.parameters().get("samples"));
        assertEquals("ror", lbp.parameters().get("method"));
        BadInputAssert.assertMessage(() -> read("imageType:\n  LBP2D: {lbp2DMethod: var}\n"), "var");
    }

    @Test
    void refusesWhatItDoesNotDoByName() throws Exception {
        Path file = dir.resolve("Params.yaml");
        for (String[] c : new String[][] {
                {"imageType:\n  LBP3D: {}\n", "LBP3D"},
                {"imageType:\n  Median: {}\n", "Median"},
                {"imageType:\n  LoG: {sigma: [1], binWidth: 5}\n", "imageType.LoG.binWidth"},
                {"featureClass:\n  shape2D:\n", "shape2D"},
                {"featureClass:\n  glcm: [SumVariance]\n", "SumVariance"},
                {"setting:\n  binwidth: 25\n", "setting.binwidth"},
                {"setting:\n  normalize: true\n  normalizeScale: -1\n", "setting.normalizeScale"},
                {"setting:\n  distances: [1, 2]\n", "setting.distances"},
                {"setting:\n  weightingNorm: euclidean\n", "setting.weightingNorm"},
                {"setting:\n  force2Ddimension: 1\n", "force2Ddimension"},
                {"voxelSetting:\n  kernelRadius: 2\n", "voxelSetting"},
                {"settings:\n  binWidth: 25\n", "settings"},
                {"imageType:\n  Wavelet: {}\nsetting:\n  force2D: true\n", "force2D"}}) {
            Files.writeString(file, c[0]);
            BadInputAssert.assertMessage(() -> RadiomicsSettings.fromPyRadiomics(file), c[1], "Params.yaml");
        }
    }

    @Test
    void binEdgesAtMultiplesOfTheBinWidth() {
        // ROI minimum -1012: PyRadiomics' first edge is -1025 (IBSI would start at -1012)
        float[] x = {-1012, -1000.5f, -1000, -976, -975, 13};
        byte[] mask = {1, 1, 1, 1, 1, 1};
        Discretiser.Result r = Discretiser.discretise(x, mask, Discretisation.fixedBinSize(25),
                ResegmentationSettings.none(), Conventions.PYRADIOMICS);
        assertArrayEquals(new int[] {1, 1, 2, 2, 3, 42}, r.greyLevels());
        assertEquals(42, r.greyLevelCount());
        assertEquals(-1025, r.lowerBound());
        Discretiser.Result ibsi = Discretiser.discretise(x, mask, Discretisation.fixedBinSize(25),
                ResegmentationSettings.none());
        assertArrayEquals(new int[] {1, 1, 1, 2, 2, 42}, ibsi.greyLevels());
        // binCount: NumPy histogram edges, the maximum in the last bin
        Discretiser.Result n = Discretiser.discretise(new float[] {0, 1, 2, 3, 4}, new byte[] {1, 1, 1, 1, 1},
                Discretisation.fixedBinNumber(4), ResegmentationSettings.none(), Conventions.PYRADIOMICS);
        assertArrayEquals(new int[] {1, 2, 3, 4, 4}, n.greyLevels());
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
    void defaultsToPyRadiomicsBinWidthOriginalImageAndEveryClass() throws Exception {
        PyRadiomicsImport r = read("setting:\n  label: 2\n");
        assertEquals(Discretisation.fixedBinSize(25), r.settings().discretisation());
        assertFalse(r.settings().interpolation().enabled());
        assertEquals(ImageTypes.originalOnly(), r.settings().imageTypes());
        assertTrue(r.settings().pyradiomics().wants("ngtdm", "Busyness"));
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
