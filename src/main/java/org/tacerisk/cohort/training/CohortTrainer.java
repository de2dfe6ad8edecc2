package org.tacerisk.cohort.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.tacerisk.cohort.CohortManifest;
import org.tacerisk.cohort.DiagnosticColumns;
import org.tacerisk.common.BadInputException;
import org.tacerisk.radiomics.RadiomicsSettings;
import org.tacerisk.stats.DataTable;
import org.tacerisk.stats.LogisticModel;
import org.tacerisk.stats.LogisticRegression;
import org.tacerisk.stats.ModelFrame;
import org.tacerisk.stats.Prediction;
import org.tacerisk.stats.PredictorSpec;

/**
 * {@code tacerisk cohort train}: from the wide features table (docs/cohort.md) to the Rad, DL and DLR signatures,
 * the clinical model, the combined model (logistic on the DLR score and the selected clinical predictors), their
 * evaluation in every cohort, the risk-group cut-off, {@code report.md}, {@code evaluation.json},
 * {@code predictions.csv}, the figures ({@link TrainingFigures}) and the model bundle (with the figures). Everything is fitted on the {@code train} cohort only; rows without
 * an outcome are left out (they are prediction-only patients).
 */
public final class CohortTrainer {

    public static final String ID = "patient_id";
    public static final String COHORT = "cohort";
    public static final String OUTCOME = "outcome";
    public static final String DLR_SCORE = "dlr_score";
    /** The bundle's folder inside the output folder. */
    public static final String BUNDLE = "bundle";
    /** Risks are kept this far from 0 and 1 so calibration statistics stay defined. */
    static final double RISK_EPS = 1e-9;

    private CohortTrainer() {
    }

    /** Reads the manifest (for its clinical columns) and the features CSV, then trains. */
    public static TrainingResult train(Path manifest, Path featuresCsv, TrainingConfig config, Path outDir,
            RadiomicsSettings settings) throws IOException {
        return train(manifest, featuresCsv, config, outDir, settings, null);
    }

    /**
     * As {@link #train(Path, Path, TrainingConfig, Path, RadiomicsSettings)}, and copies {@code deepModel} (the
     * model folder the {@code deep_*} features were extracted with, or null) into the bundle's {@code deep/}.
     */
    public static TrainingResult train(Path manifest, Path featuresCsv, TrainingConfig config, Path outDir,
            RadiomicsSettings settings, Path deepModel) throws IOException {
        return train(manifest, featuresCsv, config, outDir, settings, deepModel, message -> { });
    }

    /** As {@link #train(Path, Path, TrainingConfig, Path, RadiomicsSettings, Path)}, reporting progress. */
    public static TrainingResult train(Path manifest, Path featuresCsv, TrainingConfig config, Path outDir,
            RadiomicsSettings settings, Path deepModel, Consumer<String> progress) throws IOException {
        List<String> clinical = CohortManifest.read(manifest).clinicalColumns();
        return train(DataTable.read(featuresCsv), clinical, config, outDir, settings, deepModel, progress);
    }

    /** {@link #train(DataTable, List, TrainingConfig, Path, RadiomicsSettings)} without radiomics settings. */
    public static TrainingResult train(DataTable features, List<String> clinicalColumns, TrainingConfig config,
            Path outDir) throws IOException {
        return train(features, clinicalColumns, config, outDir, null);
    }

    /**
     * Trains and writes the output folder (created; an existing non-empty folder is refused).
     *
     * @param clinicalColumns the manifest's clinical columns (candidates unless the config names its own)
     * @param settings        the radiomics settings the features were extracted with (copied into the bundle), or
     *                        null
     */
    public static TrainingResult train(DataTable features, List<String> clinicalColumns, TrainingConfig config,
            Path outDir, RadiomicsSettings settings) throws IOException {
        return train(features, clinicalColumns, config, outDir, settings, null);
    }

    /** As {@link #train(DataTable, List, TrainingConfig, Path, RadiomicsSettings)}; {@code deepModel} may be null. */
    public static TrainingResult train(DataTable features, List<String> clinicalColumns, TrainingConfig config,
            Path outDir, RadiomicsSettings settings, Path deepModel) throws IOException {
        return train(features, clinicalColumns, config, outDir, settings, deepModel, message -> { });
    }

