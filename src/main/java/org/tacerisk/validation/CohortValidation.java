package org.tacerisk.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.tacerisk.cohort.CohortExtraction;
import org.tacerisk.cohort.CohortManifest;
import org.tacerisk.cohort.Shard;
import org.tacerisk.common.AtomicFiles;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.CsvRecords;
import org.tacerisk.common.Finding;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.model.PredictorSpecification;
import org.tacerisk.model.PredictorSpecification.Source;
import org.tacerisk.predict.CaseMeasurement;
import org.tacerisk.predict.CasePrediction;
import org.tacerisk.predict.CasePredictor;
import org.tacerisk.stats.DataTable;

/**
 * {@code cohort validate}: a model bundle's whole pipeline on every case of a local manifest, then its performance
 * there (docs/validation.md). Step 1 is {@link CohortExtraction} with the bundle's radiomics settings and deep model
 * ({@code DIR/features.csv}; the same cache, shards, threads, cancel and resume as {@code cohort extract}); step 2 is
 * {@link CasePredictor#predict} per case on those features — the signatures, the combined model and the case's
 * warnings exactly as {@code tacerisk predict} gives them. The entered predictors come from the manifest's clinical
 * column of the same id, in the predictor's unit. {@code DIR/predictions.csv} ({@link ValidationPredictions}) and
 * {@code DIR/errors.csv} are written always; the metrics and the report ({@link ValidationReport}) only for an
 * unsharded run, since a shard's cases are not the cohort: run the shards with a shared cache, then once without
 * {@code --shard} (every case then comes from the cache).
 */
public final class CohortValidation {

    public static final String FEATURES = "features.csv";
    public static final String ERRORS = "errors.csv";

    /**
     * @param extraction how step 1 runs (shard, threads, cache — default {@code DIR/features.csv.cache} —, events,
     *                   progress)
     * @param cohorts    the manifest's cohorts to validate on (e.g. {@code external}); empty: every row
     * @param bootstrap  resamples of the calibration curve's band; 0 for none
     * @param seed       the bootstrap's seed
     */
    public record Options(CohortExtraction.Options extraction, Set<String> cohorts, int bootstrap, long seed) {

        public Options {
            extraction = extraction == null ? CohortExtraction.Options.defaults() : extraction;
            cohorts = cohorts == null ? Set.of() : Set.copyOf(cohorts);
            if (bootstrap < 0) {
                throw new IllegalArgumentException("bootstrap must be 0 or more, got " + bootstrap);
            }
        }

        public static Options defaults() {
            return new Options(null, Set.of(), 200, 1);
        }
    }

    /** A case without a prediction: a bad manifest row, a failed extraction or a failed prediction. */
    public record Failure(int line, String caseId, String reason) {
    }

    /**
     * @param metrics      null for a shard, or when the cases cannot be evaluated ({@code notEvaluable} says why)
     * @param notEvaluable why there are no metrics of an unsharded run, or null
     */
    public record Result(Path dir, CohortExtraction.Summary extraction, List<ValidationPredictions.Row> rows,
            List<Failure> failures, ValidationMetrics metrics, String notEvaluable, long millis) {
    }

    private CohortValidation() {
    }

