package org.tacerisk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.dicom.RtStructWriter;
import org.tacerisk.dicom.StructureSetEdits;
import org.tacerisk.image.DemoPhantom;
import org.tacerisk.image.Nifti;
import org.tacerisk.image.NiftiLabels;
import org.tacerisk.testsupport.ShellAroundTumour;
import org.tacerisk.testsupport.TwoSeriesFolder;

/**
 * Choices through the commands (issue 11): a NIfTI label image needs {@code --roi} (A), a folder with two series
 * needs {@code --series} in every command that reads a DICOM folder (K), {@code dicom convert} leaves nothing
 * behind when it fails (J), and {@code dicom scan} shows a structure set whose references disagree (L).
 */
class CaseInputChoicesCommandTest extends CommandLineTestBase {

    private static final Path SETTINGS = Path.of("docs", "ibsi", "config-C.yaml");
    private static final Path TINY_MODEL = Path.of("src", "test", "resources", "deep", "tiny-model");
    private static final Path DEMO_BUNDLE = Path.of("models", "hcc-tace-demo");
    private static final String CLINICAL = "tumor_size_cm=17.6,nodules=1,afp_ng_ml=20";

    @TempDir
    Path dir;

    private Path shellCase() throws IOException {
        Nifti.write(ShellAroundTumour.ct(), dir.resolve("ct.nii.gz"));
        return ShellAroundTumour.writeLabels(dir, "labels.nii.gz");
    }

    private void assertLabelsListed() {
        String e = err.toString();
        assertTrue(e.contains("holds 2 labels") && e.contains("label 1: 41,500 voxels")
                && e.contains("label 2: 36,500 voxels") && e.contains("choose the label with --roi NAME|LABEL"), e);
    }

    @Test
    void radiomicsMeasuresTheChosenLabelOfAShellAroundTumourMask() throws IOException {
        Path labels = shellCase();
        String image = dir.resolve("ct.nii.gz").toString();
        assertEquals(ExitCodes.BAD_INPUT, run("radiomics", "--image", image, "--mask", labels.toString(),
                "--settings", SETTINGS.toString()));
        assertLabelsListed();
        assertEquals(0, run("radiomics", "--image", image, "--mask", labels.toString(), "--roi", "2", "--settings",
                SETTINGS.toString(), "--json"), err::toString);
        JsonNode root = new ObjectMapper().readTree(out.toString());
        // 36,500 voxels of 10 mm³: the 365 mL tumour, not the 780 mL of tumour and shell together
        assertEquals(ShellAroundTumour.TUMOUR_VOXELS, root.at("/diagnostics/input_mask/voxels").asInt());
    }

    @Test
    void predictMeasuresTheChosenLabelOfAShellAroundTumourMask() throws IOException {
        Path labels = shellCase();
        String image = dir.resolve("ct.nii.gz").toString();
        assertEquals(ExitCodes.BAD_INPUT, run("predict", "--bundle", DEMO_BUNDLE.toString(), "--image", image,
                "--mask", labels.toString(), "--clinical", CLINICAL));
        assertLabelsListed();
        assertEquals(0, run("predict", "--bundle", DEMO_BUNDLE.toString(), "--image", image, "--mask",
                labels.toString(), "--roi", "2", "--clinical", CLINICAL, "--json"), err::toString);
        JsonNode chosen = new ObjectMapper().readTree(out.toString());
        // longest chord between the tumour's corner voxel centres: (98, 144, 22.5) mm → 17.56 cm (merged: 18.59)
        assertEquals(17.5631005, chosen.get("measured_size_cm").asDouble(), 1e-6);
        Path tumourOnly = dir.resolve("tumour.nii.gz");
        Nifti.write(NiftiLabels.read(labels, "2"), tumourOnly);
        assertEquals(0, run("predict", "--bundle", DEMO_BUNDLE.toString(), "--image", image, "--mask",
                tumourOnly.toString(), "--clinical", CLINICAL, "--json"), err::toString);
        JsonNode binary = new ObjectMapper().readTree(out.toString());
        assertEquals(binary.get("probability").asDouble(), chosen.get("probability").asDouble(), 0);
    }

    /** A two-series folder and a NIfTI mask on its grid. */
    private TwoSeriesFolder.Written twoSeries() throws IOException {
        DemoPhantom.Phantom p = DemoPhantom.small(1);
        Nifti.write(p.tumour(), dir.resolve("tumour.nii.gz"));
        return TwoSeriesFolder.write(p.ct(), dir.resolve("study"));
    }

