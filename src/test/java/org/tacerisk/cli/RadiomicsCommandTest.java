package org.tacerisk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.image.DemoPhantom;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Nifti;
import picocli.CommandLine;

/** {@code tacerisk radiomics}: output formats and bad input (exit code 3 with the cause named). */
class RadiomicsCommandTest extends CommandLineTestBase {

    @TempDir
    Path dir;

    private Path image;
    private Path mask;
    private final Path settings = Path.of("docs", "ibsi", "config-C.yaml");

    @BeforeEach
    void writeDemoCase() throws IOException {
        DemoPhantom.Phantom p = DemoPhantom.small(1);
        image = dir.resolve("ct.nii.gz");
        mask = dir.resolve("tumour.nii.gz");
        Nifti.write(p.ct(), image);
        Nifti.write(p.tumour(), mask);
    }

    @Test
    void jsonHasFeaturesAndDiagnosticsAndCsvHasTheHeader() throws IOException {
        Path csv = dir.resolve("features.csv");
        assertEquals(0, run("radiomics", "--image", image.toString(), "--mask", mask.toString(), "--settings",
                settings.toString(), "--json", "--out", csv.toString()), err::toString);
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertTrue(root.get("features").isArray());
        assertEquals(DemoPhantom.small(1).tumour().count(), root.at("/diagnostics/input_mask/voxels").asInt());
        assertTrue(Files.readString(csv).startsWith("family,feature,ibsi_code,aggregation_code"));
    }

    @Test
    void emptyMaskIsBadInput() throws IOException {
        Mask empty = Mask.empty(Nifti.readMask(mask).geometry());
        Path emptyMask = dir.resolve("empty.nii.gz");
        Nifti.write(empty, emptyMask);
        assertEquals(ExitCodes.BAD_INPUT, run("radiomics", "--image", image.toString(), "--mask",
                emptyMask.toString(), "--settings", settings.toString()));
        assertTrue(err.toString().toLowerCase().contains("empty"), err::toString);
    }

    @Test
    void maskOnAnotherGridIsBadInput() throws IOException {
        ImageGeometry other = ImageGeometry.axisAligned(10, 10, 10, new double[] {1, 1, 1}, new double[3]);
        byte[] voxels = new byte[other.voxelCount()];
        voxels[555] = 1;
        Path otherMask = dir.resolve("other.nii.gz");
        Nifti.write(Mask.of(other, voxels), otherMask);
        assertEquals(ExitCodes.BAD_INPUT, run("radiomics", "--image", image.toString(), "--mask",
                otherMask.toString(), "--settings", settings.toString()));
        assertTrue(err.toString().contains("grid"), err::toString);
    }

    @Test
    void misspeltSettingsKeyIsBadInputNamingTheKey() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "interpolation:\n  spacng: {x: 2, y: 2, z: 2}\n");
        assertEquals(ExitCodes.BAD_INPUT, run("radiomics", "--image", image.toString(), "--mask", mask.toString(),
                "--settings", bad.toString()));
        assertTrue(err.toString().contains("spacng"), err::toString);
    }
}
