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
        Files.writeString(manifest, "patient_id,cohort,image,mask,roi,outcome,afp,size_cm\n");
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
}
