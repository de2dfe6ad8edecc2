package org.tacerisk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.cohort.CohortExtraction;
import org.tacerisk.cohort.CohortManifest;
import org.tacerisk.cohort.synth.SynthSize;
import org.tacerisk.cohort.synth.SyntheticCohortWriter;
import org.tacerisk.cohort.training.CohortTrainer;
import org.tacerisk.cohort.training.TrainingConfig;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.Progress;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.model.PredictorSpecification;
import org.tacerisk.radiomics.RadiomicsSettings;
import org.tacerisk.stats.DataTable;

/**
 * The whole pipeline on a small synthetic cohort, as CI runs it: synth (60 patients, small grid, seeded) → cohort
 * extract (light radiomics settings) → cohort train → bundle → {@code tacerisk predict}. The bundle must verify,
 * {@code predict} must reproduce the trainer's combined-model probability and DLR score for test patients, and a
 * bundle with one modified byte must be refused, naming the file.
 */
class PipelineEndToEndTest extends CommandLineTestBase {

    private static final int PATIENTS = 60;
    private static final long SEED = 20240611L;

    @TempDir
    Path dir;

    @Test
    void synthExtractTrainBundlePredictAndRefuseATamperedBundle() throws Exception {
        long start = System.nanoTime();
        Path cohort = dir.resolve("cohort");
        SyntheticCohortWriter.write(cohort, PATIENTS, SEED, SynthSize.SMALL, Progress.NONE);
        Path settingsFile = dir.resolve("radiomics.yaml");
        try (var in = getClass().getResourceAsStream("/pipeline/radiomics-light.yaml")) {
            Files.copy(in, settingsFile);
        }
        RadiomicsSettings settings = RadiomicsSettings.read(settingsFile);
        Path manifestFile = cohort.resolve(SyntheticCohortWriter.MANIFEST);
        CohortManifest manifest = CohortManifest.read(manifestFile);
        Path features = dir.resolve("features.csv");
        CohortExtraction.Summary extraction = CohortExtraction.run(manifest, settings, null, features,
                CohortExtraction.Options.defaults().withThreads(Runtime.getRuntime().availableProcessors()));
        assertEquals(List.of(), extraction.failures());
        Path out = dir.resolve("train");
        CohortTrainer.train(manifestFile, features, TrainingConfig.defaults().withSynthetic(true)
                .withBootstrapRefit(TrainingConfig.REFIT_FINAL_MODEL), out, settings);
        // signed with the demo key, trusted for synthetic bundles: predict loads it as it loads the shipped demo
        Path bundle = org.tacerisk.model.TestSigning.withDemoKey(out.resolve(CohortTrainer.BUNDLE));
        List<String> entered = new ArrayList<>();
        try (ModelBundle b = ModelBundle.load(bundle)) {
            BundleManifest m = b.manifest();
            assertEquals(BundleManifest.SYNTHETIC_LABEL, m.label());
            assertTrue(b.radiomicsSettings() != null, "the bundle carries the radiomics settings");
            for (PredictorSpecification p : b.predictor().predictors()) {
                if (p.source() == PredictorSpecification.Source.ENTERED) {
                    entered.add(p.id());
                }
            }
        }
        DataTable predictions = DataTable.read(out.resolve("predictions.csv"));
        Map<String, CohortManifest.Row> rows = new HashMap<>();
        manifest.rows().forEach(r -> rows.put(r.patientId(), r));
        int checked = 0;
        for (int i = 0; i < predictions.rowCount() && checked < 3; i++) {
            if (predictions.text(i, "cohort").equals("train")) {
                continue;
            }
            CohortManifest.Row row = rows.get(predictions.text(i, "patient_id"));
            JsonNode json = predict(bundle, row, manifest.clinicalColumns(), entered);
            assertEquals(predictions.numeric("combined")[i], json.get("probability").asDouble(), 1e-9,
                    row.patientId());
            assertEquals(predictions.numeric("dlr_score")[i], json.at("/signature_scores/dlr").asDouble(), 1e-9,
                    row.patientId());
            assertEquals(predictions.text(i, "risk_group"), json.get("risk_group").asText(), row.patientId());
            checked++;
        }
        assertEquals(3, checked);
        CohortManifest.Row first = manifest.rows().get(0);
        assertEquals(ExitCodes.BAD_INPUT, run("predict", "--bundle", bundle.toString(), "--image",
                first.image().toString(), "--mask", first.mask().toString()));
        if (!entered.isEmpty()) {
            assertTrue(err.toString().contains("needs"), err::toString);
        }
        predict(bundle, first, manifest.clinicalColumns(), entered);
        String human = run("predict", "--bundle", bundle.toString(), "--image", first.image().toString(), "--mask",
                first.mask().toString(), "--clinical", clinical(first, manifest.clinicalColumns(), entered)) == 0
                ? this.out.toString() : err.toString();
        System.out.println(human);
        assertTrue(human.startsWith(BundleManifest.SYNTHETIC_LABEL), human);
        assertTrue(human.contains("risk group:") && human.contains("total points") && human.contains("dlr"), human);
        Path settingsInBundle;
        try (ModelBundle b = ModelBundle.load(bundle)) {
            settingsInBundle = bundle.resolve(b.manifest().radiomicsSettings());
        }
        byte[] bytes = Files.readAllBytes(settingsInBundle);
        bytes[bytes.length / 2] ^= 1;
        Files.write(settingsInBundle, bytes);
        String name = bundle.relativize(settingsInBundle).toString().replace('\\', '/');
        BadInputException refused = assertThrows(BadInputException.class, () -> ModelBundle.load(bundle));
        assertTrue(refused.getMessage().contains(name), refused::getMessage);
        assertEquals(ExitCodes.BAD_INPUT, run("predict", "--bundle", bundle.toString(), "--image",
                manifest.rows().get(0).image().toString(), "--mask", manifest.rows().get(0).mask().toString(),
                "--clinical", "tumor_size_cm=5"));
        assertTrue(err.toString().contains(name), err::toString);
        System.out.printf("pipeline end to end: %d patients in %.1f s%n", PATIENTS, (System.nanoTime() - start) / 1e9);
    }

    /** The entered predictors and tumor_size_cm (for the size check) as {@code --clinical} text. */
    private static String clinical(CohortManifest.Row row, List<String> clinicalColumns, List<String> entered) {
        List<String> values = new ArrayList<>();
        for (int c = 0; c < clinicalColumns.size(); c++) {
            String id = clinicalColumns.get(c);
            if (entered.contains(id) || id.equals("tumor_size_cm")) {
                values.add(id + "=" + row.clinical().get(c));
            }
        }
        return String.join(",", values);
    }

    private JsonNode predict(Path bundle, CohortManifest.Row row, List<String> clinicalColumns, List<String> entered)
            throws Exception {
        List<String> args = new ArrayList<>(List.of("predict", "--bundle", bundle.toString(), "--image",
                row.image().toString(), "--mask", row.mask().toString(), "--roi", row.roi(), "--json"));
        args.add("--clinical");
        args.add(clinical(row, clinicalColumns, entered));
        assertEquals(ExitCodes.OK, run(args.toArray(String[]::new)), err::toString);
        return new ObjectMapper().readTree(out.toString());
    }
}