    /**
     * As {@link #train(DataTable, List, TrainingConfig, Path, RadiomicsSettings, Path)}; {@code progress} gets a
     * line per step and, during a bootstrap of the whole procedure (minutes on a real cohort), every 5 % of the
     * resamples. It may be called from several threads.
     */
    public static TrainingResult train(DataTable features, List<String> clinicalColumns, TrainingConfig config,
            Path outDir, RadiomicsSettings settings, Path deepModel, Consumer<String> progress) throws IOException {
        if (Files.isDirectory(outDir)) {
            try (var entries = Files.list(outDir)) {
                if (entries.findAny().isPresent()) {
                    throw new BadInputException(outDir, "the output folder exists and is not empty; choose a new one");
                }
            }
        }
        List<String> notes = new ArrayList<>();
        boolean[] noOutcome = features.missing(OUTCOME);
        int[] labelled = IntStream.range(0, features.rowCount()).filter(i -> !noOutcome[i]).toArray();
        if (labelled.length < features.rowCount()) {
            notes.add((features.rowCount() - labelled.length) + " rows without an outcome left out");
        }
        DataTable base = features.select(labelled);
        int[] train = IntStream.range(0, base.rowCount()).filter(i -> base.text(i, COHORT).equals("train")).toArray();
        if (train.length == 0) {
            throw new BadInputException(features.source(), "no row of cohort train with an outcome");
        }
        double[] yAll = base.numeric(OUTCOME);
        double[] y = IntStream.of(train).mapToDouble(i -> yAll[i]).toArray();
        List<String> clinical = config.clinicalColumns().isEmpty() ? clinicalColumns : config.clinicalColumns();
        for (String c : clinical) {
            if (!base.hasColumn(c)) {
                throw new BadInputException(features.source(), "clinical column \"" + c + "\" is not in the table");
            }
        }
        try {
            TrainingBundle.checkDisplays(config, base, train, clinical);
            TrainingBundle.checkCohorts(config, base);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(features.source(), "training settings: " + e.getMessage(), e);
        }
        List<String> deep = new ArrayList<>();
        List<String> radiomics = new ArrayList<>();
        for (String c : base.columns()) {
            if (c.equals(ID) || c.equals(COHORT) || c.equals(OUTCOME) || clinical.contains(c)
                    || clinicalColumns.contains(c) || DiagnosticColumns.isDiagnostic(c)) {
                continue; // diag_* describe the images (spacing), they are never signature candidates
            }
            (c.startsWith("deep_") ? deep : radiomics).add(c);
        }
        if (radiomics.isEmpty()) {
            throw new BadInputException(features.source(), "no radiomics feature columns");
        }
        IccFilter icc = null;
        if (config.iccFeatures() != null) {
            List<String> all = new ArrayList<>(radiomics);
            all.addAll(deep);
            icc = IccFilter.apply(base, train, DataTable.read(Path.of(config.iccFeatures())), all,
                    config.iccThreshold());
            radiomics.retainAll(icc.kept());
            deep.retainAll(icc.kept());
            notes.add("ICC filter: " + icc.dropped().size() + " of " + all.size() + " features dropped (ICC(2,1) < "
                    + config.iccThreshold() + ")");
            if (radiomics.isEmpty()) {
                throw new BadInputException(features.source(), "no radiomics feature passes the ICC filter");
            }
        }
        progress.accept("fitting the signatures, clinical and combined models on " + train.length
                + " training rows");
        ModelProcedure fitted = ModelProcedure.fit(base, train, y, radiomics, deep, clinical, config);
        notes.addAll(fitted.notes());
        for (String id : config.predictors().keySet()) {
            if (!id.equals(DLR_SCORE) && fitted.combinedSpecs().stream().noneMatch(s -> s.column().equals(id))) {
                notes.add("predictors." + id + " is configured, but " + id + " was not kept by the clinical"
                        + " selection and is not an input of the combined model");
            }
        }
        Map<String, double[]> risks = new LinkedHashMap<>();
        FeatureSignature rad = fitted.rad();
        FeatureSignature dl = fitted.dl();
        FeatureSignature dlr = fitted.dlr();
        risks.put("rad", probabilities(rad.score(base)));
        if (fitted.dlProbability()) {
            risks.put("dl", clamp(base.numeric("deep_prob")));
        } else if (dl != null) {
            risks.put("dl", probabilities(dl.score(base)));
        }
        risks.put("dlr", probabilities(fitted.dlrScore()));
        DataTable table = fitted.table();
        DataTable trainTable = table.select(train);
        ClinicalSelection selection = fitted.selection();
        LogisticModel clinicalModel = null;
        if (!selection.selected().isEmpty()) {
            clinicalModel = LogisticModel.fit(trainTable, OUTCOME, selection.selected(), List.of());
            risks.put("clinical", probabilities(clinicalModel.predict(table)));
        }
        List<PredictorSpec> combinedSpecs = fitted.combinedSpecs();
        LogisticModel combined = fitted.combined();
        Prediction[] combinedPredictions = combined.predict(table);
        risks.put("combined", probabilities(combinedPredictions));
        TrainingEvaluation evaluation = TrainingEvaluation.of(table, train, risks, "combined");
        double cutoff = Double.isNaN(config.riskCutoff()) ? evaluation.trainingCutoff("combined")
                : config.riskCutoff();
        TrainingValidation validation = null;
        if (config.bootstrap() > 0) {
            ModelFrame frame = ModelFrame.build(trainTable, OUTCOME, combinedSpecs);
            if (config.bootstrapRefit().equals(TrainingConfig.REFIT_FINAL_MODEL)) {
                validation = TrainingValidation.of(frame, config.bootstrap(), config.bootstrapSeed());
            } else {
                double[] apparent = new double[train.length];
                java.util.Arrays.fill(apparent, Double.NaN);
                int[] used = frame.rows();
                double[] lp = combined.fit().linearPredictors();
                for (int k = 0; k < used.length; k++) {
                    apparent[used[k]] = lp[k];
                }
                int b = config.bootstrap();
                int every = Math.max(1, b / 20);
                progress.accept("bootstrap: refitting the whole procedure on " + b + " resamples");
                validation = TrainingValidation.ofProcedure(apparent, y, b, config.bootstrapSeed(),
                        ModelProcedure.refit(base, train, y, radiomics, deep, clinical, config), dlr.features(),
                        selection.candidates(), done -> {
                            if (done % every == 0 || done == b) {
                                progress.accept("bootstrap " + done + "/" + b);
                            }
                        });
            }
        }
        List<String> described = new ArrayList<>(clinical);
        clinicalColumns.stream().filter(c -> !described.contains(c) && base.hasColumn(c)).forEach(described::add);
        TrainingResult result = new TrainingResult(config, table, train, clinical, described, radiomics, deep, rad,
                dl, dlr,
                selection, clinicalModel, combined, combinedPredictions, risks, evaluation, cutoff, notes, icc,
                validation);
        progress.accept("writing figures, report and bundle");
        Files.createDirectories(outDir);
        org.tacerisk.model.BundleManifest manifest = TrainingBundle.manifest(result);
        List<TrainingFigures.Figure> figures = TrainingFigures.write(result, manifest, outDir);
        TrainingReport.write(result, outDir, figures);
        Map<String, Path> extras = new LinkedHashMap<>();
        extras.put(TrainingReport.REPORT, outDir.resolve(TrainingReport.REPORT)); // figures/ links resolve there too
        for (TrainingFigures.Figure f : figures) {
            extras.put(f.png(), outDir.resolve(f.png()));
            extras.put(f.svg(), outDir.resolve(f.svg()));
        }
        TrainingBundle.write(manifest, settings, deepModel, extras, outDir.resolve(BUNDLE));
        return result;
    }

