package org.tacerisk.cohort.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.radiomics.RadiomicsSettings;
import org.tacerisk.stats.DataTable;
import org.tacerisk.stats.LogisticModel;
import org.tacerisk.stats.ModelFrame;
import org.tacerisk.stats.Prediction;
import org.tacerisk.stats.PredictorSpec;

/**
 * One {@link CohortTrainer} run on checked inputs: fits, evaluates and writes, in the order the results come:
 * predictions.csv, evaluation.json and config.yaml as soon as the models are evaluated; after the bootstrap
 * evaluation.json again, the figures and report.md; the bundle last (atomically, so a failure never leaves half a
 * bundle). {@link #stage} says what it is doing, for the log and the message of a failure. The caller's progress
 * is checked between the steps and inside the long ones (the signatures' LASSO cross-validation, the bootstrap), so a
 * cancel stops the run within a fraction of a second with what was written so far; the bootstrap gets most of the
 * progress range, since it takes most of the time (150 of 163 s for the demo model).
 */
final class TrainingRun {

    /**
     * The candidate columns.
     *
     * @param radiomics       radiomics feature columns
     * @param deep            deep_* columns (may be empty)
     * @param clinical        candidate clinical columns
     * @param clinicalColumns every clinical column of the manifest (described in the baseline table)
     */
    record Candidates(List<String> radiomics, List<String> deep, List<String> clinical,
            List<String> clinicalColumns) {
    }

    /** Where the bootstrap's part of the progress range starts and ends. */
    private static final double BOOTSTRAP_FROM = 0.1;
    private static final double BOOTSTRAP_TO = 0.95;

    private final DataTable base;
    private final int[] train;
    private final double[] y;
    private final Candidates columns;
    private final TrainingConfig config;
    private final List<String> notes;
    private final IccFilter icc;
    private final Path outDir;
    private final TrainingLog log;
    private volatile String stage = "fitting the models";
    /** identity(dlr_score) and the selected clinical predictors, as {@link #fit} fitted them. */
    private List<PredictorSpec> combinedSpecs;

    /**
     * @param base  every labelled row
     * @param train indexes of the training rows in {@code base}
     * @param y     the outcome of each training row
     * @param notes the notes so far (this run adds to them)
     */
    TrainingRun(DataTable base, int[] train, double[] y, Candidates columns, TrainingConfig config,
            List<String> notes, IccFilter icc, Path outDir, TrainingLog log) {
        this.base = base;
        this.train = train;
        this.y = y;
        this.columns = columns;
        this.config = config;
        this.notes = notes;
        this.icc = icc;
        this.outDir = outDir;
        this.log = log;
    }

    /** What the run is doing (or was doing when it failed). */
    String stage() {
        return stage;
    }

    TrainingResult fitAndWrite(RadiomicsSettings settings, Path deepModel) throws IOException {
        TrainingResult fitted = fit();
        log.checkCancelled();
        stage = "writing predictions.csv and evaluation.json";
        TrainingReport.writeResults(fitted, outDir);
        log.step("predictions.csv and evaluation.json written", BOOTSTRAP_FROM);
        stage = "the bootstrap validation";
        TrainingResult result = fitted.withValidation(validation(fitted));
        log.checkCancelled();
        log.step("writing figures, report and bundle", BOOTSTRAP_TO);
        stage = "writing the figures and report";
        TrainingReport.writeResults(result, outDir);
        BundleManifest manifest = TrainingBundle.manifest(result);
        List<TrainingFigures.Figure> figures = TrainingFigures.write(result, manifest, outDir);
        TrainingReport.write(result, outDir, figures);
        // the last chance to stop: the bundle is written whole (atomically) or not at all
        log.checkCancelled();
        stage = "writing the model bundle";
        Map<String, Path> extras = new LinkedHashMap<>();
        extras.put(TrainingReport.REPORT, outDir.resolve(TrainingReport.REPORT)); // figures/ links resolve there too
        for (TrainingFigures.Figure f : figures) {
            extras.put(f.png(), outDir.resolve(f.png()));
            extras.put(f.svg(), outDir.resolve(f.svg()));
        }
        TrainingBundle.write(manifest, settings, deepModel, extras, outDir.resolve(CohortTrainer.BUNDLE));
        return result;
    }

