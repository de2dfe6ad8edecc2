package org.tacerisk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tacerisk.common.BadInputException;
import org.tacerisk.deep.DeepEngine;
import org.tacerisk.deep.DeepTrainer;
import org.tacerisk.deep.InputSpec;
import org.tacerisk.deep.TrainingCase;
import org.tacerisk.deep.TrainingCrops;
import org.tacerisk.deep.TrainingManifest;
import org.tacerisk.deep.TrainingOptions;
import org.tacerisk.deep.TrainingSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tacerisk deep train --cases MANIFEST.csv --out DIR [--cohorts train,...] [--epochs N] [--seed S]
 * [--val-fraction F] [--patience P] [--json]}.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train a small CNN (CompactResNet) on tumour crops and write a model folder (model.json +"
                + " model.params) that `deep infer` and `deep saliency` read.",
            "The manifest is a CSV with columns patient_id,image,mask,outcome[,roi][,cohort]; paths are relative to"
                + " the manifest; outcome is 0 or 1. With a cohort column only the train cohort is used unless"
                + " --cohorts names others. The model folder records the rows used (training-cases.csv). Progress"
                + " goes to stderr."})
final class DeepTrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--cases", required = true, paramLabel = "MANIFEST.csv", description = "Training cases.")
    Path cases;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Model folder to write.")
    Path out;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "30",
            description = "Most epochs (default ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--patience", paramLabel = "P", defaultValue = "5",
            description = "Stop after P epochs without a better validation AUC (default ${DEFAULT-VALUE}).")
    int patience;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20251127",
            description = "Seed of the split, weights, shuffles and augmentation (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--val-fraction", paramLabel = "F", defaultValue = "0.2",
            description = "Share of each outcome held out for validation (default ${DEFAULT-VALUE}).")
    double valFraction;

    @Option(names = "--crop-size", paramLabel = "PX", defaultValue = "64",
            description = "Crop width and height in pixels (default ${DEFAULT-VALUE}).")
    int cropSize;

    @Option(names = "--mm-per-pixel", paramLabel = "MM", defaultValue = "1.0",
            description = "Crop pixel size in mm; the crop covers crop-size x this (default ${DEFAULT-VALUE}).")
    double mmPerPixel;

    @Option(names = "--neighbour-slices", paramLabel = "K", defaultValue = "1",
            description = "Slices on each side of the largest-area slice as extra channels (default ${DEFAULT-VALUE}).")
    int neighbourSlices;

    @Option(names = "--window", paramLabel = "LOW,HIGH", split = ",", defaultValue = "-100,240",
            description = "HU window mapped to [0, 1] (default ${DEFAULT-VALUE}).")
    double[] window;

    @Option(names = "--mask-channel", description = "Add the centre slice's tumour mask as a channel.")
    boolean maskChannel;

    @Option(names = "--cohorts", split = ",", paramLabel = "NAME[,NAME...]",
            description = "With a cohort column: train on these cohorts (default: train only). Test and external"
                    + " patients trained on no longer give an unbiased evaluation.")
    List<String> cohorts;

    @Option(names = "--json", description = "Print the training summary as JSON on stdout.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        TrainingOptions options;
        try {
            if (window.length != 2) {
                throw new IllegalArgumentException("--window needs two values LOW,HIGH, got " + window.length);
            }
            InputSpec input = new InputSpec(cropSize, mmPerPixel, neighbourSlices, window[0], window[1],
                    maskChannel);
            options = TrainingOptions.defaults(input).withEpochs(epochs).withPatience(patience)
                    .withSeed(seed).withValFraction(valFraction);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        DeepEngine.Status engine = DeepCommand.startEngine(err);
        if (engine == null) {
            return ExitCodes.INTERNAL_ERROR;
        }
        TrainingManifest all = TrainingManifest.read(cases);
        TrainingManifest manifest = rowsToTrainOn(all, err);
        TrainingSummary s = StderrProgress.run(err, "no model folder was written", progress -> {
            long start = System.nanoTime();
            List<TrainingCase> training = TrainingCrops.from(manifest, options.spec(), progress.slice(0, 0.2));
            err.printf("%d crops in %d ms; training%n", training.size(), (System.nanoTime() - start) / 1_000_000);
            err.flush();
            return DeepTrainer.train(training, manifest.cohortById(), options, out, progress.slice(0.2, 1));
        });
        if (json) {
            Map<String, Object> summary = toJson(s);
            summary.put("rows_by_cohort", manifest.rowsByCohort());
            summary.put("rows_left_out_by_cohort", leftOut(all, manifest));
            JsonOutput.print(spec.commandLine().getOut(), summary);
        } else {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.printf("model written to %s: %d epochs, kept epoch %d (validation AUC %.4f), %d training + %d"
                    + " validation cases, %.1f s%n", s.modelDir(), s.epochs(), s.bestEpoch(), s.bestValAuc(),
                    s.trainCases(), s.valCases(), s.millis() / 1000.0);
            stdout.flush();
        }
        return ExitCodes.OK;
    }

    /**
     * The rows to train on ({@link TrainingManifest#rowsOf}: the train cohort unless {@code --cohorts} names
     * others), said on stderr as counts per cohort (no patient ids), with a WARNING when test or external patients
     * are among them.
     */
    private TrainingManifest rowsToTrainOn(TrainingManifest all, PrintWriter err) {
        Map<String, Integer> present = all.rowsByCohort();
        if (cohorts != null) {
            if (!all.hasCohorts()) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--cohorts: " + cases
                        + " has no cohort column; leave --cohorts out to train on every row");
            }
            List<String> unknown = cohorts.stream().filter(c -> !present.containsKey(c)).toList();
            if (!unknown.isEmpty()) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--cohorts: no row of cohort "
                        + unknown + " in " + cases + "; its cohorts are " + present.keySet());
            }
        }
        TrainingManifest used = all.rowsOf(cohorts);
        if (used.entries().isEmpty()) {
            throw new BadInputException(cases, "no row of cohort " + TrainingManifest.TRAIN + "; its cohorts are "
                    + present.keySet() + "; name the cohorts to train on with --cohorts");
        }
        if (!all.hasCohorts()) {
            err.printf("training on all %d rows (the manifest has no cohort column)%n", used.entries().size());
        } else {
            err.printf("training on %d of %d rows: %s%s%n", used.entries().size(), all.entries().size(),
                    counts(used.rowsByCohort()), leftOut(all, used).isEmpty() ? ""
                            : "; left out: " + counts(leftOut(all, used)));
            List<String> unseen = used.rowsByCohort().keySet().stream()
                    .filter(c -> !c.equals(TrainingManifest.TRAIN)).toList();
            if (!unseen.isEmpty()) {
                err.println("WARNING: training on cohort " + String.join(", ", unseen) + ": these patients no"
                        + " longer give an unbiased evaluation of this network, nor of any model built on its"
                        + " features (their AUC would be optimistic)");
            }
        }
        err.flush();
        return used;
    }

    private static Map<String, Integer> leftOut(TrainingManifest all, TrainingManifest used) {
        Map<String, Integer> left = new LinkedHashMap<>(all.rowsByCohort());
        used.rowsByCohort().forEach((c, n) -> left.merge(c, -n, Integer::sum));
        left.values().removeIf(n -> n == 0);
        return left;
    }

    private static String counts(Map<String, Integer> byCohort) {
        StringBuilder sb = new StringBuilder();
        byCohort.forEach((c, n) -> sb.append(sb.length() == 0 ? "" : ", ").append(c.isEmpty() ? "(no cohort)" : c)
                .append(' ').append(n));
        return sb.toString();
    }

    static Map<String, Object> toJson(TrainingSummary s) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("model_dir", s.modelDir().toString());
        root.put("epochs", s.epochs());
        root.put("best_epoch", s.bestEpoch());
        root.put("best_validation_auc", s.bestValAuc());
        root.put("best_validation_loss", s.bestValLoss());
        root.put("train_cases", s.trainCases());
        root.put("validation_cases", s.valCases());
        root.put("training_ms", s.millis());
        return root;
    }
}
