package org.tacerisk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.deep.TrainingManifest;

/** {@code tacerisk synth}: a six-patient small cohort, its JSON summary, and a manifest the pipeline accepts. */
class SynthCommandTest extends CommandLineTestBase {

    @TempDir
    Path dir;

    @Test
    void writesASmallCohortWithAJsonSummary() throws Exception {
        Path cohort = dir.resolve("cohort");
        long start = System.nanoTime();
        assertEquals(ExitCodes.OK, run("synth", "--out", cohort.toString(), "--patients", "6", "--size", "small",
                "--seed", "3", "--json"), err.toString());
        assertTrue(System.nanoTime() - start < 30e9, "six small patients took over 30 s");
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertTrue(json.get("synthetic").asBoolean());
        assertEquals(6, json.get("patients").asInt());
        assertEquals(3, json.get("counts").get("train").asInt());
        assertEquals(1, json.get("counts").get("test").asInt());
        assertEquals(2, json.get("counts").get("external").asInt());
        assertTrue(err.toString().contains("SYNTHETIC"));
        assertTrue(err.toString().contains("6/6 patients"));
        TrainingManifest manifest = TrainingManifest.read(cohort.resolve("cohort.csv"));
        assertEquals(6, manifest.entries().size());
        for (TrainingManifest.Entry e : manifest.entries()) {
            assertTrue(Files.isDirectory(e.image()), e.image().toString());
            assertTrue(Files.isRegularFile(e.mask()), e.mask().toString());
            assertTrue(Files.isRegularFile(e.image().resolve("rtstruct.dcm")));
        }
    }

    @Test
    void refusesAnUnknownSizeAndTooFewPatients() {
        assertEquals(ExitCodes.USAGE, run("synth", "--out", dir.toString(), "--size", "huge"));
        assertTrue(err.toString().contains("small or full"));
        assertEquals(ExitCodes.USAGE, run("synth", "--out", dir.toString(), "--patients", "2"));
    }
}