    /** The signatures, clinical and combined models on the training rows, evaluated in every cohort. */
    private TrainingResult fit() {
        log.step("fitting the signatures, clinical and combined models on " + train.length + " training rows", 0);
        ModelProcedure fitted = ModelProcedure.fit(base, train, y, columns.radiomics(), columns.deep(),
                columns.clinical(), config, log.cancelOnly());
        notes.addAll(fitted.notes());
        for (String id : config.predictors().keySet()) {
            if (!id.equals(CohortTrainer.DLR_SCORE)
                    && fitted.combinedSpecs().stream().noneMatch(s -> s.column().equals(id))) {
                boolean clinical = fitted.selection().selected().stream().anyMatch(s -> s.column().equals(id));
                notes.add("predictors." + id + " is configured, but " + id + (clinical
                        ? " was left out of the combined model (see above) and is not one of its inputs"
                        : " was not kept by the clinical selection and is not an input of the combined model"));
            }
        }
        Map<String, double[]> risks = new LinkedHashMap<>();
        risks.put("rad", CohortTrainer.probabilities(fitted.rad().score(base)));
        if (fitted.dlProbability()) {
            risks.put("dl", CohortTrainer.clamp(base.numeric("deep_prob")));
        } else if (fitted.dl() != null) {
            risks.put("dl", CohortTrainer.probabilities(fitted.dl().score(base)));
        }
        risks.put("dlr", CohortTrainer.probabilities(fitted.dlrScore()));
        DataTable table = fitted.table();
        ClinicalSelection selection = fitted.selection();
        LogisticModel clinicalModel = null;
        if (!selection.selected().isEmpty()) {
            clinicalModel = LogisticModel.fit(table.select(train), CohortTrainer.OUTCOME, selection.selected(),
                    List.of());
            risks.put("clinical", CohortTrainer.probabilities(clinicalModel.predict(table)));
        }
        LogisticModel combined = fitted.combined();
        combinedSpecs = fitted.combinedSpecs();
        Prediction[] combinedPredictions = combined.predict(table);
        risks.put("combined", CohortTrainer.probabilities(combinedPredictions));
        TrainingEvaluation evaluation = TrainingEvaluation.of(table, train, risks, "combined");
        double cutoff = Double.isNaN(config.riskCutoff()) ? evaluation.trainingCutoff("combined")
                : config.riskCutoff();
        List<String> described = new ArrayList<>(columns.clinical());
        columns.clinicalColumns().stream().filter(c -> !described.contains(c) && base.hasColumn(c))
                .forEach(described::add);
        return new TrainingResult(config, table, train, columns.clinical(), described, columns.radiomics(),
                columns.deep(), fitted.rad(), fitted.dl(), fitted.dlr(), selection, clinicalModel, combined,
                combinedPredictions, risks, evaluation, cutoff, notes, icc, null);
    }

    /** The bootstrap validation and calibration of the combined model in training, or null (B = 0). */
    private TrainingValidation validation(TrainingResult r) {
        if (config.bootstrap() == 0) {
            return null;
        }
        ModelFrame frame = ModelFrame.build(r.table().select(train), CohortTrainer.OUTCOME, combinedSpecs);
        if (config.bootstrapRefit().equals(TrainingConfig.REFIT_FINAL_MODEL)) {
            log.step("bootstrap: refitting the final model on " + config.bootstrap() + " resamples", BOOTSTRAP_FROM);
            return TrainingValidation.of(frame, config.bootstrap(), config.bootstrapSeed(), log.cancelOnly());
        }
        double[] apparent = new double[train.length];
        Arrays.fill(apparent, Double.NaN);
        int[] used = frame.rows();
        double[] lp = r.combined().fit().linearPredictors();
        for (int k = 0; k < used.length; k++) {
            apparent[used[k]] = lp[k];
        }
        int b = config.bootstrap();
        log.step("bootstrap: refitting the whole procedure on " + b + " resamples", BOOTSTRAP_FROM);
        return TrainingValidation.ofProcedure(apparent, y, b, config.bootstrapSeed(),
                ModelProcedure.refit(base, train, y, columns.radiomics(), columns.deep(), columns.clinical(), config,
                        log.cancelOnly()),
                r.dlr().features(), r.clinicalSelection().candidates(), log.counted(BOOTSTRAP_FROM, BOOTSTRAP_TO));
    }
}
