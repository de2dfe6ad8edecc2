package org.tacerisk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.cohort.CohortExtraction;
import org.tacerisk.cohort.CohortManifest;
import org.tacerisk.cohort.synth.SiteShift;
import org.tacerisk.cohort.synth.SynthSize;
import org.tacerisk.cohort.synth.SyntheticCohortWriter;
import org.tacerisk.cohort.training.CohortTrainer;
import org.tacerisk.cohort.training.TrainingConfig;
import org.tacerisk.common.Progress;
import org.tacerisk.model.BundleHistoryEntry;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.model.CohortCalibration;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.model.PerformanceRow;
import org.tacerisk.model.update.BundleUpdate;
import org.tacerisk.model.update.UpdateMethod;
import org.tacerisk.radiomics.RadiomicsSettings;
import org.tacerisk.stats.CalibrationAssessment;
import org.tacerisk.stats.DataTable;

/**
 * {@code cohort validate} on the synthetic pipeline of {@code PipelineEndToEndTest} (60 small patients, seeded, light
 * radiomics settings, trained here): validating the trained bundle on its own external cohort reproduces what the
 * training run reported for that cohort to 1e-9 — the same cases through the same pipeline —, and a copy of the
 * site whose outcomes come from log-odds shifted by +2.5 ({@code tacerisk synth --intercept-shift 2.5}) is flagged
 * as mis-calibrated in the large.
 */
class CohortValidationTest {

    private static final int PATIENTS = 60;
    private static final long SEED = 20240611L;
    /** Enough for a 30 % holdout that can show calibration (about 40 held-out cases). */
    private static final int SITE_PATIENTS = 140;

    @TempDir
    static Path dir;
    static Path cohort;
    static Path bundle;
    static Path train;
    static Path cache;

    @BeforeAll
    static void trainTheBundle() throws Exception {
        cohort = dir.resolve("cohort");
        SyntheticCohortWriter.write(cohort, PATIENTS, SEED, SynthSize.SMALL, Progress.NONE);
        Path settingsFile = dir.resolve("radiomics.yaml");
        try (var in = CohortValidationTest.class.getResourceAsStream("/pipeline/radiomics-light.yaml")) {
            Files.copy(in, settingsFile);
        }
        RadiomicsSettings settings = RadiomicsSettings.read(settingsFile);
        Path manifestFile = cohort.resolve(SyntheticCohortWriter.MANIFEST);
        cache = dir.resolve("cache");
        Path features = dir.resolve("features.csv");
        CohortExtraction.Summary s = CohortExtraction.run(CohortManifest.read(manifestFile), settings, null, features,
                CohortExtraction.Options.defaults().withCacheDir(cache));
        assertEquals(List.of(), s.failures());
        train = dir.resolve("train");
        CohortTrainer.train(manifestFile, features, TrainingConfig.defaults().withSynthetic(true).withBootstrap(0),
                train, settings);
        bundle = train.resolve(CohortTrainer.BUNDLE);
    }

    private static CohortValidation.Result validate(Path manifest, Set<String> cohorts, int bootstrap, Path out)
            throws Exception {
        try (ModelBundle b = ModelBundle.load(bundle)) {
            return CohortValidation.run(b, CohortManifest.read(manifest), out, new CohortValidation.Options(
                    CohortExtraction.Options.defaults().withCacheDir(cache), cohorts, bootstrap, 1));
        }
    }

