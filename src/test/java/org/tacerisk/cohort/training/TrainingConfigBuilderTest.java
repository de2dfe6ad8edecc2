package org.tacerisk.cohort.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tacerisk.stats.CvMeasure;

/** {@link TrainingConfig.Builder}: the defaults, the with-methods and the settings round trip through it. */
class TrainingConfigBuilderTest {

    /** Every setting away from its default (the ICC file as a bare name: config.yaml records the name only). */
    private static TrainingConfig everythingChanged() {
        return TrainingConfig.builder().screening("t_test").screeningP(0.1).correlation(0.8).folds(5).seed(7)
                .lambdaRule("lambda_min").measure(CvMeasure.AUC).dlSignature("probability").clinicalP(0.2)
                .clinicalColumns(List.of("afp", "size_cm")).clinicalForce(List.of("size_cm"))
                .transforms(Map.of("afp", "none")).riskCutoff(0.3).synthetic(true).modelName("Study model")
                .modelVersion("2.0.1").bootstrap(50).bootstrapSeed(9).iccFeatures("repeat.csv").iccThreshold(0.6)
                .bootstrapRefit(TrainingConfig.REFIT_FINAL_MODEL)
                .predictors(Map.of("afp", new PredictorDisplay("AFP", "ng/mL", "Serum AFP.", 0.1, 1e6, null, null,
                        "increases_risk")))
                .intendedUse("Research.").notIntendedUse("Anything else.")
                .cohorts(Map.of("train", new CohortDescription(List.of("Centre A"), "2015 to 2019", "Adults.")))
                .build();
    }

    /** The defaults as docs/cohort-train.md states them. */
    @Test
    void startsFromTheDocumentedDefaults() {
        TrainingConfig d = TrainingConfig.builder().build();
        assertEquals(TrainingConfig.defaults(), d);
        assertEquals("mann_whitney", d.screening());
        assertEquals(0.05, d.screeningP());
        assertEquals(0.9, d.correlation());
        assertEquals(10, d.folds());
        assertEquals(1, d.seed());
        assertEquals("lambda_1se", d.lambdaRule());
        assertEquals(CvMeasure.DEVIANCE, d.measure());
        assertEquals("lasso", d.dlSignature());
        assertEquals(0.05, d.clinicalP());
        assertTrue(Double.isNaN(d.riskCutoff()), "Youden");
        assertEquals(200, d.bootstrap());
        assertEquals(TrainingConfig.REFIT_PROCEDURE, d.bootstrapRefit());
        assertEquals(null, d.iccFeatures());
        assertEquals(0.75, d.iccThreshold());
        assertEquals(false, d.synthetic());
    }

    @Test
    void eachWithMethodChangesItsSettingOnly() {
        TrainingConfig c = everythingChanged();
        assertEquals(c.toBuilder().synthetic(false).build(), c.withSynthetic(false));
        assertEquals(c.toBuilder().bootstrap(0).build(), c.withBootstrap(0));
        assertEquals(c.toBuilder().bootstrapRefit(TrainingConfig.REFIT_PROCEDURE).build(),
                c.withBootstrapRefit(TrainingConfig.REFIT_PROCEDURE));
        assertEquals(c.toBuilder().iccFeatures(null).iccThreshold(0.9).build(), c.withIcc(null, 0.9));
        assertEquals(c, c.toBuilder().build());
        TrainingConfig off = c.withBootstrap(0);
        assertEquals(0, off.bootstrap());
        assertEquals(9, off.bootstrapSeed());
        assertEquals("Study model", off.modelName());
    }

    @Test
    void everySettingSurvivesConfigYamlAndReadingItBack() {
        TrainingConfig c = everythingChanged();
        assertEquals(c, TrainingConfig.parse(TrainingReport.settingsYaml(c), null));
    }

    @Test
    void buildValidatesAsTheSettingsFileDoes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainingConfig.builder().folds(2).build());
        assertTrue(e.getMessage().contains("lasso.folds must be at least 3, not 2"), e.getMessage());
    }
}