    private void assertSeriesListed() {
        String e = err.toString();
        assertTrue(e.contains("this folder holds 2 CT series") && e.contains("series 2 \"ART\": CT, 40 images")
                && e.contains("series 3 \"PV\": CT, 40 images") && e.contains("choose the image series with --series"
                        + " UID|NUMBER"), e);
    }

    /** The command line of {@code command} on the two-series folder, with {@code --series} when not null. */
    private String[] args(List<String> command, TwoSeriesFolder.Written folder, String series) {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("--image", folder.folder().toString(), "--mask", dir.resolve("tumour.nii.gz").toString()));
        if (series != null) {
            args.addAll(List.of("--series", series));
        }
        return args.toArray(String[]::new);
    }

    @Test
    void everyCommandThatReadsADicomFolderOffersItsSeriesAndTakesAChoice() throws IOException {
        TwoSeriesFolder.Written folder = twoSeries();
        List<List<String>> commands = List.of(
                List.of("radiomics", "--settings", SETTINGS.toString()),
                List.of("deep", "infer", "--model", TINY_MODEL.toString()),
                List.of("deep", "saliency", "--model", TINY_MODEL.toString(), "--out", dir.resolve("s.png").toString()),
                List.of("predict", "--bundle", DEMO_BUNDLE.toString(), "--clinical", CLINICAL));
        for (List<String> command : commands) {
            assertEquals(ExitCodes.BAD_INPUT, run(args(command, folder, null)), command::toString);
            assertSeriesListed();
            assertEquals(0, run(args(command, folder, "3")), () -> command + ": " + err);
        }
        assertEquals(0, run(args(commands.get(0), folder, folder.arterial().seriesInstanceUid())), err::toString);
        assertEquals(ExitCodes.BAD_INPUT, run(args(commands.get(0), folder, "7")));
        assertTrue(err.toString().contains("no series with the UID or number 7"), err::toString);
    }

    @Test
    void dicomConvertOffersTheSeriesAndLeavesNoImageWithoutAStructureSet() throws IOException {
        TwoSeriesFolder.Written folder = twoSeries();
        Path image = dir.resolve("out").resolve("ct.nii.gz");
        Path mask = dir.resolve("out").resolve("gtv.nii.gz");
        assertEquals(ExitCodes.BAD_INPUT, run("dicom", "convert", folder.folder().toString(), "--out",
                image.toString()));
        assertSeriesListed();
        assertEquals(ExitCodes.BAD_INPUT, run("dicom", "convert", folder.folder().toString(), "--series", "3",
                "--out", image.toString(), "--mask-out", mask.toString()));
        assertTrue(err.toString().contains("no structure set (RTSTRUCT) in this folder is drawn on the chosen"
                + " series"), err::toString);
        assertFalse(Files.exists(image), "the image must not be written when the mask cannot be");
        assertFalse(Files.exists(mask));
        assertEquals(0, run("dicom", "convert", folder.folder().toString(), "--series", "3", "--out",
                image.toString()), err::toString);
        assertTrue(Files.exists(image));
    }

    @Test
    void dicomScanShowsAStructureSetWhoseReferencesDisagreeAndConvertWarns() throws IOException {
        DemoPhantom.Phantom p = DemoPhantom.small(1);
        TwoSeriesFolder.Written folder = TwoSeriesFolder.write(p.ct(), dir.resolve("study"));
        Path rs = folder.folder().resolve("rs.dcm");
        RtStructWriter.write(p.tumour(), folder.venous(), "GTV-1", rs);
        StructureSetEdits.reanonymiseReferences(rs);
        assertEquals(0, run("dicom", "scan", folder.folder().toString()), err::toString);
        assertTrue(out.toString().contains("WARNING RTSTRUCT_FRAME_OF_REFERENCE_MISMATCH: ROI 'GTV-1' declares"
                + " another frame of reference"), out::toString);
        assertEquals(0, run("dicom", "scan", folder.folder().toString(), "--json"), err::toString);
        JsonNode finding = new ObjectMapper().readTree(out.toString()).at("/nonImageObjects/0/findings/0");
        assertEquals("RTSTRUCT_FRAME_OF_REFERENCE_MISMATCH", finding.get("code").asText());
        Path mask = dir.resolve("gtv.nii.gz");
        assertEquals(0, run("dicom", "convert", folder.folder().toString(), "--series", "3", "--out",
                dir.resolve("ct.nii.gz").toString(), "--mask-out", mask.toString(), "--roi", "gtv-1"),
                err::toString);
        assertTrue(err.toString().contains("RTSTRUCT_FRAME_OF_REFERENCE_MISMATCH")
                && err.toString().contains("RTSTRUCT_ROI_NAME_CASE"), err::toString);
        assertEquals(p.tumour().count(), Nifti.readMask(mask).count());
    }
}
