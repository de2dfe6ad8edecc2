package org.tacerisk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.model.BundlePrediction;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.model.ModelBundleWriter;
import org.tacerisk.model.RiskGroups;
import org.tacerisk.model.TestBundles;
import org.tacerisk.predict.CasePrediction;

/** Issue 11 G: predict shows the cut-off the probability was compared with and which side it is on. */
class PredictOutputTest {

    @TempDir
    Path tmp;

    private static final Map<String, Double> VALUES = Map.of("dlr_score", 0.5, "tumor_size_cm", 6.0, "nodules", 2.0,
            "afp", 400.0);

    @Test
    void aProbabilityAtTheCutoffIsHighAndSaysSo() throws IOException {
        double p = probability(TestBundles.manifest());
        try (ModelBundle b = bundle(List.of(p), "at")) {
            BundlePrediction r = b.predictor().predict(VALUES);
            assertEquals(p, r.probability(), 0.0, "the cut-off is exactly the probability");
            String pct = String.format(java.util.Locale.ROOT, "%.1f %%", 100 * p);
            assertEquals("risk group: high (probability " + pct + " ≥ cut-off " + pct + "; groups: low < " + pct
                    + " ≤ high)", PredictCommand.riskGroupLine(r));
            JsonNode groups = json(b, r).path("risk_groups");
            assertEquals(p, groups.path("cutoffs").path(0).asDouble(), 0.0);
            assertEquals("high", groups.path("labels").path(groups.path("index").asInt()).asText());
            assertEquals(p, groups.path("lower_cutoff").asDouble(), 0.0);
            assertEquals(true, groups.path("upper_cutoff").isNull());
        }
    }

    @Test
    void aProbabilityJustBelowTheCutoffIsLowWithEnoughDecimalsToSeeIt() throws IOException {
        double p = probability(TestBundles.manifest());
        double cutoff = p + 2e-6; // 0.0002 percentage points above: equal at one decimal
        try (ModelBundle b = bundle(List.of(cutoff), "below")) {
            BundlePrediction r = b.predictor().predict(VALUES);
            String line = PredictCommand.riskGroupLine(r);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("risk group: low \\(probability ([0-9.]+) %"
                    + " < cut-off ([0-9.]+) %; groups: low < ([0-9.]+) % ≤ high\\)").matcher(line);
            assertEquals(true, m.matches(), line);
            assertEquals(true, !m.group(1).equals(m.group(2)), "the two numbers differ on screen: " + line);
            assertEquals(m.group(2), m.group(3));
            int decimals = m.group(1).length() - m.group(1).indexOf('.') - 1;
            assertEquals(true, decimals > 1, "one decimal would show them equal: " + line);
            assertEquals(100 * p, Double.parseDouble(m.group(1)), 0.5 * Math.pow(10, -decimals));
            assertEquals(100 * cutoff, Double.parseDouble(m.group(2)), 0.5 * Math.pow(10, -decimals));
            JsonNode json = json(b, r);
            assertEquals("low", json.path("risk_group").asText());
            JsonNode groups = json.path("risk_groups");
            assertEquals(0, groups.path("index").asInt());
            assertEquals(true, groups.path("lower_cutoff").isNull());
            assertEquals(cutoff, groups.path("upper_cutoff").asDouble(), 0.0);
        }
    }

    @Test
    void aMiddleGroupNamesBothCutoffs() throws IOException {
        double p = probability(TestBundles.manifest());
        try (ModelBundle b = bundle(List.of(p / 2, Math.min(0.99, p * 1.5)), "mid")) {
            BundlePrediction r = b.predictor().predict(VALUES);
            assertEquals(1, r.riskGroupIndex());
            String line = PredictCommand.riskGroupLine(r);
            assertEquals(true, line.startsWith("risk group: mid (probability "), line);
            assertEquals(true, line.contains(" and < cut-off "), line);
            assertNull(r.riskGroups().lowerCutoff(0));
        }
    }

    private static double probability(BundleManifest m) {
        return org.tacerisk.model.BundlePredictor.of(m).predict(VALUES).probability();
    }

    private JsonNode json(ModelBundle b, BundlePrediction r) throws IOException {
        CasePrediction c = new CasePrediction(r, VALUES, Map.of(), 6.0, List.of(), List.of());
        ObjectMapper mapper = new ObjectMapper();
        return mapper.readTree(mapper.writeValueAsString(PredictCommand.toJson(b, c)));
    }

    /** The test bundle with other risk groups (two cut-offs: low, mid, high). */
    private ModelBundle bundle(List<Double> cutoffs, String name) throws IOException {
        BundleManifest m = TestBundles.manifest();
        List<String> labels = cutoffs.size() == 1 ? List.of("low", "high") : List.of("low", "mid", "high");
        BundleManifest changed = new BundleManifest(m.schemaVersion(), m.name(), m.version(), m.created(),
                m.softwareVersion(), m.intendedUse(), m.notIntendedUse(), m.synthetic(), m.label(), m.cohorts(),
                m.predictors(), m.radiomicsSettings(), m.signatures(), m.combinedModel(),
                new RiskGroups(cutoffs, labels), m.calibration(), m.dca(), m.performance(), m.deepModel(), m.files());
        Path dir = tmp.resolve(name);
        new ModelBundleWriter(changed).write(dir);
        return ModelBundle.load(dir);
    }
}