    @Test
    void theExternalCohortReproducesTheTrainingReportsExternalColumn() throws Exception {
        Path out = dir.resolve("validate-external");
        CohortValidation.Result r = validate(cohort.resolve(SyntheticCohortWriter.MANIFEST), Set.of("external"), 0,
                out);
        assertEquals(List.of(), r.failures());
        assertEquals(r.rows().size(), r.extraction().cached(), "the same features: every case from the cache");
        BundleManifest m;
        try (ModelBundle b = ModelBundle.load(bundle)) {
            m = b.manifest();
        }
        PerformanceRow perf = m.performance().stream().filter(p -> p.model().equals("combined")
                && p.cohort().equals("external")).findFirst().orElseThrow();
        CohortCalibration cal = m.calibration().stream().filter(c -> c.cohort().equals("external")).findFirst()
                .orElseThrow();
        ValidationMetrics v = r.metrics();
        assertNotNull(v, r.notEvaluable());
        assertEquals(m.cohorts().stream().filter(c -> c.name().equals("external")).findFirst().orElseThrow().n(),
                v.n());
        assertReproducesTheBundle(perf, cal, v);
        assertEquals("external", v.reported().cohort());

        // the per-case probabilities and risk groups are the training run's
        DataTable trained = DataTable.read(train.resolve("predictions.csv"));
        Map<String, Integer> byId = new HashMap<>();
        for (int i = 0; i < trained.rowCount(); i++) {
            byId.put(trained.text(i, "patient_id"), i);
        }
        for (ValidationPredictions.Row row : r.rows()) {
            int i = byId.get(row.caseId());
            assertEquals(trained.numeric("combined")[i], row.probability(), 1e-9, row.caseId());
            assertEquals(trained.numeric("dlr_score")[i], row.scores().get("dlr"), 1e-9, row.caseId());
            assertEquals(trained.text(i, "risk_group"), row.riskGroup(), row.caseId());
        }

        // the file contract
        List<String> header = new ArrayList<>(List.of("case_id", "cohort", "outcome"));
        m.signatures().forEach(s -> header.add(s.name() + "_score"));
        try (ModelBundle b = ModelBundle.load(bundle)) {
            b.predictor().predictors().stream()
                    .filter(p -> p.source() != org.tacerisk.model.PredictorSpecification.Source.MODEL_SCORE)
                    .forEach(p -> header.add(p.id()));
        }
        header.addAll(List.of("linear_predictor", "probability", "risk_group", "warnings"));
        Path predictions = out.resolve(ValidationPredictions.FILE);
        assertEquals(String.join(",", header), Files.readAllLines(predictions).get(0));
        assertEquals(r.rows(), ValidationPredictions.read(predictions));
        for (String f : List.of("report.md", "report.pdf", "validation.json", "errors.csv", "figures/roc.png",
                "figures/calibration.svg", "figures/dca.png")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        JsonNode json = new ObjectMapper().readTree(out.resolve("validation.json").toFile());
        assertEquals(perf.auc(), json.at("/auc/value").asDouble(), 1e-12);
        assertEquals(cal.slope(), json.at("/bundleReported/slope").asDouble(), 0);
        assertTrue(new String(Files.readAllBytes(out.resolve("report.pdf")), java.nio.charset.StandardCharsets
                .ISO_8859_1).startsWith("%PDF"));
    }

    /** AUC with its DeLong CI, val.prob intercept and slope, Brier: the training run's numbers, 1e-9. */
    static void assertReproducesTheBundle(PerformanceRow perf, CohortCalibration cal, ValidationMetrics v) {
        assertEquals(perf.auc(), v.auc().auc(), 1e-9);
        assertEquals(perf.aucCiLow(), v.auc().ciLower(), 1e-9);
        assertEquals(perf.aucCiHigh(), v.auc().ciUpper(), 1e-9);
        assertEquals(cal.intercept(), v.calibration().recalibrationIntercept().value(), 1e-9);
        assertEquals(cal.slope(), v.calibration().slope().value(), 1e-9);
        assertEquals(cal.brier(), v.calibration().brier(), 1e-9);
    }

    @Test
    void aSiteWithShiftedLogOddsIsMiscalibratedInTheLarge() throws Exception {
        Path shifted = dir.resolve("shifted");
        SyntheticCohortWriter.write(shifted, PATIENTS, SEED, SynthSize.SMALL, new SiteShift(2.5, 1), Progress.NONE);
        // the training cohort of both sites: at the development site the model's own fit, in the large exactly
        // calibrated (a logistic MLE with an intercept has Σ(y − p) = 0)
        CohortValidation.Result site = validate(shifted.resolve(SyntheticCohortWriter.MANIFEST), Set.of("train"), 50,
                dir.resolve("validate-shifted"));
        CohortValidation.Result same = validate(cohort.resolve(SyntheticCohortWriter.MANIFEST), Set.of("train"), 0,
                dir.resolve("validate-same"));
        CalibrationAssessment shiftedCal = site.metrics().calibration();
        CalibrationAssessment sameCal = same.metrics().calibration();
        assertEquals(0, sameCal.calibrationInTheLarge().value(), 1e-6);
        assertTrue(!sameCal.miscalibrated(), sameCal::toString);
        assertTrue(shiftedCal.miscalibrated(), shiftedCal::toString);
        assertTrue(shiftedCal.calibrationInTheLarge().lower() > 0, "risks too low at the shifted site: "
                + shiftedCal.calibrationInTheLarge());
        assertTrue(shiftedCal.curve().stream().anyMatch(p -> Double.isFinite(p.lower())), "a bootstrap band");
    }

    /**
     * Issue 17's loop at a new hospital: a synthetic site of 140 patients whose outcomes come from log-odds shifted
     * by +2 ({@code synth --intercept-shift 2}; the generator's seed of the development cohort, so the small
     * bundle's case mix) is validated (mis-calibrated), the closed test on its predictions.csv picks a
     * recalibration (with this 60-patient bundle, logistic: its slope is also off), and on the site's held-out
     * cases the updated bundle is calibrated (intercept CI holds 0, slope CI holds 1) where the original is not.
     */
    @Test
    void aShiftedSiteIsRecalibratedAndTheUpdateIsCalibratedOnItsHeldOutCases() throws Exception {
        Path site = dir.resolve("site-b");
        SyntheticCohortWriter.write(site, SITE_PATIENTS, SEED, SynthSize.SMALL, new SiteShift(2, 1), Progress.NONE);
        Path out = dir.resolve("validate-site-b");
        CohortValidation.Result validated = validate(site.resolve(SyntheticCohortWriter.MANIFEST), Set.of(), 0, out);
        assertTrue(validated.metrics().calibration().miscalibrated(), validated.metrics().calibration()::toString);
        try (ModelBundle parent = ModelBundle.load(bundle)) {
            BundleUpdate.Result update = BundleUpdate.run(parent, out.resolve(ValidationPredictions.FILE),
                    dir.resolve("updated"), new BundleUpdate.Options(null, "Site B", 0.3, null, 11,
                            "2026-12-07T00:00:00Z", "test"), Progress.NONE);
            System.out.println("closed test: " + update.chosen() + "; held out, original " + update.evaluation()
                    .original() + ", updated " + update.evaluation().updated());
            assertTrue(Set.of(UpdateMethod.INTERCEPT, UpdateMethod.LOGISTIC).contains(update.chosen()),
                    "the closed test chose " + update.chosen());
            assertTrue(!update.evaluation().original().calibrated(), "held out, the original: "
                    + update.evaluation().original());
            assertTrue(update.evaluation().updated().calibrated(), "held out, the update: "
                    + update.evaluation().updated());
            try (ModelBundle updated = ModelBundle.load(update.folder())) {
                assertEquals(parent.manifestSha256(), updated.manifest().history().stream()
                        .filter(e -> e.kind().equals(BundleHistoryEntry.UPDATE)).findFirst().orElseThrow()
                        .bundleSha256(), "the update names its parent");
            }
        }
    }
}