    public static Result run(ModelBundle bundle, CohortManifest manifest, Path dir, Options options)
            throws IOException {
        long start = System.nanoTime();
        BundleManifest bm = bundle.manifest();
        if (bundle.radiomicsSettings() == null) {
            throw new BadInputException(bundle.source(), "the bundle has no radiomics settings, so its features"
                    + " cannot be extracted as in training; validate a bundle written by tacerisk cohort train");
        }
        CohortManifest selected = select(manifest, options.cohorts());
        List<PredictorSpecification> entered = requiredColumns(bundle, selected);
        Files.createDirectories(dir);
        Map<String, String> imageWarnings = new ConcurrentHashMap<>();
        Consumer<CohortExtraction.CaseEvent> events = options.extraction().caseEvents();
        CohortExtraction.Options extraction = options.extraction().withCaseEvents(e -> {
            if (e.status() == CohortExtraction.CaseStatus.EXTRACTED && e.reason() != null) {
                imageWarnings.put(e.patientId(), e.reason());
            }
            events.accept(e);
        });
        if (extraction.cacheDir() == null) {
            extraction = extraction.withCacheDir(dir.resolve(FEATURES + ".cache"));
        }
        Path features = dir.resolve(FEATURES);
        CohortExtraction.Summary summary = CohortExtraction.run(selected, bundle.radiomicsSettings(),
                bundle.deepModelDir(), features, extraction);
        List<Failure> failures = new ArrayList<>();
        summary.failures().forEach(f -> failures.add(new Failure(f.line(), f.patientId(), f.reason())));
        CaseTable table = CaseTable.of(features, selected);
        List<ValidationPredictions.Row> rows = new ArrayList<>();
        try (CasePredictor predictor = CasePredictor.open(bundle)) {
            for (CohortManifest.Row row : selected.rows()) {
                Integer r = table.rowOf(row.patientId());
                if (r == null) {
                    continue; // its extraction failed (or it is in another shard): already a failure or none
                }
                try {
                    rows.add(predict(predictor, table, r, row, entered, imageWarnings.get(row.patientId())));
                } catch (BadInputException e) {
                    failures.add(new Failure(row.line(), row.patientId(), "prediction: " + e.getMessage()));
                }
            }
        }
        failures.sort(Comparator.comparingInt(Failure::line));
        ValidationPredictions.write(dir.resolve(ValidationPredictions.FILE), bm, bundle.predictor(), rows);
        writeErrors(dir.resolve(ERRORS), failures);
        ValidationMetrics metrics = null;
        String notEvaluable = null;
        if (options.extraction().shard().equals(Shard.ALL)) {
            try {
                metrics = ValidationEvaluation.of(bundle, rows, table, options.bootstrap(), options.seed());
            } catch (IllegalArgumentException e) {
                notEvaluable = e.getMessage();
            }
            ValidationReport.write(dir, bundle, selected, rows, failures, metrics, notEvaluable);
        }
        return new Result(dir, summary, List.copyOf(rows), List.copyOf(failures), metrics, notEvaluable,
                (System.nanoTime() - start) / 1_000_000);
    }

    /** The rows of the given cohorts (all when none are given); bad rows of those cohorts stay for the errors. */
    static CohortManifest select(CohortManifest m, Set<String> cohorts) {
        if (cohorts.isEmpty()) {
            return m;
        }
        List<CohortManifest.Row> rows = m.rows().stream().filter(r -> cohorts.contains(r.cohort().label())).toList();
        if (rows.isEmpty()) {
            throw new BadInputException(m.source(), "no row of the manifest is in cohort " + cohorts + "; check"
                    + " the chosen cohorts against the manifest's cohort column");
        }
        Set<String> ids = new java.util.HashSet<>(rows.stream().map(CohortManifest.Row::patientId).toList());
        List<CohortManifest.RowFinding> findings = m.findings().stream()
                .filter(f -> ids.contains(f.patientId()) || !f.finding().isError()).toList();
        return new CohortManifest(m.source(), m.clinicalColumns(), rows, findings);
    }

    /**
     * The entered predictors of the combined model, each of which needs a clinical column of its id; a missing column
     * would fail every case, so it is refused before any work.
     */
    static List<PredictorSpecification> requiredColumns(ModelBundle bundle, CohortManifest m) {
        List<PredictorSpecification> entered = new ArrayList<>();
        for (PredictorSpecification p : bundle.predictor().predictors()) {
            boolean sizeFromRoi = p.source() == Source.MEASURED_FROM_ROI
                    && p.id().equals(PredictorSpecification.TUMOUR_SIZE_ID);
            if (p.source() == Source.ENTERED || sizeFromRoi) {
                if (!m.clinicalColumns().contains(p.id())) {
                    throw new BadInputException(m.source(), "the manifest has no column \"" + p.id() + "\" ("
                            + p.labelWithUnit() + "), which model " + bundle.manifest().name() + " "
                            + bundle.manifest().version() + " needs" + (sizeFromRoi ? " (the size is measured from"
                            + " the ROI in the workstation; here it is read from the manifest)" : "")
                            + "; add the column with values in " + (p.unit().isEmpty() ? "the predictor's unit"
                            : p.unit()));
                }
                entered.add(p);
            }
        }
        return entered;
    }