    static FeatureSignature rename(FeatureSignature s, String name) {
        return new FeatureSignature(name, s.candidates(), s.screened(), s.uncorrelated(), s.lambda(), s.intercept(),
                s.features(), s.mean(), s.sd(), s.coefficients(), s.notes());
    }

    static double[] probabilities(double[] linearPredictors) {
        double[] p = new double[linearPredictors.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = LogisticRegression.plogis(linearPredictors[i]);
        }
        return clamp(p);
    }

    static double[] probabilities(Prediction[] predictions) {
        return clamp(java.util.Arrays.stream(predictions).mapToDouble(Prediction::probability).toArray());
    }

    static double[] clamp(double[] p) {
        double[] out = p.clone();
        for (int i = 0; i < out.length; i++) {
            if (!Double.isNaN(out[i])) {
                out[i] = Math.min(1 - RISK_EPS, Math.max(RISK_EPS, out[i]));
            }
        }
        return out;
    }

    /** The table with one more numeric column (full precision). */
    static DataTable withColumn(DataTable t, String name, double[] values) {
        if (t.hasColumn(name)) {
            throw new BadInputException(t.source(), "the table already has a column \"" + name + "\"");
        }
        List<String> columns = new ArrayList<>(t.columns());
        columns.add(name);
        List<String[]> rows = new ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            String[] old = t.row(r);
            String[] row = java.util.Arrays.copyOf(old, old.length + 1);
            row[old.length] = Double.isNaN(values[r]) ? "NA" : Double.toString(values[r]);
            rows.add(row);
        }
        return DataTable.of(columns, rows);
    }
}
