package org.tacerisk.cohort.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.common.BadInputException;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.model.PredictorSpecification;
import org.tacerisk.model.PredictorSpecification.Source;
import org.tacerisk.model.PredictorSpecification.Type;
import org.tacerisk.stats.PredictorSpec;

/**
 * The training settings' {@code predictors:} block (what the workstation's form shows for each nomogram input) and
 * the other descriptive settings that go into the bundle: cohorts, intended and not-intended use.
 */
class TrainingPredictorsTest {

    private static final String BLOCK = """
            clinical: {p: 1.0}
            validation: {bootstrap: 0}
            predictors:
              dlr_score: {label: DLR signature, help: Computed from the tumour ROI.}
              afp:
                label: AFP
                unit: ng/mL
                help: Serum alpha-fetoprotein within 2 weeks before TACE.
                allowed_min: 0.001
                allowed_max: 1000000
              size_cm: {label: Tumour size, unit: cm, help: Largest axial diameter., allowed_min: 0.5,
                        allowed_max: 30, source: entered}
            intended_use: Teaching.
            not_intended_use: Anything else.
            cohorts:
              train: {centres: [Centre A], dates: 2015-01 to 2019-12, description: Consecutive TACE patients.}
              test: {centres: Centre A}
            """;

    @TempDir
    Path tmp;

    @Test
    void theBundleCarriesTheConfiguredLabelsUnitsHelpAndRanges() throws Exception {
        TrainingConfig config = TrainingConfig.parse(BLOCK, null);
        Path out = tmp.resolve("out");
        CohortTrainer.train(TrainingFixture.table(300, 11, true), TrainingFixture.CLINICAL, config, out);
        try (ModelBundle bundle = ModelBundle.load(out.resolve(CohortTrainer.BUNDLE))) {
            BundleManifest m = bundle.manifest();
            PredictorSpecification afp = m.predictor("afp");
            assertEquals("AFP", afp.label());
            assertEquals("ng/mL", afp.unit());
            assertEquals("Serum alpha-fetoprotein within 2 weeks before TACE.", afp.help());
            assertEquals(0.001, afp.allowedMin());
            assertEquals(1_000_000, afp.allowedMax());
            assertEquals(Source.ENTERED, afp.source());
            assertEquals(PredictorSpecification.Transform.LOG10, afp.transform());
            PredictorSpecification size = m.predictor("size_cm");
            assertEquals("Tumour size", size.label());
            assertEquals("cm", size.unit());
            assertEquals(30, size.allowedMax());
            assertEquals(Source.ENTERED, size.source());
            PredictorSpecification dlr = m.predictor("dlr_score");
            assertEquals("DLR signature", dlr.label());
            assertEquals("", dlr.unit());
            assertEquals(Source.MODEL_SCORE, dlr.source());
            assertTrue(dlr.allowedMin() < dlr.trainingMin(), "default allowed range around the training range");
            assertEquals("Teaching.", m.intendedUse());
            assertEquals("Anything else.", m.notIntendedUse());
            org.tacerisk.model.Cohort train = m.cohorts().get(0);
            assertEquals(java.util.List.of("Centre A"), train.centres());
            assertEquals("2015-01 to 2019-12", train.dates());
            assertEquals("Consecutive TACE patients.", train.description());
            assertEquals(java.util.List.of("Centre A"), m.cohorts().get(1).centres());
            assertEquals("", m.cohorts().get(1).dates());
        }
    }

    @Test
    void withoutTheBlockTheColumnNameIsTheLabel() {
        PredictorSpecification p = TrainingBundle.predictor(PredictorSpec.identity("nodules"),
                new double[] {1, 2, 6}, PredictorDisplay.none());
        assertEquals("nodules", p.label());
        assertEquals("", p.unit());
        assertEquals(Type.INTEGER, p.type());
        assertEquals(0, p.allowedMin());
        assertEquals(6 + 10 * 5, p.allowedMax());
        assertEquals(Source.ENTERED, p.source());
    }

