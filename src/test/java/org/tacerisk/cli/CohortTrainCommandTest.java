package org.tacerisk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.cohort.training.TrainingFixtures;
import org.tacerisk.model.ModelBundle;

/** {@code tacerisk cohort train} on an in-memory cohort with a known signal, written as manifest + features. */
class CohortTrainCommandTest extends CommandLineTestBase {

    @TempDir
    Path dir;

    @Test
    void trainsWritesTheOutputFolderAndAVerifiedBundle() throws Exception {
        Path manifest = dir.resolve("manifest.csv");
        TrainingFixtures.writeManifest(manifest, 300, 4);
        Path features = TrainingFixtures.writeFeatures(dir.resolve("features.csv"), 300, 4);
        Path config = dir.resolve("train.yaml");
        Files.writeString(config, "lasso: {folds: 5, seed: 2}\nname: CLI test model\nvalidation: {bootstrap: 20}\n");
        Path out = dir.resolve("out");
        assertEquals(ExitCodes.OK, run("cohort", "train", "--manifest", manifest.toString(), "--features",
                features.toString(), "--config", config.toString(), "--synthetic", "--out", out.toString(), "--json"),
                err::toString);
        JsonNode json = new ObjectMapper().readTree(this.out.toString());
        assertTrue(json.at("/auc/combined~1test").asDouble() > 0.7, this.out::toString);
        assertTrue(err.toString().contains("combined model, test: AUC"), err::toString);
        assertTrue(err.toString().contains("bootstrap: refitting the whole procedure on 20 resamples"), err::toString);
        assertTrue(err.toString().contains("bootstrap 20/20"), err::toString);
        for (String f : new String[] {"report.md", "evaluation.json", "predictions.csv", "config.yaml"}) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        assertTrue(Files.readString(out.resolve("config.yaml")).contains("folds: 5"));
        assertEvaluationEntriesAreStatsEvaluateOutput(out);
        try (ModelBundle b = ModelBundle.load(out.resolve("bundle"))) {
            assertEquals("CLI test model", b.manifest().name());
            assertTrue(b.manifest().synthetic());
        }
        assertEquals(ExitCodes.BAD_INPUT, run("cohort", "train", "--manifest", manifest.toString(), "--features",
                features.toString(), "--config", config.toString(), "--out", out.toString()), err::toString);
        Files.writeString(config, "lasso: {fold: 5}\n");
        assertEquals(ExitCodes.BAD_INPUT, run("cohort", "train", "--manifest", manifest.toString(), "--features",
                features.toString(), "--config", config.toString(), "--out", dir.resolve("o2").toString()));
        assertTrue(err.toString().contains("lasso.fold"), err::toString);
    }

    /**
     * evaluation.json's entry of a model in a cohort is {@code stats evaluate}'s JSON for that model's risks in
     * predictions.csv (one shape: stats.EvaluationJson), plus model, cohort, the training cut-off's table and the
     * DeLong test against the combined model.
     */
    private void assertEvaluationEntriesAreStatsEvaluateOutput(Path out) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode performance = mapper.readTree(out.resolve("evaluation.json").toFile()).get("performance");
        int compared = 0;
        for (JsonNode entry : performance) {
            String model = entry.get("model").asText();
            String cohort = entry.get("cohort").asText();
            if (!model.equals("combined") && !model.equals("rad")) {
                continue;
            }
            assertEquals(ExitCodes.OK, run("stats", "evaluate", "--data", out.resolve("predictions.csv").toString(),
                    "--outcome", "outcome", "--prediction", model, "--where", "cohort=" + cohort, "--json"),
                    err::toString);
            com.fasterxml.jackson.databind.node.ObjectNode shared = entry.deepCopy();
            shared.remove(java.util.List.of("model", "cohort", "at_training_cutoff", "delong_vs_combined"));
            assertEquals(mapper.readTree(this.out.toString()), shared, model + " in " + cohort);
            assertTrue(entry.at("/at_training_cutoff/cutoff").isNumber(), entry.toString());
            assertTrue(entry.at("/at_training_cutoff/sensitivity/ci_low").isNumber(), entry.toString());
            assertEquals(model.equals("rad"), entry.has("delong_vs_combined"), model);
            compared++;
        }
        assertEquals(4, compared, "combined and rad in train and test");
    }

    /** Issue 11 D: a 40-patient manifest with an 80-patient features table trained on all 80. */
    @Test
    void refusesFeaturesOfPatientsTheManifestDoesNotList() throws Exception {
        Path manifest = TrainingFixtures.writeManifest(dir.resolve("manifest.csv"), 40, 4);
        Path features = TrainingFixtures.writeFeatures(dir.resolve("features.csv"), 80, 4);
        Path out = dir.resolve("out");
        assertEquals(ExitCodes.BAD_INPUT, run("cohort", "train", "--manifest", manifest.toString(), "--features",
                features.toString(), "--out", out.toString()), err::toString);
        assertTrue(err.toString().contains("the features table has 40 patients that the manifest " + manifest
                + " does not list (or lists on an invalid row): p40, p41, p42, p43, p44 and 35 more"), err::toString);
        assertTrue(!Files.exists(out), "nothing written");
    }

    /** Issue 11 H: an unwritable --out is refused before anything is read or fitted. */
    @Test
    void refusesAnUnwritableOutputBeforeAnyWork() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertEquals(ExitCodes.BAD_INPUT, run("cohort", "train", "--manifest", dir.resolve("none.csv").toString(),
                "--features", dir.resolve("none.csv").toString(), "--out", file.resolve("out").toString()),
                err::toString);
        assertTrue(err.toString().contains("cannot write the output here"), err::toString);
    }
}
