package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Nifti;
import org.tacerisk.image.Volume;
import org.tacerisk.testsupport.SharedData;

/**
 * normalize and preCrop on the IBSI CT phantom, checked against PyRadiomics' own values without them
 * (../shared/reference/pyradiomics/ct_phantom_native.json): normalising is affine, so the first-order mean moves
 * to (mean − μ)/σ · scale with μ, σ of the whole image; pre-cropping changes the LoG (filtered on the cropped
 * image) but not the original image's features.
 */
class PyRadiomicsPreprocessingPhantomTest {

    private static final String PHANTOM = "data/ibsi/ibsi_1_ct_radiomics_phantom/nifti/";

    @TempDir
    Path dir;

    private Map<String, Double> extract(Volume ct, Mask gtv, String setting) throws Exception {
        Path params = dir.resolve("params.yaml");
        Files.writeString(params, "imageType:\n  Original: {}\n  LoG: {sigma: [3.0]}\n"
                + "featureClass:\n  firstorder: []\nsetting:\n  binWidth: 25\n" + setting);
        RadiomicsSettings s = RadiomicsSettings.fromPyRadiomics(params, true).settings();
        Map<String, Double> out = new LinkedHashMap<>();
        for (FeatureValue v : RadiomicsExtractor.extract(ct, gtv, s).features()) {
            out.put(v.pyradiomicsName(), v.value());
        }
        return out;
    }

    @Test
    void preCropChangesTheLogNotTheOriginalImageAndNormaliseIsAffine() throws Exception {
        Path image = SharedData.require(PHANTOM + "image/phantom.nii.gz");
        ImageGeometry stored = Nifti.storedGeometry(image);
        Volume ct = Nifti.readVolume(image).withGeometry(stored);
        Mask gtv = Nifti.readMask(SharedData.require(PHANTOM + "mask/mask.nii.gz")).withGeometry(stored);
        JsonNode reference = new ObjectMapper().readTree(SharedData.require(
                "reference/pyradiomics/ct_phantom_native.json").toFile());

        Map<String, Double> cropped = extract(ct, gtv, "  preCrop: true\n");
        for (String f : new String[] {"original_firstorder_Mean", "original_firstorder_Variance",
            "original_firstorder_90Percentile"}) {
            double want = reference.get(f).asDouble();
            assertEquals(want, cropped.get(f), 1e-6 * Math.abs(want), f);
        }
        // the whole image's LoG (the reference) and the cropped image's differ: the recursive filter reaches the
        // crop's edges (a one-level coif1 wavelet, 6 taps, would not: padDistance 5 covers it)
        String band = "log-sigma-3-0-mm-3D_firstorder_Mean";
        double whole = reference.get(band).asDouble();
        assertTrue(Math.abs(cropped.get(band) - whole) > 1e-4 * Math.abs(whole), cropped.get(band) + " vs " + whole);

        // normalize: mean and σ of the whole image (n − 1), computed here directly
        double sum = 0;
        for (int v = 0; v < ct.voxelCount(); v++) {
            sum += ct.get(v);
        }
        double mu = sum / ct.voxelCount();
        double squares = 0;
        for (int v = 0; v < ct.voxelCount(); v++) {
            squares += (ct.get(v) - mu) * (ct.get(v) - mu);
        }
        double sigma = Math.sqrt(squares / (ct.voxelCount() - 1));
        Map<String, Double> normalised = extract(ct, gtv, "  normalize: true\n  normalizeScale: 100\n");
        double mean = reference.get("original_firstorder_Mean").asDouble();
        double want = (mean - mu) / sigma * 100;
        assertEquals(want, normalised.get("original_firstorder_Mean"), 1e-6 * Math.abs(want));
    }
}
