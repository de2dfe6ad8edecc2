package org.tacerisk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.tacerisk.common.BadInputException;
import org.tacerisk.model.PredictorSpecification.Source;
import org.tacerisk.model.PredictorSpecification.Transform;
import org.tacerisk.model.PredictorSpecification.Type;

class BundleManifestTest {

    private static void refused(String expected, Executable build) {
        BadInputException e = assertThrows(BadInputException.class, build);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private static CombinedModel.Term term(String name, String predictor) {
        return new CombinedModel.Term(name, predictor, null, 1.0);
    }

    @Test
    void covarianceMustBeSquareSymmetricAndMatchTheTerms() {
        List<CombinedModel.Term> terms = List.of(term("(Intercept)", null), term("x", "x"));
        refused("'combinedModel.covariance' must be 2 x 2", () -> new CombinedModel("logistic", terms,
                List.of(List.of(1.0, 0.0)), -1.0, 1.0));
        refused("'combinedModel.covariance[1]' must have 2 entries", () -> new CombinedModel("logistic", terms,
                List.of(List.of(1.0, 0.0), List.of(0.0)), -1.0, 1.0));
        refused("'combinedModel.covariance[1][0]' differs from [0][1]", () -> new CombinedModel("logistic", terms,
                List.of(List.of(1.0, 0.1), List.of(0.2, 1.0)), -1.0, 1.0));
        refused("'combinedModel.terms' must start with the intercept", () -> new CombinedModel("logistic",
                List.of(term("x", "x"), term("y", "y")), List.of(List.of(1.0, 0.0), List.of(0.0, 1.0)), -1.0, 1.0));
        refused("'combinedModel.type' must be \"logistic\"", () -> new CombinedModel("cox", terms,
                List.of(List.of(1.0, 0.0), List.of(0.0, 1.0)), -1.0, 1.0));
    }

    @Test
    void predictorRangesMustBeSane() {
        refused("'predictors[age].allowedMin' must be below allowedMax", () -> spec(Transform.NONE, 90.0, 18.0,
                30.0, 80.0));
        refused("'predictors[age].trainingMin' and trainingMax must lie within the allowed range", () -> spec(
                Transform.NONE, 18.0, 90.0, 10.0, 80.0));
        refused("'predictors[age].allowedMin' must be above 0 for a log10 predictor", () -> spec(Transform.LOG10,
                0.0, 90.0, 30.0, 80.0));
        refused("'predictors[age].trainingMax' must be a finite number (it is missing)", () -> spec(Transform.NONE,
                18.0, 90.0, 30.0, null));
        refused("'predictors[].id' must be an identifier", () -> new PredictorSpecification("age in years", "Age",
                "y", Type.CONTINUOUS, Transform.NONE, 0.0, 1.0, 0.0, 1.0, Source.ENTERED, "h", null));
        refused("'predictors[].source' must be one of [measured_from_roi, entered, model_score]",
                () -> Source.parse("typed"));
    }

    private static PredictorSpecification spec(Transform t, Double aLo, Double aHi, Double tLo, Double tHi) {
        return new PredictorSpecification("age", "Age", "years", Type.CONTINUOUS, t, aLo, aHi, tLo, tHi,
                Source.ENTERED, "Age at TACE.", null);
    }

    @Test
    void crossReferencesAndRequiredFieldsAreChecked() {
        BundleManifest m = TestBundles.manifest();
        refused("'label' is required", () -> new BundleManifest("1.0", m.name(), m.version(), m.created(),
                m.softwareVersion(), m.intendedUse(), m.notIntendedUse(), true, null, m.cohorts(), m.predictors(), null,
                m.signatures(), m.combinedModel(), m.riskGroups(), m.calibration(), m.dca(), m.performance(), null,
                Map.of()));
        refused("'created' must be an ISO-8601 date-time", () -> new BundleManifest("1.0", m.name(), m.version(),
                "31/01/2025", m.softwareVersion(), m.intendedUse(), m.notIntendedUse(), false, null, m.cohorts(),
                m.predictors(), null, m.signatures(), m.combinedModel(), m.riskGroups(), m.calibration(), m.dca(),
                m.performance(), null, Map.of()));
        refused("'combinedModel.terms[nodules].predictor' names \"nodules\", which is not among the predictors",
                () -> new BundleManifest("1.0", m.name(), m.version(), m.created(), m.softwareVersion(),
                        m.intendedUse(), m.notIntendedUse(), false, null, m.cohorts(), m.predictors().subList(0, 2),
                        null, List.of(), m.combinedModel(), m.riskGroups(), m.calibration(), m.dca(), m.performance(),
                        null, Map.of()));
        refused("'calibration[].cohort' names \"test\", which is not among the cohorts", () -> new BundleManifest(
                "1.0", m.name(), m.version(), m.created(), m.softwareVersion(), m.intendedUse(), m.notIntendedUse(),
                false, null, m.cohorts().subList(0, 1), m.predictors(), null, m.signatures(), m.combinedModel(),
                m.riskGroups(), m.calibration(), List.of(), List.of(), null, Map.of()));
        refused("'files' must be a relative path inside the bundle without empty, '.' or '..' parts",
                () -> m.withFiles(Map.of("../x", "0".repeat(64))));
        refused("'files[a.txt]' must be a SHA-256", () -> m.withFiles(Map.of("a.txt", "abc")));
        refused("'riskGroups.labels' must have one label more than there are cut-offs", () -> new RiskGroups(
                List.of(0.3), List.of("low")));
        refused("'riskGroups.cutoffs[1]' must be above the cut-off before it", () -> new RiskGroups(
                List.of(0.3, 0.2), List.of("a", "b", "c")));
        refused("'performance[rad/test].auc' must lie between 0 and 1", () -> new PerformanceRow("rad", "test", 1.2,
                null, null, null, null, null, null, null));
    }

    @Test
    void readingNamesTheBadField() {
        String json = ManifestJson.write(TestBundles.manifest());
        refused("manifest field 'name' is required", () -> ManifestJson.read(json.replace("\"name\" : \"TACE-Risk"
                + " test nomogram\",", "").getBytes(), null));
        refused("unknown manifest key 'predictors[0].unitt'", () -> ManifestJson.read(json.replaceFirst("\"unit\"",
                "\"unitt\"").getBytes(), null));
        refused("'predictors[].type' must be one of [continuous, integer, categorical]", () -> ManifestJson.read(
                json.replace("\"type\" : \"integer\"", "\"type\" : \"count\"").getBytes(), null));
        refused("not a valid JSON manifest", () -> ManifestJson.read("{".getBytes(), null));
    }

    @Test
    void everyContradictedCombinedEffectMustBeListedAsItIsFitted() {
        BundleManifest m = TestBundles.contradictedMarker(true);
        assertEquals(Direction.DECREASES_RISK, m.fittedDirection("marker"));
        assertEquals(Direction.INCREASES_RISK, m.fittedDirection("tumor_size_cm"));
        assertEquals(List.of("Marker (marker) is expected to increase the risk, but in the combined model its"
                + " coefficient is -0.800: a larger value lowers the predicted risk; the model contradicts the"
                + " expected direction here, interpret its points with caution"),
                m.directionNotes(DirectionConflict.COMBINED));
        assertEquals(m, ManifestJson.read(ManifestJson.write(m).getBytes(), null), "round trip");
        refused("'directionConflicts' does not list \"marker\", whose combined-model coefficient -0.8 contradicts"
                + " its expectedDirection increases_risk", () -> TestBundles.contradictedMarker(false));
        refused("'directionConflicts[marker].coefficient' must be the predictor's coefficient in combinedModel",
                () -> m.withDirectionConflicts(List.of(new DirectionConflict("marker", DirectionConflict.COMBINED,
                        Direction.INCREASES_RISK, -0.7))));
        refused("'directionConflicts[tumor_size_cm].coefficient' 0.5 does not contradict", () ->
                new DirectionConflict("tumor_size_cm", DirectionConflict.CLINICAL, Direction.INCREASES_RISK, 0.5));
        refused("'predictors[child].expectedDirection' is only for numeric predictors", () ->
                new PredictorSpecification("child", "Child", "", Type.CATEGORICAL, Transform.NONE, null, null, null,
                        null, Source.ENTERED, "h", List.of(new PredictorSpecification.Level(0.0, "A"),
                                new PredictorSpecification.Level(1.0, "B")), Direction.INCREASES_RISK));
    }

    @Test
    void riskGroupBoundariesBelongToTheUpperGroup() {
        RiskGroups g = new RiskGroups(List.of(0.2, 0.5), List.of("low", "mid", "high"));
        assertEquals("low", g.groupOf(0.1999));
        assertEquals("mid", g.groupOf(0.2));
        assertEquals("high", g.groupOf(0.5));
    }
}
