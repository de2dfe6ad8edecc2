package org.tacerisk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.deep.PhantomManifest;
import org.tacerisk.image.DemoPhantom;
import org.tacerisk.image.Nifti;

/** {@code tacerisk deep train} on a tiny manifest, then {@code deep infer} and {@code deep saliency} on its model. */
class DeepTrainCommandTest extends CommandLineTestBase {

    @TempDir
    Path dir;

    /** Demo phantoms (NIfTI in a sub-folder, paths relative to the manifest), outcomes alternating or all 0. */
    private Path manifest(int cases, boolean bothOutcomes) throws IOException {
        return PhantomManifest.write(dir, cases, 100, i -> bothOutcomes ? i % 2 : 0);
    }

    @Test
    void trainsWritesAModelThatInferAndSaliencyRead() throws IOException {
        Path manifest = manifest(6, true);
        Path model = dir.resolve("models/first");
        assertEquals(0, run("deep", "train", "--cases", manifest.toString(), "--out", model.toString(),
                "--epochs", "2", "--seed", "7", "--val-fraction", "0.34", "--json"), err::toString);
        JsonNode summary = new ObjectMapper().readTree(out.toString());
        assertEquals(2, summary.get("epochs").asInt());
        assertEquals(4, summary.get("train_cases").asInt());
        assertEquals(2, summary.get("validation_cases").asInt());
        // One positive and one negative validation case: the AUC is 0, ½ or 1, and model.json records the same.
        double auc = summary.get("best_validation_auc").asDouble();
        assertTrue(auc == 0 || auc == 0.5 || auc == 1, "AUC of two cases: " + auc);
        JsonNode training = new ObjectMapper().readTree(model.resolve("model.json").toFile()).get("training");
        assertEquals(auc, training.get("bestValidationAuc").asDouble());
        assertEquals(summary.get("best_epoch").asInt(), training.get("bestEpoch").asInt());
        String progress = err.toString();
        assertTrue(progress.contains("case 6/6: P5"), progress);
        List<String> lines = progress.lines().toList();
        // StderrProgress lines: the step, then its share of the whole command
        assertEquals(1, lines.stream().filter(l -> l.matches("epoch 1/2: loss \\d\\.\\d{4}, validation AUC"
                + " (0\\.0000|0\\.5000|1\\.0000) \\(\\d+ %\\)")).count(), progress);
        assertEquals(1, lines.stream().filter(l -> l.startsWith("epoch 2/2: loss ")).count(), progress);
        assertEquals(1, lines.stream().filter(l -> l.startsWith("training epoch 1/2 (")).count(),
                "each step once: " + progress);
        assertTrue(Files.isRegularFile(model.resolve("model.json")));
        assertTrue(Files.isRegularFile(model.resolve("model.params")));

        Path ct = dir.resolve("data/ct-0.nii.gz");
        Path tumour = dir.resolve("data/tumour-0.nii.gz");
        assertEquals(0, run("deep", "infer", "--model", model.toString(), "--image", ct.toString(), "--mask",
                tumour.toString(), "--json"), err::toString);
        JsonNode inferred = new ObjectMapper().readTree(out.toString());
        assertEquals("first", inferred.get("model").asText());
        assertEquals(64, inferred.get("features_length").asInt());
        double probability = inferred.get("probability").asDouble();

        Path png = dir.resolve("saliency.png");
        assertEquals(0, run("deep", "saliency", "--model", model.toString(), "--image", ct.toString(), "--mask",
                tumour.toString(), "--out", png.toString(), "--json"), err::toString);
        JsonNode saliency = new ObjectMapper().readTree(out.toString());
        assertEquals(probability, saliency.get("probability").asDouble(), 1e-6);
        assertEquals(2, saliency.get("peak_ij").size());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(128, image.getWidth());
        assertEquals(128, image.getHeight());
    }

    @Test
    void cropOptionsBecomeTheModelsInputSpec() throws IOException {
        Path manifest = manifest(4, true);
        Path model = dir.resolve("models/wide");
        assertEquals(0, run("deep", "train", "--cases", manifest.toString(), "--out", model.toString(),
                "--epochs", "1", "--seed", "3", "--val-fraction", "0.5", "--crop-size", "32", "--mm-per-pixel", "2",
                "--neighbour-slices", "0", "--window=-50,200", "--mask-channel"), err::toString);
        JsonNode spec = new ObjectMapper().readTree(model.resolve("model.json").toFile()).get("inputSpec");
        assertEquals(32, spec.get("size").asInt());
        assertEquals(2.0, spec.get("mmPerPixel").asDouble());
        assertEquals(0, spec.get("neighbourSlices").asInt());
        assertEquals(-50.0, spec.get("windowLowHu").asDouble());
        assertEquals(200.0, spec.get("windowHighHu").asDouble());
        assertTrue(spec.get("maskChannel").asBoolean());
        Path ct = dir.resolve("data/ct-1.nii.gz");
        assertEquals(0, run("deep", "infer", "--model", model.toString(), "--image", ct.toString(), "--mask",
                dir.resolve("data/tumour-1.nii.gz").toString(), "--json"), err::toString);

        assertEquals(ExitCodes.USAGE, run("deep", "train", "--cases", manifest.toString(), "--out",
                dir.resolve("m").toString(), "--window", "100"));
        assertTrue(err.toString().contains("--window needs two values"), err::toString);
        assertEquals(ExitCodes.USAGE, run("deep", "train", "--cases", manifest.toString(), "--out",
                dir.resolve("m").toString(), "--window=240,-100"));
        assertTrue(err.toString().contains("invalid input spec"), err::toString);
        assertFalse(Files.exists(dir.resolve("m")));
    }

