package org.tacerisk.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tacerisk.common.AtomicFiles;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.CsvRecords;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.model.BundlePredictor;
import org.tacerisk.model.PredictorSpecification;
import org.tacerisk.model.Signature;

/**
 * {@code predictions.csv} of {@code cohort validate}: one row per case the bundle predicted, in manifest order
 * (docs/validation.md, "predictions.csv"). The column contract, which model updating reads back:
 * <pre>
 * case_id,cohort,outcome,&lt;signature&gt;_score...,&lt;clinical predictor&gt;...,linear_predictor,probability,risk_group,warnings
 * </pre>
 * one {@code <name>_score} per signature of the bundle in manifest order (e.g. {@code rad_score, dl_score,
 * dlr_score}), one column per predictor of the combined model that is not a model score, named by its id and in
 * its unit (e.g. {@code tumor_size_cm, nodules, afp_ng_ml}: the value as entered, before any log10), then the
 * combined model's linear predictor (log-odds) and probability, the risk group's label and the case's warnings
 * separated by {@code ;} (a quoted field when it holds a comma). Numbers at full precision ({@link Double#toString});
 * an empty outcome is a prediction-only case.
 */
public final class ValidationPredictions {

    public static final String FILE = "predictions.csv";
    public static final String SCORE_SUFFIX = "_score";
    static final List<String> FIRST = List.of("case_id", "cohort", "outcome");
    static final List<String> LAST = List.of("linear_predictor", "probability", "risk_group", "warnings");

    /**
     * One predicted case.
     *
     * @param outcome    0/1, or null for a prediction-only case
     * @param scores     signature name → score
     * @param predictors clinical predictor id → value in the predictor's unit
     * @param warnings   one sentence each
     */
    public record Row(String caseId, String cohort, Integer outcome, Map<String, Double> scores,
            Map<String, Double> predictors, double linearPredictor, double probability, String riskGroup,
            List<String> warnings) {

        public Row {
            scores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scores));
            predictors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(predictors));
            // ';' separates the warnings in the file, so a sentence's own ';' becomes ','
            warnings = warnings.stream().map(w -> w.replace(';', ',')).toList();
        }
    }

    private ValidationPredictions() {
    }

    /** The signature score columns of a bundle, in manifest order. */
    public static List<String> scoreColumns(BundleManifest manifest) {
        return manifest.signatures().stream().map(s -> s.name() + SCORE_SUFFIX).toList();
    }

    /** The combined model's predictors that are not model scores (entered or measured), in model order. */
    public static List<PredictorSpecification> clinicalPredictors(BundlePredictor predictor) {
        return predictor.predictors().stream()
                .filter(p -> p.source() != PredictorSpecification.Source.MODEL_SCORE).toList();
    }

    /** The header for a bundle. */
    public static List<String> header(BundleManifest manifest, BundlePredictor predictor) {
        List<String> h = new ArrayList<>(FIRST);
        h.addAll(scoreColumns(manifest));
        clinicalPredictors(predictor).forEach(p -> h.add(p.id()));
        h.addAll(LAST);
        return h;
    }

    /** Writes the rows atomically. */
    public static void write(Path file, BundleManifest manifest, BundlePredictor predictor, List<Row> rows)
            throws IOException {
        List<String> header = header(manifest, predictor);
        StringBuilder sb = new StringBuilder(CsvRecords.join(header)).append('\n');
        for (Row r : rows) {
            List<String> cells = new ArrayList<>(header.size());
            cells.add(r.caseId());
            cells.add(r.cohort());
            cells.add(r.outcome() == null ? "" : r.outcome().toString());
            for (Signature s : manifest.signatures()) {
                cells.add(number(r.scores().get(s.name())));
            }
            for (PredictorSpecification p : clinicalPredictors(predictor)) {
                cells.add(number(r.predictors().get(p.id())));
            }
            cells.add(number(r.linearPredictor()));
            cells.add(number(r.probability()));
            cells.add(r.riskGroup());
            cells.add(String.join(";", r.warnings()));
            sb.append(CsvRecords.join(cells)).append('\n');
        }
        AtomicFiles.writeString(file, sb.toString());
    }

    /**
     * Reads a predictions file back (model updating's input): the score and predictor columns are those between
     * {@code outcome} and {@code linear_predictor}, told apart by the {@value #SCORE_SUFFIX} suffix.
     *
     * @throws BadInputException when the header breaks the contract or a value is not a number
     */
    public static List<Row> read(Path file) throws IOException {
        CsvRecords.Table t = CsvRecords.read(file);
        List<String> h = t.header();
        int n = h.size();
        if (n < FIRST.size() + LAST.size() || !h.subList(0, 3).equals(FIRST)
                || !h.subList(n - LAST.size(), n).equals(LAST)) {
            throw new BadInputException(file, "not a cohort validate predictions file: the header must start with "
                    + FIRST + " and end with " + LAST + "; write it with tacerisk cohort validate");
        }
        List<String> middle = h.subList(3, n - LAST.size());
        List<Row> rows = new ArrayList<>();
        for (CsvRecords.Line line : t.lines()) {
            if (line.error() != null || line.cells().size() != n) {
                throw new BadInputException(file, "line " + line.number() + ": " + (line.error() != null
                        ? line.error() : "has " + line.cells().size() + " fields, the header " + n));
            }
            List<String> c = line.cells();
            Map<String, Double> scores = new LinkedHashMap<>();
            Map<String, Double> predictors = new LinkedHashMap<>();
            for (int k = 0; k < middle.size(); k++) {
                String col = middle.get(k);
                double v = parse(file, line, col, c.get(3 + k));
                if (col.endsWith(SCORE_SUFFIX)) {
                    scores.put(col.substring(0, col.length() - SCORE_SUFFIX.length()), v);
                } else {
                    predictors.put(col, v);
                }
            }
            String outcome = c.get(2).trim();
            String warnings = c.get(n - 1);
            rows.add(new Row(c.get(0), c.get(1), outcome.isEmpty() ? null : (int) parse(file, line, "outcome",
                    outcome), scores, predictors, parse(file, line, "linear_predictor", c.get(n - 4)),
                    parse(file, line, "probability", c.get(n - 3)), c.get(n - 2),
                    warnings.isEmpty() ? List.of() : List.of(warnings.split(";"))));
        }
        return rows;
    }

    private static double parse(Path file, CsvRecords.Line line, String column, String text) {
        if (text.isEmpty() || text.equals("NaN")) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new BadInputException(file, "line " + line.number() + ", column " + column + ": \"" + text
                    + "\" is not a number");
        }
    }

    private static String number(Double v) {
        return v == null || v.isNaN() ? "" : Double.toString(v);
    }
}