    private static ValidationPredictions.Row predict(CasePredictor predictor, CaseTable table, int r,
            CohortManifest.Row row, List<PredictorSpecification> entered, String imageWarning) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (PredictorSpecification p : entered) {
            double v = table.clinical(r, p.id());
            if (Double.isNaN(v)) {
                throw new BadInputException(null, "no value of " + p.id() + " (" + p.labelWithUnit() + ")");
            }
            values.put(p.id(), v);
        }
        String size = PredictorSpecification.TUMOUR_SIZE_ID;
        if (!values.containsKey(size) && table.hasClinical(size) && !Double.isNaN(table.clinical(r, size))) {
            values.put(size, table.clinical(r, size)); // for the size check, as tacerisk predict takes it
        }
        CaseMeasurement m = predictor.measurement(table.features(r), Double.NaN, Double.NaN, table.spacing(r));
        CasePrediction p = predictor.predict(m, values);
        List<String> warnings = new ArrayList<>();
        if (imageWarning != null) {
            warnings.add("image: " + imageWarning);
        }
        p.warnings().stream().map(Finding::describe).forEach(warnings::add);
        Map<String, Double> clinical = new LinkedHashMap<>();
        for (PredictorSpecification s : ValidationPredictions.clinicalPredictors(predictor.bundle().predictor())) {
            clinical.put(s.id(), p.inputs().get(s.id()));
        }
        return new ValidationPredictions.Row(row.patientId(), row.cohort().label(), row.outcome(),
                p.signatureScores(), clinical, p.prediction().linearPredictor(), p.prediction().probability(),
                p.prediction().riskGroup(), warnings);
    }

    private static void writeErrors(Path file, List<Failure> failures) throws IOException {
        StringBuilder sb = new StringBuilder("case_id,line,reason\n");
        for (Failure f : failures) {
            sb.append(CsvRecords.join(List.of(f.caseId(), Integer.toString(f.line()), f.reason()))).append('\n');
        }
        AtomicFiles.writeString(file, sb.toString());
    }

    /** The features table of step 1, by case: features, clinical values, image spacing. */
    record CaseTable(DataTable table, List<String> clinicalColumns, List<String> featureColumns,
            Map<String, Integer> rowById) {

        static final String SPACING_PREFIX = "diag_spacing_";

        static CaseTable of(Path features, CohortManifest m) throws IOException {
            DataTable t = DataTable.read(features);
            List<String> clinical = m.clinicalColumns();
            List<String> feats = t.columns().stream().filter(c -> !clinical.contains(c) && !c.startsWith("diag_")
                    && !List.of("patient_id", "cohort", "outcome").contains(c)).toList();
            Map<String, Integer> byId = new HashMap<>();
            for (int r = 0; r < t.rowCount(); r++) {
                byId.put(t.text(r, "patient_id"), r);
            }
            return new CaseTable(t, clinical, feats, byId);
        }

        Integer rowOf(String id) {
            return rowById.get(id);
        }

        boolean hasClinical(String column) {
            return clinicalColumns.contains(column);
        }

        double clinical(int r, String column) {
            return number(table.text(r, column));
        }

        Map<String, Double> features(int r) {
            Map<String, Double> f = new LinkedHashMap<>();
            for (String c : featureColumns) {
                f.put(c, number(table.text(r, c)));
            }
            return f;
        }

        double[] column(String c, List<String> ids) {
            return ids.stream().mapToDouble(id -> rowOf(id) == null || !table.hasColumn(c) ? Double.NaN
                    : number(table.text(rowOf(id), c))).toArray();
        }

        List<Double> spacing(int r) {
            List<Double> s = new ArrayList<>();
            for (String axis : List.of("x", "y", "z")) {
                s.add(table.hasColumn(SPACING_PREFIX + axis) ? number(table.text(r, SPACING_PREFIX + axis))
                        : Double.NaN);
            }
            return s;
        }

        private static double number(String text) {
            String t = text.trim();
            return switch (t) {
                case "", "NA", "NaN" -> Double.NaN;
                case "Inf" -> Double.POSITIVE_INFINITY;
                case "-Inf" -> Double.NEGATIVE_INFINITY;
                default -> Double.parseDouble(t);
            };
        }
    }
}
