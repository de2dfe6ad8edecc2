package org.tacerisk.cohort.training;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.tacerisk.cohort.CohortManifest;
import org.tacerisk.cohort.DiagnosticColumns;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.Cancelled;
import org.tacerisk.common.OutputPaths;
import org.tacerisk.common.Progress;
import org.tacerisk.radiomics.RadiomicsSettings;
import org.tacerisk.stats.DataTable;
import org.tacerisk.stats.LogisticRegression;
import org.tacerisk.stats.Prediction;

/**
 * {@code tacerisk cohort train}: from the wide features table (docs/cohort.md) to the Rad, DL and DLR signatures,
 * the clinical model, the combined model (logistic on the DLR score and the selected clinical predictors), their
 * evaluation in every cohort, the risk-group cut-off, {@code report.md}, {@code evaluation.json},
 * {@code predictions.csv}, the figures ({@link TrainingFigures}) and the model bundle (with the figures), in
 * that order ({@link TrainingRun}), with {@code training.log} ({@link TrainingLog}). Everything is fitted on the
 * {@code train} cohort only; rows without an outcome are left out (they are prediction-only patients).
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

    /**
     * Reads the manifest (for its clinical columns and its patients) and the features CSV, then trains. Feature rows
     * of patients the manifest does not list, or lists in another cohort, are refused ({@link ManifestMatch}).
     */
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
        return train(manifest, featuresCsv, config, outDir, settings, deepModel, Progress.NONE);
    }

    /**
     * As {@link #train(Path, Path, TrainingConfig, Path, RadiomicsSettings, Path)}, reporting to and cancelled by
     * {@code progress} (see {@link #train(DataTable, List, TrainingConfig, Path, RadiomicsSettings, Path,
     * Progress)}).
     */
    public static TrainingResult train(Path manifest, Path featuresCsv, TrainingConfig config, Path outDir,
            RadiomicsSettings settings, Path deepModel, Progress progress) throws IOException {
        requireNewOutput(outDir);
        CohortManifest patients = CohortManifest.read(manifest);
        DataTable features = DataTable.read(featuresCsv);
        ManifestMatch.check(features, patients);
        return train(features, patients.clinicalColumns(), config, outDir, settings, deepModel, progress);
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
        return train(features, clinicalColumns, config, outDir, settings, deepModel, Progress.NONE);
    }

    /**
     * As {@link #train(DataTable, List, TrainingConfig, Path, RadiomicsSettings, Path)}; {@code progress} gets each
     * step ("fitting the signatures ...", "bootstrap 57/200", "writing figures, report and bundle") with the
     * fraction done, the bootstrap taking most of the range; it may be called from several threads. training.log
     * holds the steps too (the bootstrap every 5 %).
     *
     * @throws Cancelled when {@code progress} is cancelled (within a fraction of a second): the results written so
     *                   far stay, training.log ends with CANCELLED, and no bundle is written
     */
    public static TrainingResult train(DataTable features, List<String> clinicalColumns, TrainingConfig config,
            Path outDir, RadiomicsSettings settings, Path deepModel, Progress progress) throws IOException {
        requireNewOutput(outDir);
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
            TrainingBundle.checkForced(config, clinical);
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
        Files.createDirectories(outDir);
        TrainingLog log = TrainingLog.start(outDir, progress);
        TrainingRun run = new TrainingRun(base, train, y, new TrainingRun.Candidates(radiomics, deep, clinical,
                clinicalColumns), config, notes, icc, outDir, log);
        try {
            TrainingResult result = run.fitAndWrite(settings, deepModel);
            result.notes().forEach(log::note);
            log.done("results, report and model bundle written");
            return result;
        } catch (Cancelled e) {
            log.cancelled(run.stage());
            throw e;
        } catch (BadInputException e) {
            log.failed(run.stage(), e);
            throw new BadInputException(null, failure(run.stage(), outDir, TrainingLog.reason(e)), e.findings(), e);
        } catch (FileSystemException e) {
            log.failed(run.stage(), e);
            throw new BadInputException(null, failure(run.stage(), outDir, "cannot write " + e.getFile() + ": "
                    + OutputPaths.reason(e)), e);
        } catch (RuntimeException | IOException e) {
            log.failed(run.stage(), e);
            throw new IllegalStateException(failure(run.stage(), outDir, TrainingLog.reason(e)), e);
        }
    }

    /** The output folder can be written and holds nothing yet (checked before any work starts). */
    public static void requireNewOutput(Path outDir) throws IOException {
        OutputPaths.requireWritableFolder(outDir);
        if (Files.isDirectory(outDir)) {
            try (var entries = Files.list(outDir)) {
                if (entries.findAny().isPresent()) {
                    throw new BadInputException(outDir, "the output folder exists and is not empty; choose a new one");
                }
            }
        }
    }

    /** What failed, and where the results so far are (bad input stays exit 3, anything else exit 1). */
    private static String failure(String stage, Path outDir, String reason) {
        return "cohort training failed while " + stage + ": " + reason + " (the results written so far and "
                + TrainingLog.FILE + " are in " + outDir + "; no bundle was written)";
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
