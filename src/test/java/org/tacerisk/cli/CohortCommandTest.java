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
import org.tacerisk.cohort.CohortFixture;

/** {@code tacerisk cohort extract|merge}: progress, summary and exit codes (0, 2 usage, 3 nothing usable). */
class CohortCommandTest extends CommandLineTestBase {

    @TempDir
    Path dir;

    private Path manifest;
    private Path settings;

    @BeforeEach
    void writeCohort() throws IOException {
        manifest = CohortFixture.write(dir);
        settings = dir.resolve("settings.yaml");
    }

    private int extract(String... more) {
        String[] base = {"cohort", "extract", "--manifest", manifest.toString(), "--settings", settings.toString()};
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return run(args);
    }

    @Test
    void extractShowsProgressAndExitsZeroWhenSomeCasesFail() throws IOException {
        CohortFixture.corrupt(dir.resolve("P5/tumour.nii.gz"));
        Path features = dir.resolve("features.csv");
        assertEquals(ExitCodes.OK, extract("--out", features.toString(), "--json"), err::toString);
        assertTrue(err.toString().matches("(?s).*\\[\\d/5] P1 ok \\d+\\.\\d s.*"), err::toString);
        assertTrue(err.toString().matches("(?s).*P5 FAILED \\d+\\.\\d s: .*tumour.nii.gz.*"), err::toString);
        assertTrue(err.toString().contains("WARNING CENSORED_VALUE"), err::toString);
        assertTrue(err.toString().contains("warning: 1 patient without features"), err::toString);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals(4, json.get("succeeded").asInt());
        assertEquals("P5", json.at("/failures/0/patient_id").asText());
        assertEquals("CENSORED_VALUE", json.at("/manifest_findings/0/finding/code").asText());

        assertEquals(ExitCodes.OK, extract("--out", features.toString(), "--threads", "1"), err::toString);
        assertTrue(err.toString().contains("P1 cached"), err::toString);
    }

    @Test
    void noSuccessfulCaseIsBadInput() throws IOException {
        Files.writeString(manifest, "patient_id,cohort,image,mask,outcome\nX,train,missing.nii.gz,m.nii.gz,1\n");
        assertEquals(ExitCodes.BAD_INPUT, extract("--out", dir.resolve("f.csv").toString()), err::toString);
        assertTrue(err.toString().contains("image \"missing.nii.gz\" does not exist"), err::toString);
        Files.writeString(manifest, "patient_id,image,mask,outcome\n");
        assertEquals(ExitCodes.BAD_INPUT, extract("--out", dir.resolve("f.csv").toString()), err::toString);
        assertTrue(err.toString().contains("no cohort column"), err::toString);
    }

    @Test
    void badShardOrThreadsIsAUsageError() {
        assertEquals(ExitCodes.USAGE, extract("--out", dir.resolve("f.csv").toString(), "--shard", "3/2"));
        assertTrue(err.toString().contains("shard must be i/n"), err::toString);
        assertEquals(ExitCodes.USAGE, extract("--out", dir.resolve("f.csv").toString(), "--threads", "0"));
    }

    @Test
    void shardsAndMergeFromTheCommandLine() throws IOException {
        Path all = dir.resolve("all.csv");
        assertEquals(ExitCodes.OK, extract("--out", all.toString()), err::toString);
        for (int i = 1; i <= 3; i++) {
            assertEquals(ExitCodes.OK, extract("--out", dir.resolve("part" + i + ".csv").toString(), "--shard",
                    i + "/3", "--cache", dir.resolve("all.csv.cache").toString()), err::toString);
        }
        Path merged = dir.resolve("merged.csv");
        assertEquals(ExitCodes.OK, run("cohort", "merge", "--out", merged.toString(), "--manifest",
                manifest.toString(), dir.resolve("part3.csv").toString(), dir.resolve("part1.csv").toString(),
                dir.resolve("part2.csv").toString()), err::toString);
        assertEquals(Files.readString(all), Files.readString(merged));

        assertEquals(ExitCodes.BAD_INPUT, run("cohort", "merge", "--out", merged.toString(), all.toString(),
                dir.resolve("part1.csv").toString()));
        assertTrue(err.toString().contains("is also in"), err::toString);
        assertEquals(ExitCodes.USAGE, run("cohort", "merge", "--out", merged.toString()));
    }
}
