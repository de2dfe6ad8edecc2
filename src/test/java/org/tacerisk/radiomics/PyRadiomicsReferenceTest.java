package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Nifti;
import org.tacerisk.image.Volume;
import org.tacerisk.radiomics.compare.PyRadiomicsComparison;
import org.tacerisk.testsupport.SharedData;

/**
 * Acceptance of {@code conventions: pyradiomics} against PyRadiomics 3.1.0 itself (../shared/reference/pyradiomics:
 * the IBSI CT phantom with params-native.yaml and params-iso1mm.yaml, 1,130 values each): every value within 1e-6
 * relative, except the shape mesh values (0.1 %: PyRadiomics' own marching-cubes faces), the LoG values (1 %) and
 * the known wavelet deviation below. Prints the worst feature of each image type and feature class.
 */
class PyRadiomicsReferenceTest {

    private static final String DIR = "reference/pyradiomics/";
    private static final String PHANTOM = "data/ibsi/ibsi_1_ct_radiomics_phantom/nifti/";

    /** Mesh-based shape features: PyRadiomics triangulates with its own table. */
    private static final List<String> MESH = List.of("original_shape_MeshVolume", "original_shape_SurfaceArea",
            "original_shape_SurfaceVolumeRatio", "original_shape_Sphericity");

    /**
     * Known deviation, with its bound so that it can only get better: the wavelet responses are not yet bit-exact
     * (PyWavelets sums in float32 and our float32 emulation rounds differently somewhere), which shows in first-order
     * values near zero (Mean, Median, Skewness) and, after 1 mm resampling, moves a few voxels across a bin edge.
     *
     * @param firstOrder bound for wavelet first-order values
     * @param texture    bound for wavelet texture values
     */
    private record WaveletBounds(double firstOrder, double texture) {
    }

    /** Native grid: texture exact, first order within 1.2e-4 (measured). */
    private static final WaveletBounds NATIVE = new WaveletBounds(2e-4, 1e-6);

    /** 1 mm: first order within 1.3e-3, texture within 3.6e-5 (measured; HLL and LLL bands). */
    private static final WaveletBounds ISO_1MM = new WaveletBounds(2e-3, 1e-4);

    private static PyRadiomicsComparison compare(String which, boolean withLog) throws Exception {
        Path params = SharedData.require(DIR + "params-" + which + ".yaml");
        Path reference = SharedData.require(DIR + "ct_phantom_" + which + ".json");
        Volume ct = Nifti.readVolume(SharedData.require(PHANTOM + "image/phantom.nii.gz"));
        Mask gtv = Nifti.readMask(SharedData.require(PHANTOM + "mask/mask.nii.gz"));
        // the phantom's NIfTI stores float32, so PyWavelets computed the wavelet in float32
        RadiomicsSettings s = RadiomicsSettings.fromPyRadiomics(params, true).settings();
        assertEquals(Conventions.PYRADIOMICS, s.conventions());
        if (!withLog) {
            List<FilterEntry> filters = new ArrayList<>(s.imageTypes().filters());
            filters.removeIf(e -> e.filter().equals("pyradiomics-log"));
            s = s.withImageTypes(new ImageTypes(true, null, null, null, filters));
        }
        Map<String, Double> ours = new LinkedHashMap<>();
        for (FeatureValue v : RadiomicsExtractor.extract(ct, gtv, s).features()) {
            ours.put(v.pyradiomicsName(), v.value());
        }
        Map<String, Double> theirs = new LinkedHashMap<>();
        new ObjectMapper().readTree(reference.toFile()).fields().forEachRemaining(e -> {
            if (withLog || !e.getKey().startsWith("log-")) {
                theirs.put(e.getKey(), e.getValue().asDouble());
            }
        });
        PyRadiomicsComparison c = PyRadiomicsComparison.of(ours, theirs);
        System.out.println("PyRadiomics " + which + ":\n" + c.describe(1e-6));
        return c;
    }

    private static double tolerance(String feature, WaveletBounds wavelet) {
        if (feature.startsWith("log-")) {
            return 1e-2;
        }
        if (MESH.contains(feature)) {
            return 1e-3;
        }
        if (feature.startsWith("wavelet")) {
            return feature.contains("_firstorder_") ? wavelet.firstOrder() : wavelet.texture();
        }
        return 1e-6;
    }

    private static void assertAgreement(PyRadiomicsComparison c, int expectedColumns, WaveletBounds wavelet) {
        assertTrue(c.onlyTheirs().isEmpty(), "PyRadiomics columns we lack: " + c.onlyTheirs());
        assertTrue(c.onlyOurs().isEmpty(), "columns PyRadiomics lacks: " + c.onlyOurs());
        assertEquals(expectedColumns, c.relativeDifference().size());
        List<String> failing = new ArrayList<>();
        c.relativeDifference().forEach((k, d) -> {
            if (!(d <= tolerance(k, wavelet))) {
                failing.add(k + " " + d);
            }
        });
        assertTrue(failing.isEmpty(), failing.size() + " beyond tolerance: " + failing);
        long exact = c.relativeDifference().values().stream().filter(d -> d <= 1e-6).count();
        System.out.println(exact + " of " + c.relativeDifference().size() + " within 1e-6");
    }

    @Test
    void nativeGridOriginalAndWavelet() throws Exception {
        // 14 shape + 9 image types × 93 (Original and the 8 wavelet bands)
        assertAgreement(compare("native", false), 14 + 9 * 93, NATIVE);
    }

    @Test
    void isotropicOneMillimetreOriginalAndWavelet() throws Exception {
        // PyRadiomics' resampling grid and sitkBSpline / nearest-neighbour interpolators
        assertAgreement(compare("iso1mm", false), 14 + 9 * 93, ISO_1MM);
    }

    @Test
    void nativeGridAllImageTypes() throws Exception {
        // Original, LoG σ 1/3/5 mm (SimpleITK's recursive LoG, re-derived) and the 8 wavelet bands: all 1,130
        assertAgreement(compare("native", true), 1130, NATIVE);
    }

    @Test
    void isotropicOneMillimetreAllImageTypes() throws Exception {
        assertAgreement(compare("iso1mm", true), 1130, ISO_1MM);
    }
}
