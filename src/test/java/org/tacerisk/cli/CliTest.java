package org.tacerisk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.testsupport.SharedData;
import picocli.CommandLine;

/** Exit codes and output channels of the command line, as scripts rely on them. */
class CliTest extends CommandLineTestBase {

    @TempDir
    Path dir;

    @Test
    void helpExitsZeroEverywhere() {
        assertEquals(0, run("--help"));
        assertEquals(0, run("dicom", "--help"));
        assertEquals(0, run("dicom", "scan", "--help"));
        assertEquals(0, run("dicom", "convert", "--help"));
        assertTrue(out.toString().contains("--mask-out"));
    }

    @Test
    void versionIsTheBuildsAsBundlesRecordIt() {
        assertEquals(0, run("--version"));
        // from compiled classes (no jar manifest) the build is "dev"; the packaged jar prints the Maven version
        assertEquals("TACE-Risk " + org.tacerisk.common.SoftwareVersion.current(), out.toString().strip());
        assertEquals("dev", org.tacerisk.common.SoftwareVersion.current());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(ExitCodes.USAGE, run("--no-such-option"));
        assertEquals(ExitCodes.USAGE, run("dicom", "convert", dir.toString()));
        assertEquals(ExitCodes.USAGE,
                run("dicom", "convert", dir.toString(), "--out", "x.nii.gz", "--roi", "GTV-1"));
    }

    @Test
    void unexpectedFailureIsAnInternalErrorWithExitOne() {
        CommandLine cli = TaceRiskCommand.commandLine();
        Runnable failing = () -> {
            throw new IllegalStateException("simulated bug");
        };
        cli.addSubcommand("fail", CommandLine.Model.CommandSpec.wrapWithoutInspection(failing));
        cli.setErr(new PrintWriter(err));
        assertEquals(ExitCodes.INTERNAL_ERROR, cli.execute("fail"));
        assertTrue(err.toString().contains("internal error") && err.toString().contains("simulated bug"));
    }

    @Test
    void findingsInJsonCarryExactlyTheirFields() throws IOException {
        Files.write(dir.resolve("junk.dcm"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
        assertEquals(0, run("dicom", "scan", dir.toString(), "--json"));
        JsonNode finding = new ObjectMapper().readTree(out.toString()).at("/findings/0");
        java.util.List<String> names = new java.util.ArrayList<>();
        finding.fieldNames().forEachRemaining(names::add);
        assertEquals(java.util.List.of("severity", "code", "message", "advice", "subject"), names);
        assertEquals("junk.dcm", finding.get("subject").asText());
    }

    @Test
    void missingFolderIsBadInputNamingIt() {
        Path missing = dir.resolve("no-such-folder");
        assertEquals(ExitCodes.BAD_INPUT, run("dicom", "scan", missing.toString()));
        assertTrue(err.toString().contains("no such file or folder") && err.toString().contains("no-such-folder"),
                err::toString);
    }

    @Test
    void folderWithoutImagesIsBadInputForConvert() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "not DICOM");
        assertEquals(ExitCodes.BAD_INPUT, run("dicom", "convert", dir.toString(), "--out",
                dir.resolve("x.nii.gz").toString()));
        assertTrue(err.toString().contains("no DICOM image series"), err::toString);
        assertTrue(Files.notExists(dir.resolve("x.nii.gz")));
    }

    @Test
    void scanJsonOfIbsiPhantomOnStdout() throws IOException {
        Path dicom = SharedData.ibsiCtPhantom().resolve("dicom");
        assertEquals(0, run("dicom", "scan", dicom.toString(), "--json"));
        JsonNode root = new ObjectMapper().readTree(out.toString());
        JsonNode series = root.at("/patients/0/studies/0/series");
        assertEquals(1, series.size());
        assertEquals("CT", series.get(0).get("modality").asText());
        assertEquals(60, series.get(0).get("instanceCount").asInt());
        assertTrue(series.get(0).get("loadable").asBoolean());
        assertEquals(0, series.get(0).get("findings").size());
        assertEquals("RTSTRUCT", root.at("/nonImageObjects/0/modality").asText());
    }

    @Test
    void convertJsonOfIbsiPhantom() throws IOException {
        Path dicom = SharedData.ibsiCtPhantom().resolve("dicom");
        assertEquals(0, run("dicom", "convert", dicom.toString(), "--out", dir.resolve("ct.nii.gz").toString(),
                "--mask-out", dir.resolve("gtv.nii.gz").toString(), "--json"));
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertEquals(60, root.at("/size/2").asInt());
        assertEquals("GTV-1", root.at("/mask/roi").asText());
        assertTrue(root.at("/mask/voxels").asInt() > 0);
        assertTrue(Files.exists(dir.resolve("gtv.nii.gz")));
    }

    @Test
    void demoRunsEndToEnd() {
        // from the source tree (no tacerisk.home) the demo finds models/hcc-tace-demo in the working folder
        assertEquals(0, run("demo", "--out", dir.resolve("demo").toString()), err::toString);
        assertTrue(Files.exists(dir.resolve("demo/ct.nii.gz")), err::toString);
        assertTrue(Files.exists(dir.resolve("demo/tumour.nii.gz")));
        assertTrue(Files.isRegularFile(dir.resolve("demo/SYN-0300/dicom/rtstruct.dcm")));
        String text = out.toString();
        assertTrue(text.contains("SYNTHETIC DEMO — not for clinical use"), text);
        assertTrue(text.contains("probability of metastasis:"), text);
        assertTrue(text.contains("risk group:"), text);
        // SYN-0300's values in the synthetic cohort.csv: the demo bundle's combined model takes all three
        assertTrue(err.toString().contains("--clinical tumor_size_cm=3.5,nodules=5,afp_ng_ml=33.1"), err::toString);
        assertTrue(text.contains("Number of nodules (nodules)") && text.contains("AFP (afp_ng_ml)"), text);
        assertTrue(text.contains("note: Tumour size (tumor_size_cm) is expected to increase the risk"), text);
    }

    @Test
    void demoWithoutABundleStillScansAndConverts() {
        assertEquals(0, run("demo", "--out", dir.resolve("d2").toString(), "--bundle",
                dir.resolve("none").toString()));
        assertTrue(Files.exists(dir.resolve("d2/ct.nii.gz")));
        assertTrue(err.toString().contains("no model bundle at"), err::toString);
    }
}
