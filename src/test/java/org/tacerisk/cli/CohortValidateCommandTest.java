package org.tacerisk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cohort validate}'s refusals before any work, and {@code synth --intercept-shift} (the end-to-end run is
 * {@code validation.CohortValidationTest}).
 */
class CohortValidateCommandTest extends CommandLineTestBase {

    private static final String DEMO = Path.of("models", "hcc-tace-demo").toString();

    @TempDir
    Path dir;

    @Test
    void refusesUnknownCohortsAndANegativeBootstrap() throws Exception {
        Path manifest = dir.resolve("m.csv");
        Files.writeString(manifest, "patient_id,cohort,image,mask,outcome\n");
        assertEquals(ExitCodes.USAGE, run("cohort", "validate", "--bundle", DEMO, "--manifest", manifest.toString(),
                "--out", dir.resolve("v").toString(), "--cohorts", "external,site2"));
        assertTrue(err.toString().contains("site2"), err::toString);
        assertEquals(ExitCodes.USAGE, run("cohort", "validate", "--bundle", DEMO, "--manifest", manifest.toString(),
                "--out", dir.resolve("v").toString(), "--bootstrap", "-1"));
    }

    @Test
    void aManifestWithoutAnEnteredPredictorsColumnIsRefusedNamingIt() throws Exception {
        Path manifest = dir.resolve("m.csv");
        Files.writeString(manifest, "patient_id,cohort,image,mask,outcome,tumor_size_cm,nodules\n");
        assertEquals(ExitCodes.BAD_INPUT, run("cohort", "validate", "--bundle", DEMO, "--manifest",
                manifest.toString(), "--out", dir.resolve("v").toString()));
        assertTrue(err.toString().contains("afp_ng_ml") && err.toString().contains("ng/mL"), err::toString);
    }

    @Test
    void synthWritesAMiscalibratedSiteOnRequest() throws Exception {
        Path cohort = dir.resolve("site");
        assertEquals(ExitCodes.OK, run("synth", "--out", cohort.toString(), "--patients", "3", "--size", "small",
                "--seed", "3", "--intercept-shift", "2", "--slope", "0.8", "--json"), err::toString);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals(2.0, json.get("interceptShift").asDouble());
        assertEquals(0.8, json.get("slope").asDouble());
        assertTrue(err.toString().contains("mis-calibrated site"), err::toString);
        assertTrue(Files.readString(cohort.resolve("SYNTHETIC-README.txt")).contains("MIS-CALIBRATED"));
    }
}
