package org.tacerisk.model.update;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.CsvRecords;
import org.tacerisk.common.NumberText;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.model.BundlePredictor;
import org.tacerisk.model.PredictorSpecification;
import org.tacerisk.model.Signature;

/**
 * A site's cohort as the combined model sees it, read from the {@code predictions.csv} that {@code cohort validate}
 * writes (header {@code case_id,cohort,outcome}, the signature scores as {@code SIGNATURE_score}, the combined
 * model's other predictors in their units, {@code linear_predictor,probability,risk_group,warnings}; a model_score
 * predictor is read from the column of the signature that feeds it): per usable case the outcome, the model's terms
 * (design row, intercept first) and the bundle's linear predictor recomputed from them. Cases without an outcome or
 * a predictor value are left out and counted; a table whose linear predictors the bundle does not reproduce was made
 * with another bundle and is refused.
 *
 * @param outcomes  0/1 per case
 * @param design    the combined model's terms per case (1 first)
 * @param linearPredictors the bundle's linear predictor per case
 * @param leftOut   cases without an outcome or a predictor value
 */
public record LocalCohort(double[] outcomes, double[][] design, double[] linearPredictors, int leftOut) {

    /**
     * How far a table's linear_predictor may be from the bundle's own, relative (absolute below 1): the table's
     * scores and values may be rounded (a DLR score to 4 decimals moves the linear predictor by about 1e-4), while a
     * table from another bundle is off by far more.
     */
    static final double LP_TOLERANCE = 1e-3;
    /** cohort validate names a signature's column after it: {@code dlr} → {@code dlr_score}. */
    static final String SCORE_SUFFIX = "_score";

    public int n() {
        return outcomes.length;
    }

    public int events() {
        int e = 0;
        for (double y : outcomes) {
            e += (int) y;
        }
        return e;
    }

    /** The rows {@code rows} of this cohort (repeats allowed: a bootstrap resample). */
    public LocalCohort rows(int[] rows) {
        double[] y = new double[rows.length];
        double[][] x = new double[rows.length][];
        double[] lp = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            y[i] = outcomes[rows[i]];
            x[i] = design[rows[i]];
            lp[i] = linearPredictors[rows[i]];
        }
        return new LocalCohort(y, x, lp, 0);
    }

    /**
     * Reads {@code csv} for the bundle whose manifest is {@code manifest}.
     *
     * @throws BadInputException naming the file: a missing column, a value that is not a number, an outcome other
     *                           than 0/1, a linear predictor the bundle does not reproduce, or too few cases
     */
    public static LocalCohort read(Path csv, BundleManifest manifest) {
        CsvRecords.Table table;
        try {
            table = CsvRecords.read(csv);
        } catch (IOException e) {
            throw new BadInputException(csv, "cannot read the predictions table: " + e.getMessage(), e);
        }
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < table.header().size(); i++) {
            column.put(table.header().get(i).trim(), i);
        }
        Map<String, PredictorSpecification> used = new LinkedHashMap<>();
        BundlePredictor.of(manifest).predictors().forEach(p -> used.put(p.id(), p));
        // a model_score predictor stands in the column of the signature that feeds it (SIGNATURE_score)
        for (Signature sig : manifest.signatures()) {
            if (sig.predictor() != null && !column.containsKey(sig.predictor())
                    && column.containsKey(sig.name() + SCORE_SUFFIX)) {
                column.put(sig.predictor(), column.get(sig.name() + SCORE_SUFFIX));
            }
        }
        List<String> needed = new ArrayList<>(List.of("outcome", "linear_predictor"));
        needed.addAll(used.keySet());
        List<String> missing = needed.stream().filter(c -> !column.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new BadInputException(csv, "the predictions table has no column " + missing + "; it needs outcome,"
                    + " linear_predictor and the combined model's predictors " + used.keySet() + " (the table that"
                    + " cohort validate writes with this bundle)");
        }
        double[] beta = manifest.combinedModel().coefficients();
        List<double[]> rows = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        List<Double> lps = new ArrayList<>();
        int leftOut = 0;
        for (CsvRecords.Line line : table.lines()) {
            if (line.error() != null) {
                throw new BadInputException(csv, line.error());
            }
            Double y = cell(csv, line, column.get("outcome"), "outcome");
            Map<String, Double> values = new HashMap<>();
            boolean complete = y != null;
            for (String id : used.keySet()) {
                Double v = cell(csv, line, column.get(id), id);
                complete &= v != null;
                values.put(id, v);
            }
            if (!complete) {
                leftOut++;
                continue;
            }
            if (y != 0 && y != 1) {
                throw new BadInputException(csv, "line " + line.number() + ": outcome must be 0 or 1, not " + y);
            }
            double[] x = BundlePredictor.termValues(manifest, values);
            double lp = 0;
            for (int j = 0; j < x.length; j++) {
                lp += beta[j] * x[j];
            }
            Double given = cell(csv, line, column.get("linear_predictor"), "linear_predictor");
            if (given != null && Math.abs(given - lp) > LP_TOLERANCE * Math.max(1, Math.abs(lp))) {
                throw new BadInputException(csv, "line " + line.number() + ": linear_predictor " + given + " is not"
                        + " what bundle " + manifest.name() + " " + manifest.version() + " computes from the row's"
                        + " predictors (" + lp + "); the table was made with another bundle: validate the cohort"
                        + " with this bundle first");
            }
            rows.add(x);
            ys.add(y);
            lps.add(lp);
        }
        LocalCohort cohort = new LocalCohort(ys.stream().mapToDouble(Double::doubleValue).toArray(),
                rows.toArray(double[][]::new), lps.stream().mapToDouble(Double::doubleValue).toArray(), leftOut);
        int events = cohort.events();
        if (events < 2 || cohort.n() - events < 2) {
            throw new BadInputException(csv, "the predictions table has " + cohort.n() + " usable cases with "
                    + events + " events: updating a model needs cases with and without the outcome (at least 2"
                    + " of each; far more for a trustworthy update)");
        }
        return cohort;
    }

    /** A numeric cell; null when empty or NA (missing). */
    private static Double cell(Path csv, CsvRecords.Line line, int index, String name) {
        String text = index < line.cells().size() ? line.cells().get(index).trim() : "";
        if (text.isEmpty() || text.equals("NA")) {
            return null;
        }
        java.util.OptionalDouble v = NumberText.parse(text);
        if (v.isEmpty() || !Double.isFinite(v.getAsDouble())) {
            throw new BadInputException(csv, "line " + line.number() + ": " + name + " \"" + text + "\" is not a"
                    + " number");
        }
        return v.getAsDouble();
    }
}
