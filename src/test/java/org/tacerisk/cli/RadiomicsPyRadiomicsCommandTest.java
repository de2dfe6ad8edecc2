package org.tacerisk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.image.Nifti;
import org.tacerisk.image.DemoPhantom;

/** {@code tacerisk radiomics --pyradiomics} (names, conventions printed) and {@code tacerisk radiomics compare}. */
class RadiomicsPyRadiomicsCommandTest extends CommandLineTestBase {

    @TempDir
    Path dir;

    private Path image;
    private Path mask;
    private Path params;

    @BeforeEach
    void writeDemoCase() throws IOException {
        DemoPhantom.Phantom p = DemoPhantom.small(1);
        image = dir.resolve("ct.nii.gz");
        mask = dir.resolve("tumour.nii.gz");
        Nifti.write(p.ct(), image);
        Nifti.write(p.tumour(), mask);
        params = dir.resolve("Params.yaml");
        Files.writeString(params, "imageType:\n  Original: {}\n  Square: {}\nfeatureClass:\n  firstorder: []\n"
                + "  glcm: [Contrast, MCC]\nsetting:\n  binWidth: 25\n  label: 1\n");
    }

    @Test
    void pyradiomicsFileGivesPyRadiomicsNamesAndSaysWhichConventions() throws IOException {
        Path csv = dir.resolve("ours.csv");
        assertEquals(0, run("radiomics", "--image", image.toString(), "--mask", mask.toString(), "--settings",
                params.toString(), "--pyradiomics", "--json", "--out", csv.toString()), err::toString);
        assertTrue(err.toString().contains("conventions: pyradiomics"), err::toString);
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertEquals("pyradiomics", root.get("conventions").asText());
        List<String> names = new ArrayList<>();
        root.get("features").forEach(f -> names.add(f.get("pyradiomics_name").asText()));
        // 18 firstorder + 2 glcm, on the original and the square image
        assertEquals(40, names.size(), names::toString);
        assertTrue(names.contains("original_firstorder_Kurtosis"));
        assertTrue(names.contains("square_glcm_MCC"));
        assertTrue(names.contains("original_firstorder_TotalEnergy"));

        // compare with itself: everything agrees; with one value changed and one column gone: reported, exit 1
        assertEquals(0, run("radiomics", "compare", csv.toString(), csv.toString()), out::toString);
        assertTrue(out.toString().contains("40 features compared, 40 within"), out::toString);
        Path theirs = dir.resolve("pyradiomics.json");
        StringBuilder json = new StringBuilder("{");
        for (JsonNode f : root.get("features")) {
            String name = f.get("pyradiomics_name").asText();
            if (name.equals("original_glcm_MCC")) {
                continue;
            }
            double v = f.get("value").asDouble();
            json.append('"').append(name).append("\": ").append(name.equals("original_firstorder_Mean") ? v * 1.01 + 1
                    : v).append(',');
        }
        json.append("\"original_shape_VoxelVolume\": 1}");
        Files.writeString(theirs, json.toString());
        assertEquals(1, run("radiomics", "compare", csv.toString(), theirs.toString()));
        String report = out.toString();
        assertTrue(report.contains("original_firstorder_Mean"), report);
        assertTrue(report.contains("missing from ours (1): [original_shape_VoxelVolume]"), report);
        assertTrue(report.contains("only in ours (1): [original_glcm_MCC]"), report);
    }

    @Test
    void unsupportedImageTypeIsBadInputNamingIt() throws IOException {
        Files.writeString(params, "imageType:\n  LBP3D: {}\n");
        assertEquals(ExitCodes.BAD_INPUT, run("radiomics", "--image", image.toString(), "--mask", mask.toString(),
                "--settings", params.toString(), "--pyradiomics"));
        assertTrue(err.toString().contains("LBP3D"), err::toString);
    }

    @Test
    void aWaveletPrecisionThatDoesNotFollowTheFileIsWarned() throws IOException {
        Path wavelet = dir.resolve("Wavelet.yaml");
        Files.writeString(wavelet, "imageType:\n  Wavelet: {}\nfeatureClass:\n  firstorder: [Mean]\n"
                + "setting:\n  binWidth: 25\n");
        // the demo CT is stored as int16: a float32 wavelet is not what PyRadiomics computes for it
        assertEquals(0, run("radiomics", "--image", image.toString(), "--mask", mask.toString(), "--settings",
                wavelet.toString(), "--pyradiomics", "--float32-image", "--out", dir.resolve("w.csv").toString()),
                err::toString);
        assertTrue(err.toString().contains("PYRADIOMICS_WAVELET_PRECISION"), err::toString);
        assertTrue(err.toString().contains("(here: --float32-image)"), err::toString);
        assertEquals(0, run("radiomics", "--image", image.toString(), "--mask", mask.toString(), "--settings",
                wavelet.toString(), "--pyradiomics", "--out", dir.resolve("w2.csv").toString()), err::toString);
        assertTrue(!err.toString().contains("PYRADIOMICS_WAVELET_PRECISION"), err::toString);
    }
}
