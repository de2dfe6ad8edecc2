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
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Nifti;
import org.tacerisk.image.Volume;
import org.tacerisk.radiomics.compare.PyRadiomicsComparison;
import org.tacerisk.testsupport.SharedData;

/**
 * Acceptance of {@code conventions: pyradiomics} against PyRadiomics 3.1.0 itself (../shared/reference/pyradiomics:
 * the IBSI CT phantom with params-native.yaml and params-iso1mm.yaml, 1,130 values each): every value within 1e-6
 * relative, except the shape mesh values (0.1 %: PyRadiomics' own marching-cubes faces) and the LoG values (1 %).
 * Prints the worst feature of each image type and feature class.
 */
class PyRadiomicsReferenceTest {

    private static final String DIR = "reference/pyradiomics/";
    private static final String PHANTOM = "data/ibsi/ibsi_1_ct_radiomics_phantom/nifti/";

    /** Mesh-based shape features: PyRadiomics triangulates with its own table. */
    private static final List<String> MESH = List.of("original_shape_MeshVolume", "original_shape_SurfaceArea",
            "original_shape_SurfaceVolumeRatio", "original_shape_Sphericity");

    private static PyRadiomicsComparison compare(String which, boolean withLog) throws Exception {
        Path params = SharedData.require(DIR + "params-" + which + ".yaml");
        Path reference = SharedData.require(DIR + "ct_phantom_" + which + ".json");
        Path image = SharedData.require(PHANTOM + "image/phantom.nii.gz");
        // on the grid as SimpleITK reads the header (float32 spacing 0.9769999980926514, not 0.977)
        ImageGeometry stored = Nifti.storedGeometry(image);
        Volume ct = Nifti.readVolume(image).withGeometry(stored);
        Mask gtv = Nifti.readMask(SharedData.require(PHANTOM + "mask/mask.nii.gz")).withGeometry(stored);
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

    private static double tolerance(String feature) {
        if (feature.startsWith("log-")) {
            return 1e-2;
        }
        if (MESH.contains(feature)) {
            return 1e-3;
        }
        return 1e-6;
    }

    private static void assertAgreement(PyRadiomicsComparison c, int expectedColumns) {
        assertTrue(c.onlyTheirs().isEmpty(), "PyRadiomics columns we lack: " + c.onlyTheirs());
        assertTrue(c.onlyOurs().isEmpty(), "columns PyRadiomics lacks: " + c.onlyOurs());
        assertEquals(expectedColumns, c.relativeDifference().size());
        List<String> failing = new ArrayList<>();
        c.relativeDifference().forEach((k, d) -> {
            if (!(d <= tolerance(k))) {
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
        assertAgreement(compare("native", false), 14 + 9 * 93);
    }

    @Test
    void isotropicOneMillimetreOriginalAndWavelet() throws Exception {
        // PyRadiomics' resampling grid and sitkBSpline / nearest-neighbour interpolators
        assertAgreement(compare("iso1mm", false), 14 + 9 * 93);
    }

    @Test
    void nativeGridAllImageTypes() throws Exception {
        // Original, LoG σ 1/3/5 mm (SimpleITK's recursive LoG, re-derived) and the 8 wavelet bands: all 1,130
        assertAgreement(compare("native", true), 1130);
    }

    @Test
    void isotropicOneMillimetreAllImageTypes() throws Exception {
        assertAgreement(compare("iso1mm", true), 1130);
    }
}
