package org.tacerisk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.common.BadInputException;

/**
 * Input and output rules every command shares (issue 11): typed values are read strictly, output locations are
 * checked before any work, and a failure asked for as JSON is JSON on stdout.
 */
class CommandInputRulesTest extends CommandLineTestBase {

    @TempDir
    Path dir;

    @Test
    void aClinicalValueGivenTwiceIsRefusedNamingIt() {
        // afp_ng_ml=100,afp_ng_ml=5 used to predict with 5 (the last one) without a word
        BadInputException e = assertThrows(BadInputException.class,
                () -> ClinicalEntries.parse(List.of("tumor_size_cm=4", "afp_ng_ml=100", "afp_ng_ml=5")));
        assertTrue(e.getMessage().contains("afp_ng_ml is given twice (100 and 5)"), e.getMessage());
    }

    @Test
    void javaNumberSuffixesAndDecimalCommasAreNotNumbers() {
        BadInputException suffix = assertThrows(BadInputException.class,
                () -> ClinicalEntries.parse(List.of("nodules=2f")));
        assertTrue(suffix.getMessage().contains("nodules=2f"), suffix.getMessage());
        assertThrows(BadInputException.class, () -> ClinicalEntries.parse(List.of("nodules=2d")));
        assertThrows(BadInputException.class, () -> ClinicalEntries.parse(List.of("afp_ng_ml=0x10")));
        assertThrows(BadInputException.class, () -> ClinicalEntries.parse(List.of("afp_ng_ml=Infinity")));
        // "5,2" is split by the option's comma into "afp_ng_ml=5" and "2": the stray "2" is named, with the reason
        BadInputException comma = assertThrows(BadInputException.class,
                () -> ClinicalEntries.parse(List.of("afp_ng_ml=5", "2")));
        assertTrue(comma.getMessage().contains("\"2\" is not ID=VALUE") && comma.getMessage().contains("5.2"),
                comma.getMessage());
        assertEquals(Map.of("nodules", 2.0, "afp_ng_ml", 1200.0, "tumor_size_cm", 0.5),
                ClinicalEntries.parse(List.of("nodules=2", "afp_ng_ml=1.2e3", "tumor_size_cm= .5")));
    }

    @Test
    void predictRefusesADuplicateBeforeAnyWork() {
        assertEquals(ExitCodes.BAD_INPUT, run("predict", "--bundle", dir.toString(), "--image", dir.toString(),
                "--mask", dir.resolve("m.nii.gz").toString(), "--clinical", "afp_ng_ml=100,afp_ng_ml=5"));
        assertTrue(err.toString().contains("afp_ng_ml is given twice"), err::toString);
        assertFalse(err.toString().contains("Usage:"), err::toString);
    }

    @Test
    void anOutputBelowAFileIsBadInputWithThePathAndReasonNotAStackTrace() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        Path data = Files.writeString(dir.resolve("d.csv"), "y,x\n0,1\n1,2\n0,3\n1,5\n0,2\n1,4\n");
        Path target = file.resolve("model.json");
        assertEquals(ExitCodes.BAD_INPUT, run("stats", "fit", "--data", data.toString(), "--outcome", "y",
                "--predictors", "x", "--out", target.toString()));
        assertTrue(err.toString().contains(target.toString()) && err.toString().contains("is a file, not a folder"),
                err::toString);
        assertFalse(err.toString().contains("\tat "), err::toString);
    }

    @Test
    void aFolderOutputThatIsAFileIsRefusedBeforeTraining() throws IOException {
        Path file = Files.writeString(dir.resolve("train"), "x");
        assertEquals(ExitCodes.BAD_INPUT, run("cohort", "train", "--manifest", dir.resolve("none.csv").toString(),
                "--features", dir.resolve("none.csv").toString(), "--out", file.toString()));
        assertTrue(err.toString().contains("is a file, not a folder"), err::toString);
    }

    @Test
    void outputsAreCheckedBeforeTheInputsAreRead() throws IOException {
        // radiomics would read and extract first; the unwritable --out must stop it before that
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        assertEquals(ExitCodes.BAD_INPUT, run("radiomics", "--image", dir.resolve("none.nii.gz").toString(),
                "--mask", dir.resolve("none.nii.gz").toString(), "--settings", dir.resolve("s.yaml").toString(),
                "--out", file.resolve("f.csv").toString()));
        assertTrue(err.toString().contains("is a file, not a folder"), err::toString);
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(1, left.count());
        }
    }

    @Test
    void aFailureAskedForAsJsonIsAJsonErrorOnStdout() throws IOException {
        Path missing = dir.resolve("no-such-folder");
        assertEquals(ExitCodes.BAD_INPUT, run("dicom", "scan", missing.toString(), "--json"));
        JsonNode error = new ObjectMapper().readTree(out.toString()).get("error");
        assertEquals("bad_input", error.get("code").asText());
        assertEquals(3, error.get("exit_code").asInt());
        assertTrue(error.get("message").asText().contains("no such file or folder"), out::toString);
        assertEquals(missing.toString(), error.get("file").asText());
        assertTrue(err.toString().contains("no such file or folder"), err::toString);
    }

    @Test
    void aUsageErrorNamesTheProblemWithoutTheWholeHelp() throws IOException {
        assertEquals(ExitCodes.USAGE, run("stats", "evaluate", "--bootstrap", "5,2", "--json"));
        assertTrue(err.toString().contains("error: "), err::toString);
        assertTrue(err.toString().contains("tacerisk stats evaluate --help"), err::toString);
        assertFalse(err.toString().contains("Usage:"), err::toString);
        assertEquals("usage_error", new ObjectMapper().readTree(out.toString()).at("/error/code").asText());
    }

    @Test
    void withoutJsonStdoutStaysEmptyOnFailure() {
        assertEquals(ExitCodes.BAD_INPUT, run("dicom", "scan", dir.resolve("none").toString()));
        assertEquals("", out.toString());
    }
}
