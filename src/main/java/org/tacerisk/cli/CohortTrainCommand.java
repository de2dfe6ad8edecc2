package org.tacerisk.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tacerisk.cohort.training.CohortTrainer;
import org.tacerisk.cohort.training.TrainingConfig;
import org.tacerisk.cohort.training.TrainingEvaluation;
import org.tacerisk.cohort.training.TrainingResult;
import org.tacerisk.radiomics.RadiomicsSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tacerisk cohort train --manifest M.csv --features F.csv [--config T.yaml] --out DIR [--json]}. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train the Rad, DL and DLR signatures, the clinical model and the combined model on the train"
                + " cohort, evaluate them in every cohort, and write report.md, evaluation.json, predictions.csv,"
                + " config.yaml, training.log and the model bundle (DIR/bundle) (docs/cohort-train.md).",
            "Every feature row must be a patient of the manifest, in the manifest's cohort."})
final class CohortTrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--manifest", required = true, paramLabel = "M.csv",
            description = "The cohort manifest (its clinical columns are the clinical candidates).")
    Path manifest;

    @Option(names = "--features", required = true, paramLabel = "F.csv",
            description = "The features table written by cohort extract.")
    Path features;

    @Option(names = "--config", paramLabel = "T.yaml", description = "Training settings; defaults when left out.")
    Path config;

    @Option(names = "--settings", paramLabel = "RADIOMICS.yaml",
            description = "Radiomics settings the features were extracted with; copied into the bundle.")
    Path settings;

    @Option(names = "--deep", paramLabel = "MODEL_DIR",
            description = "The deep model the deep_* features were extracted with; copied into the bundle (deep/).")
    Path deep;

    @Option(names = "--synthetic", description = "The cohort is synthetic: label the bundle as a demo.")
    boolean synthetic;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "New output folder.")
    Path out;

    @Mixin
    PyRadiomicsSettingsOptions settingsFormat;

    @Option(names = "--json", description = "Print a JSON summary on stdout.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        CohortTrainer.requireNewOutput(out); // before anything is read or fitted
        TrainingConfig read = config == null ? TrainingConfig.defaults() : TrainingConfig.read(config);
        TrainingConfig c = synthetic ? read.withSynthetic(true) : read;
        var err = spec.commandLine().getErr();
        RadiomicsSettings rs = settings == null ? null : settingsFormat.read(settings, err);
        long start = System.nanoTime();
        TrainingResult r = StderrProgress.run(err, "the results written so far and training.log (CANCELLED) are in "
                + out + "; no bundle was written", progress -> CohortTrainer.train(manifest, features, c, out, rs,
                        deep, progress));
        double seconds = (System.nanoTime() - start) / 1e9;
        r.notes().forEach(n -> err.println("note: " + n));
        r.evaluation().problems().forEach(n -> err.println("warning: " + n));
        r.directionConflicts().forEach(d -> err.println("warning: "
                + d.describe(r.config().display(d.predictor()).label())));
        for (TrainingEvaluation.Entry e : r.evaluation().entries()) {
            if (e.model().equals("combined")) {
                err.printf(java.util.Locale.ROOT, "combined model, %s: AUC %.3f (%.3f-%.3f)%n", e.cohort(),
                        e.evaluation().auc().auc(), e.evaluation().auc().ciLower(), e.evaluation().auc().ciUpper());
            }
        }
        err.printf(java.util.Locale.ROOT, "trained in %.1f s; report, evaluation and bundle written to %s%n",
                seconds, out);
        err.flush();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("out", out.toString());
            m.put("bundle", out.resolve(CohortTrainer.BUNDLE).toString());
            m.put("risk_cutoff", r.riskCutoff());
            m.put("dlr_features", r.dlr().features());
            m.put("clinical_selected", r.clinicalSelection().selected().stream().map(s -> s.label()).toList());
            m.put("clinical_forced", r.clinicalSelection().forced().stream().map(s -> s.label()).toList());
            m.put("combined_terms", r.combined().termNames());
            m.put("direction_conflicts", r.directionConflicts());
            Map<String, Double> auc = new LinkedHashMap<>();
            r.evaluation().entries().forEach(e -> auc.put(e.model() + "/" + e.cohort(),
                    e.evaluation().auc().auc()));
            m.put("auc", auc);
            m.put("notes", r.notes());
            m.put("seconds", seconds);
            JsonOutput.print(spec.commandLine().getOut(), m);
        }
        return ExitCodes.OK;
    }
}
