package org.tacerisk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.model.update.SimulatedSite;

/** {@code tacerisk bundle update} and {@code bundle show}'s history, on the demo bundle and a simulated site. */
class BundleUpdateCommandTest extends CommandLineTestBase {

    private static final Path DEMO = Path.of("models", "hcc-tace-demo");

    @TempDir
    Path tmp;

    private Path predictions(SimulatedSite.Truth truth) throws Exception {
        try (ModelBundle demo = ModelBundle.load(DEMO)) {
            return SimulatedSite.writePredictions(tmp.resolve("predictions.csv"),
                    SimulatedSite.cases(demo.manifest(), 1500, 41, truth));
        }
    }

    @Test
    void updatesWithTheClosedTestAndShowsTheHistory() throws Exception {
        Path p = predictions((x, lp) -> lp - 1.0);
        Path out = tmp.resolve("new");
        assertEquals(0, run("bundle", "update", "--bundle", DEMO.toString(), "--predictions", p.toString(), "--out",
                out.toString(), "--site", "Hospital B", "--holdout", "0.3", "--seed", "5", "--json"), err.toString());
        JsonNode json = new ObjectMapper().readTree(this.out.toString());
        assertEquals("intercept", json.path("method").asText());
        assertEquals("closed_test", json.path("chosen_by").asText());
        assertEquals("0.4.0+upd1", json.path("new_version").asText());
        assertFalse(json.path("original_calibrated").asBoolean());
        assertTrue(json.path("updated_calibrated").asBoolean());
        assertTrue(err.toString().contains("new bundle 0.4.0+upd1 written to"), err.toString());
        assertTrue(Files.isRegularFile(out.resolve("update-report.md")));

        assertEquals(0, run("bundle", "show", out.toString()), err.toString());
        assertTrue(this.out.toString().contains("validations and updates:\n  "), this.out.toString());
        assertTrue(this.out.toString().contains(" update at Hospital B of 0.4.0 ("), this.out.toString());
        assertEquals(0, run("bundle", "show", DEMO.toString()), err.toString());
        assertTrue(this.out.toString().contains("validations and updates: none (the model as developed)"));
    }

    @Test
    void usageErrorsAndBadInput() throws Exception {
        Path p = predictions((x, lp) -> lp);
        assertEquals(2, run("bundle", "update", "--bundle", DEMO.toString(), "--predictions", p.toString(), "--out",
                tmp.resolve("a").toString(), "--site", "B", "--holdout", "0.3", "--bootstrap", "10"));
        assertEquals(3, run("bundle", "update", "--bundle", DEMO.toString(), "--predictions", p.toString(), "--out",
                tmp.resolve("b").toString(), "--site", "B", "--method", "shrink"));
        assertTrue(err.toString().contains("unknown update method \"shrink\""), err.toString());
        Files.writeString(tmp.resolve("bad.csv"), "case_id,outcome\nA,1\n");
        assertEquals(3, run("bundle", "update", "--bundle", DEMO.toString(), "--predictions",
                tmp.resolve("bad.csv").toString(), "--out", tmp.resolve("c").toString(), "--site", "B"));
        assertTrue(err.toString().contains("has no column"), err.toString());
        assertFalse(Files.exists(tmp.resolve("c")));
    }
}
