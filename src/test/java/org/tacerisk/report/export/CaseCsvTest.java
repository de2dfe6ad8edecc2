package org.tacerisk.report.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.casefile.EnteredValue;
import org.tacerisk.common.CsvRecords;
import org.tacerisk.model.BundlePrediction;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.predict.CaseMeasurement;
import org.tacerisk.predict.CasePrediction;
import org.tacerisk.predict.CasePredictor;

/** The case's CSV files re-read: exactly the measurement's features and the prediction's numbers, in any locale. */
class CaseCsvTest {

    @TempDir
    Path dir;

    /** Awkward names (a comma, a quote, Chinese) and values (tiny, huge, negative, many digits). */
    private static CaseMeasurement measurement(ModelBundle b) {
        Map<String, Double> features = new LinkedHashMap<>();
        features.put("original_firstorder_Mean", 41.23456789012345);
        features.put("wavelet-LLH_glcm_Idmn", 0.9999999999999999);
        features.put("log-sigma-1-0-mm-3D_glrlm_RunVariance", 1.0E-12);
        features.put("shape, \"quoted\" 体积", -123456789.125);
        features.put("original_shape_VoxelVolume", 16982.0);
        return new CaseMeasurement(b.manifest().name(), b.manifest().version(), b.manifestSha256(), features,
                Map.of("dlr", 0.35), 3.1, 12.6, List.of(0.7, 0.7, 2.5));
    }

    @Test
    void featuresFileHoldsExactlyTheMeasurementsFeaturesAndSignatureScores() throws Exception {
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY); // a comma locale must not change a thing
        try (ModelBundle b = ModelBundle.load(Path.of("models", "hcc-tace-demo"))) {
            CaseMeasurement m = measurement(b);
            Path out = dir.resolve("features.csv");
            CaseCsv.writeFeatures(m, out);
            String text = Files.readString(out, StandardCharsets.UTF_8);
            assertTrue(text.endsWith("\r\n") && !text.startsWith("\uFEFF"), "CRLF, no BOM");
            assertTrue(text.contains("\"shape, \"\"quoted\"\" 体积\""), "RFC 4180 quoting: " + text);
            CsvRecords.Table t = CsvRecords.read(out);
            assertEquals(List.of("kind", "name", "value"), t.header());
            Map<String, Double> features = new LinkedHashMap<>();
            Map<String, Double> scores = new LinkedHashMap<>();
            for (CsvRecords.Line line : t.lines()) {
                List<String> c = line.cells();
                assertEquals(3, c.size(), line.toString());
                (c.get(0).equals("feature") ? features : scores).put(c.get(1), Double.parseDouble(c.get(2)));
            }
            assertEquals(m.features(), features);
            assertEquals(List.copyOf(m.features().keySet()), List.copyOf(features.keySet()), "same order");
            assertEquals(Map.of("dlr", 0.35), scores);
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void resultFileHoldsThePredictionsNumbersTheEnteredValuesAndTheBundle() throws Exception {
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.FRANCE);
        try (ModelBundle b = ModelBundle.load(Path.of("models", "hcc-tace-demo"));
                CasePredictor predictor = CasePredictor.open(b)) {
            Map<String, Double> entered = Map.of("tumor_size_cm", 3.5, "nodules", 5.0, "afp_ng_ml", 33.1);
            CasePrediction p = predictor.predict(measurement(b), entered);
            List<EnteredValue> typed = List.of(new EnteredValue("tumor_size_cm", "3,5", 3.5, "cm"),
                    new EnteredValue("nodules", "5", 5, ""), new EnteredValue("afp_ng_ml", "33.1", 33.1, "ng/mL"));
            Path out = dir.resolve("result.csv");
            CaseCsv.writeResult(p, typed, b.manifestSha256(), out);
            CsvRecords.Table t = CsvRecords.read(out);
            assertEquals(List.of("item", "predictor", "value", "unit"), t.header());
            Map<String, List<String>> rows = new LinkedHashMap<>();
            for (CsvRecords.Line line : t.lines()) {
                List<String> c = line.cells();
                assertEquals(4, c.size(), line.toString());
                rows.put(c.get(1).isEmpty() ? c.get(0) : c.get(0) + "/" + c.get(1), c);
            }
            BundlePrediction bp = p.prediction();
            // the demo bundle's logistic at these inputs (DemoCaseTest checks the same sum against the manifest)
            assertEquals(bp.probability(), number(rows, "probability"));
            assertTrue(bp.probability() > 0 && bp.probability() < 1);
            assertEquals(bp.probabilityLow(), number(rows, "probability_ci_low"));
            assertEquals(bp.probabilityHigh(), number(rows, "probability_ci_high"));
            assertEquals(bp.linearPredictor(), number(rows, "linear_predictor"));
            assertEquals(1 / (1 + Math.exp(-number(rows, "linear_predictor"))), number(rows, "probability"), 1e-15);
            assertEquals(bp.riskGroup(), rows.get("risk_group").get(2));
            double sum = 0;
            for (BundlePrediction.PredictorPoints pts : bp.points()) {
                sum += number(rows, "points/" + pts.id());
                assertEquals(pts.points(), number(rows, "points/" + pts.id()));
            }
            assertEquals(bp.totalPoints(), number(rows, "total_points"));
            assertEquals(sum, number(rows, "total_points"), 1e-9);
            assertEquals(0.35, number(rows, "input_used/dlr_score"));
            assertEquals(List.of("entered", "afp_ng_ml", "33.1", "ng/mL"), rows.get("entered/afp_ng_ml"));
            assertEquals(List.of("entered", "tumor_size_cm", "3.5", "cm"), rows.get("entered/tumor_size_cm"));
            assertEquals(b.manifest().name(), rows.get("bundle_name").get(2));
            assertEquals(b.manifest().version(), rows.get("bundle_version").get(2));
            assertEquals(b.manifestSha256(), rows.get("bundle_sha256").get(2));
            assertEquals(64, b.manifestSha256().length());
        } finally {
            Locale.setDefault(saved);
        }
    }

    private static double number(Map<String, List<String>> rows, String key) {
        List<String> row = rows.get(key);
        assertTrue(row != null, "no row " + key + " in " + rows.keySet());
        return Double.parseDouble(row.get(2));
    }
}
