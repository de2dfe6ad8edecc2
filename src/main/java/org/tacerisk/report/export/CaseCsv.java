package org.tacerisk.report.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tacerisk.casefile.EnteredValue;
import org.tacerisk.common.AtomicFiles;
import org.tacerisk.common.CsvRecords;
import org.tacerisk.common.SoftwareVersion;
import org.tacerisk.model.BundlePrediction;
import org.tacerisk.predict.CaseMeasurement;
import org.tacerisk.predict.CasePrediction;

/**
 * A case's numbers as CSV for research: the features measured (and the signature scores) and the result. RFC 4180
 * (CRLF line ends, a field quoted only where it holds a comma, quote or line break), UTF-8 without BOM, numbers in
 * Java's shortest round-trip form with '.' as the decimal point whatever the locale, so that
 * {@code Double.parseDouble} reads back exactly the value computed. Files are written atomically.
 */
public final class CaseCsv {

    /** Header of the features file. */
    public static final List<String> FEATURES_HEADER = List.of("kind", "name", "value");
    /** Header of the result file. */
    public static final List<String> RESULT_HEADER = List.of("item", "predictor", "value", "unit");

    private static final String EOL = "\r\n";

    private CaseCsv() {
    }

    /** Rows {@code feature,NAME,VALUE} in the measurement's order, then {@code signature,NAME,SCORE}. */
    public static String features(CaseMeasurement m) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(FEATURES_HEADER);
        m.features().forEach((name, v) -> rows.add(List.of("feature", name, number(v))));
        m.signatureScores().forEach((name, v) -> rows.add(List.of("signature", name, number(v))));
        return text(rows);
    }

    /**
     * The result: probability and its 95 % CI, risk group, linear predictor (and its standard error), each
     * predictor's nomogram points, total points, the value each predictor used, the values as entered with their
     * units, the bundle (name, version, manifest SHA-256) and the software version.
     *
     * @param entered        the clinical values as the user entered them
     * @param manifestSha256 the SHA-256 of the bundle's manifest
     */
    public static String result(CasePrediction prediction, List<EnteredValue> entered, String manifestSha256) {
        BundlePrediction p = prediction.prediction();
        List<List<String>> rows = new ArrayList<>();
        rows.add(RESULT_HEADER);
        rows.add(row("probability", "", number(p.probability()), ""));
        rows.add(row("probability_ci_low", "", number(p.probabilityLow()), ""));
        rows.add(row("probability_ci_high", "", number(p.probabilityHigh()), ""));
        rows.add(row("risk_group", "", p.riskGroup(), ""));
        rows.add(row("linear_predictor", "", number(p.linearPredictor()), ""));
        rows.add(row("linear_predictor_se", "", number(p.linearPredictorSe()), ""));
        for (BundlePrediction.PredictorPoints pts : p.points()) {
            rows.add(row("points", pts.id(), number(pts.points()), ""));
        }
        rows.add(row("total_points", "", number(p.totalPoints()), ""));
        for (Map.Entry<String, Double> in : prediction.inputs().entrySet()) {
            rows.add(row("input_used", in.getKey(), number(in.getValue()), ""));
        }
        for (EnteredValue v : entered) {
            rows.add(row("entered", v.predictorId(), number(v.value()), v.unit()));
        }
        rows.add(row("bundle_name", "", p.bundleName(), ""));
        rows.add(row("bundle_version", "", p.bundleVersion(), ""));
        rows.add(row("bundle_sha256", "", manifestSha256 == null ? "" : manifestSha256, ""));
        rows.add(row("software_version", "", SoftwareVersion.current(), ""));
        return text(rows);
    }

    /** Writes {@link #features} to {@code out}, atomically. */
    public static void writeFeatures(CaseMeasurement m, Path out) throws IOException {
        AtomicFiles.writeString(out, features(m));
    }

    /** Writes {@link #result} to {@code out}, atomically. */
    public static void writeResult(CasePrediction prediction, List<EnteredValue> entered, String manifestSha256,
            Path out) throws IOException {
        AtomicFiles.writeString(out, result(prediction, entered, manifestSha256));
    }

    /** Shortest text that parses back to exactly {@code v}; "NaN" / "Infinity" as Java writes them. */
    static String number(double v) {
        return Double.toString(v);
    }

    private static List<String> row(String item, String predictor, String value, String unit) {
        return List.of(item, predictor, value, unit);
    }

    private static String text(List<List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        for (List<String> r : rows) {
            sb.append(CsvRecords.join(r)).append(EOL);
        }
        return sb.toString();
    }
}