    @Test
    void badManifestsAndOptionsExitWithClearMessages() throws IOException {
        Path oneOutcome = manifest(4, false);
        assertEquals(ExitCodes.BAD_INPUT, run("deep", "train", "--cases", oneOutcome.toString(), "--out",
                dir.resolve("m").toString(), "--epochs", "1"));
        assertTrue(err.toString().contains("at least two cases of each outcome"), err::toString);
        assertFalse(Files.exists(dir.resolve("m")));

        Files.writeString(oneOutcome, "patient_id,image,mask,outcome\nP0,data/missing.nii.gz,data/tumour-0.nii.gz,1\n");
        assertEquals(ExitCodes.BAD_INPUT, run("deep", "train", "--cases", oneOutcome.toString(), "--out",
                dir.resolve("m").toString()));
        assertTrue(err.toString().contains("line 2 (P0)"), err::toString);

        assertEquals(ExitCodes.USAGE, run("deep", "train", "--cases", oneOutcome.toString(), "--out",
                dir.resolve("m").toString(), "--val-fraction", "1.5"));
        assertEquals(ExitCodes.USAGE, run("deep", "saliency", "--model", "x", "--image", "y", "--mask", "z",
                "--out", "p.png", "--patch", "4", "--stride", "8"));
    }

    /**
     * Issue 11 D: {@code deep train --cases cohort.csv} trained on test and external patients too. With a cohort
     * column only the train cohort is used, the rows used are counted on stderr and listed in the model folder.
     */
    @Test
    void trainsOnTheTrainCohortOnlyUnlessToldAndRecordsTheRows() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        StringBuilder csv = new StringBuilder("patient_id,cohort,image,mask,outcome\n");
        String[] cohortOf = {"train", "train", "train", "train", "train", "train", "test", "test", "external"};
        for (int i = 0; i < cohortOf.length; i++) {
            DemoPhantom.Phantom p = DemoPhantom.small(200 + i);
            Nifti.write(p.ct(), data.resolve("ct-" + i + ".nii.gz"));
            Nifti.write(p.tumour(), data.resolve("tumour-" + i + ".nii.gz"));
            csv.append("S").append(i).append(',').append(cohortOf[i]).append(",data/ct-").append(i)
                    .append(".nii.gz,data/tumour-").append(i).append(".nii.gz,").append(i % 2).append('\n');
        }
        Path manifest = Files.writeString(dir.resolve("cohort.csv"), csv.toString());
        Path model = dir.resolve("models/train-only");
        assertEquals(0, run("deep", "train", "--cases", manifest.toString(), "--out", model.toString(),
                "--epochs", "1", "--seed", "7", "--val-fraction", "0.34", "--json"), err::toString);
        assertTrue(err.toString().contains("training on 6 of 9 rows: train 6; left out: test 2, external 1"),
                err::toString);
        assertFalse(err.toString().contains("WARNING"), err::toString);
        assertFalse(err.toString().contains("case 7/"), "test and external images are not even read");
        JsonNode summary = new ObjectMapper().readTree(out.toString());
        assertEquals(6, summary.at("/rows_by_cohort/train").asInt());
        assertEquals(2, summary.at("/rows_left_out_by_cohort/test").asInt());
        JsonNode training = new ObjectMapper().readTree(model.resolve("model.json").toFile()).get("training");
        assertEquals("{\"train\":6}", training.get("rowsByCohort").toString());
        java.util.List<String> rows = Files.readAllLines(model.resolve("training-cases.csv"));
        assertEquals("patient_id,cohort,outcome,part", rows.get(0));
        assertEquals(java.util.List.of("S0", "S1", "S2", "S3", "S4", "S5"), rows.subList(1, rows.size()).stream()
                .map(r -> r.substring(0, r.indexOf(','))).toList());
        assertTrue(rows.stream().skip(1).allMatch(r -> r.matches("S\\d,train,[01],(train|validation)")),
                rows::toString);

        Path widened = dir.resolve("models/widened");
        assertEquals(0, run("deep", "train", "--cases", manifest.toString(), "--out", widened.toString(),
                "--epochs", "1", "--seed", "7", "--cohorts", "train,test"), err::toString);
        assertTrue(err.toString().contains("training on 8 of 9 rows: train 6, test 2; left out: external 1"),
                err::toString);
        assertTrue(err.toString().contains("WARNING: training on cohort test: these patients no longer give an"
                + " unbiased evaluation"), err::toString);
        assertEquals(8, Files.readAllLines(widened.resolve("training-cases.csv")).size() - 1);

        assertEquals(ExitCodes.USAGE, run("deep", "train", "--cases", manifest.toString(), "--out",
                dir.resolve("m").toString(), "--cohorts", "tset"));
        assertTrue(err.toString().contains("no row of cohort [tset]"), err::toString);
    }
}