    @Test
    void onlyTheTumourSizeCanBeMeasuredFromTheRoi() {
        PredictorDisplay measured = new PredictorDisplay(null, null, null, Double.NaN, Double.NaN, null,
                "measured_from_roi", null);
        assertEquals(Source.MEASURED_FROM_ROI, TrainingBundle.predictor(PredictorSpec.identity("tumor_size_cm"),
                new double[] {2.5, 8}, measured).source());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrainingBundle.predictor(
                PredictorSpec.identity("size_cm"), new double[] {2.5, 8}, measured));
        assertTrue(e.getMessage().contains("predictors.size_cm.source: only tumor_size_cm"), e.getMessage());
    }

    @Test
    void aConfiguredTypeOverridesTheGuessAndIsChecked() {
        PredictorSpecification p = TrainingBundle.predictor(PredictorSpec.identity("score"), new double[] {1, 2, 6},
                new PredictorDisplay(null, null, null, Double.NaN, Double.NaN, "continuous", null, null));
        assertEquals(Type.CONTINUOUS, p.type());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrainingBundle.predictor(
                PredictorSpec.identity("size"), new double[] {1.5, 2},
                new PredictorDisplay(null, null, null, Double.NaN, Double.NaN, "integer", null, null)));
        assertTrue(e.getMessage().contains("predictors.size.type is integer"), e.getMessage());
    }

    @Test
    void anAllowedRangeThatExcludesTrainingValuesIsRefusedBeforeTraining() {
        TrainingConfig config = TrainingConfig.parse("predictors:\n  afp: {allowed_min: 1, allowed_max: 100}\n", null);
        BadInputException e = assertThrows(BadInputException.class, () -> CohortTrainer.train(
                TrainingFixture.table(200, 11, false), TrainingFixture.CLINICAL, config, tmp.resolve("o")));
        assertTrue(e.getMessage().contains("predictors.afp: the allowed range [1.0, 100.0] does not contain the"
                + " training values"), e.getMessage());
    }

    @Test
    void aLog10PredictorNeedsAPositiveAllowedMinimum() {
        TrainingConfig config = TrainingConfig.parse("predictors:\n  afp: {allowed_min: 0}\n", null);
        BadInputException e = assertThrows(BadInputException.class, () -> CohortTrainer.train(
                TrainingFixture.table(200, 11, false), TrainingFixture.CLINICAL, config, tmp.resolve("o")));
        assertTrue(e.getMessage().contains("predictors.afp.allowed_min must be above 0"), e.getMessage());
    }

    @Test
    void aMisspeltPredictorIdIsRefusedNamingTheCandidates() {
        TrainingConfig config = TrainingConfig.parse("predictors:\n  apf: {label: AFP}\n", null);
        BadInputException e = assertThrows(BadInputException.class, () -> CohortTrainer.train(
                TrainingFixture.table(200, 11, false), TrainingFixture.CLINICAL, config, tmp.resolve("o")));
        assertTrue(e.getMessage().contains("predictors.apf: not a clinical candidate column (candidates: [afp,"
                + " size_cm])"), e.getMessage());
    }

    @Test
    void malformedBlocksAreRefusedNamingTheKey() {
        assertMessage("predictors:\n  afp: {lable: AFP}\n", "unknown key \"predictors.afp.lable\"");
        assertMessage("predictors:\n  afp: {allowed_min: low}\n", "predictors.afp.allowed_min must be a number");
        assertMessage("predictors:\n  afp: {allowed_min: 10, allowed_max: 1}\n",
                "predictors.afp: allowed_min must be below allowed_max");
        assertMessage("predictors:\n  afp: {type: binary}\n", "predictors.afp: type must be one of");
        assertMessage("predictors:\n  afp: {source: model_score}\n", "predictors.afp: source must be one of");
        assertMessage("predictors: [afp]\n", "predictors must be a mapping");
        assertMessage("predictors:\n  afp: AFP\n", "predictors.afp must be a mapping");
        assertMessage("cohorts:\n  train: {centre: A}\n", "unknown key \"cohorts.train.centre\"");
        assertMessage("intended_use: ''\n", "intended_use and not_intended_use must not be empty");
    }

    @Test
    void aConfiguredPredictorTheSelectionDropsIsNotedInTheReport() throws Exception {
        // size_cm is noise in the fixture: at the default p < 0.05 the clinical selection drops it
        TrainingConfig config = TrainingConfig.parse("validation: {bootstrap: 0}\npredictors:\n"
                + "  size_cm: {label: Tumour size, unit: cm}\n", null);
        Path out = tmp.resolve("dropped");
        TrainingResult r = CohortTrainer.train(TrainingFixture.table(300, 11, false), TrainingFixture.CLINICAL,
                config, out);
        assertTrue(r.combined().codings().stream().noneMatch(c -> c.spec().column().equals("size_cm")));
        String md = java.nio.file.Files.readString(out.resolve("report.md"));
        assertTrue(md.contains("predictors.size_cm is configured, but size_cm was not kept by the clinical"
                + " selection"), md);
        assertTrue(md.contains("| Tumour size (cm), median [IQR] |"), "Table 1 uses the label");
    }

    @Test
    void aDescribedCohortMustExist() {
        TrainingConfig config = TrainingConfig.parse("cohorts:\n  externa: {centres: [B]}\n", null);
        BadInputException e = assertThrows(BadInputException.class, () -> CohortTrainer.train(
                TrainingFixture.table(200, 11, false), TrainingFixture.CLINICAL, config, tmp.resolve("o")));
        assertTrue(e.getMessage().contains("cohorts.externa: no such cohort in the table (cohorts: [test, train])"),
                e.getMessage());
    }

    @Test
    void theEffectiveSettingsRecordTheBlock() {
        TrainingConfig config = TrainingConfig.parse(BLOCK, null);
        Object recorded = config.asMap().get("predictors");
        assertTrue(recorded.toString().contains("afp={label=AFP, unit=ng/mL"), recorded.toString());
        assertEquals(config, TrainingConfig.parse(BLOCK, null));
        // config.yaml and the report's settings block read back as the same settings
        assertEquals(config, TrainingConfig.parse(TrainingReport.settingsYaml(config), null));
        assertEquals(TrainingConfig.defaults(), TrainingConfig.parse(
                TrainingReport.settingsYaml(TrainingConfig.defaults()), null));
    }

    private static void assertMessage(String yaml, String expected) {
        BadInputException e = assertThrows(BadInputException.class, () -> TrainingConfig.parse(yaml, null));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
