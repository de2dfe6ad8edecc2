package org.tacerisk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.tacerisk.cohort.CohortExtraction;
import org.tacerisk.cohort.CohortManifest;
import org.tacerisk.common.OrderedMap;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.stats.CalibrationAssessment;
import org.tacerisk.validation.CohortValidation;
import org.tacerisk.validation.ValidationMetrics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tacerisk cohort validate --bundle B --manifest M.csv --out DIR [--cohorts LIST] [--bootstrap N] [--shard
 * i/n] [--threads N] [--cache DIR] [--json]} (docs/validation.md).
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"External validation of a model bundle on a local cohort (docs/validation.md): the bundle's"
                + " whole pipeline on every case of the manifest (resumable and shardable like cohort extract), then"
                + " discrimination, calibration, decision curve, risk groups and distribution shift.",
            "Writes DIR/predictions.csv, DIR/errors.csv and, without --shard, DIR/report.md, DIR/report.pdf,"
                + " DIR/validation.json and DIR/figures/. Exit code 0 when at least one case was predicted, 3 when"
                + " none was."})
final class CohortValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--bundle", required = true, paramLabel = "B", description = "Model bundle (folder or zip).")
    Path bundle;

    @Option(names = "--manifest", required = true, paramLabel = "M.csv", description = "Cohort manifest"
            + " (docs/cohort.md) with a clinical column per entered predictor of the bundle, in its unit.")
    Path manifest;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Option(names = "--cohorts", paramLabel = "LIST", split = ",", description = "Only these cohorts of the manifest"
            + " (train, test, external); default: every row.")
    String[] cohorts;

    @Option(names = "--bootstrap", paramLabel = "N", description = "Bootstrap resamples of the calibration curve's"
            + " 95-percent band (default: ${DEFAULT-VALUE}; 0: no band).")
    int bootstrap = 200;

    @Option(names = "--seed", paramLabel = "S", description = "Bootstrap seed (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--shard", paramLabel = "i/n", description = "Only the cases of shard i of n; writes the shard's"
            + " predictions and caches its features, no report: run once more without --shard to report.")
    String shard;

    @Option(names = "--threads", paramLabel = "N", description = "Cases at a time (default: 2, or 1 on one core).")
    Integer threads;

    @Option(names = "--cache", paramLabel = "DIR", description = "Case cache folder (default:"
            + " DIR/features.csv.cache); shards may share one.")
    Path cache;

    @Option(names = "--json", description = "Print the run summary as JSON on stdout.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        CohortExtraction.Options extraction = CohortExtractCommand.options(spec, shard, threads);
        if (bootstrap < 0) {
            throw new ParameterException(spec.commandLine(), "--bootstrap must be 0 or more, not " + bootstrap);
        }
        Set<String> chosen = cohorts == null ? Set.of() : Arrays.stream(cohorts).map(String::trim)
                .map(c -> c.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        for (String c : chosen) {
            if (Arrays.stream(CohortManifest.Cohort.values()).noneMatch(k -> k.label().equals(c))) {
                throw new ParameterException(spec.commandLine(), "--cohorts takes train, test and external, not '"
                        + c + "'");
            }
        }
        CohortManifest m = CohortManifest.read(manifest);
        m.findings().forEach(f -> err.println(f.describe()));
        err.flush();
        CohortExtraction.Options base = extraction.withCacheDir(cache);
        CohortValidation.Result r;
        try (ModelBundle b = ModelBundle.load(bundle)) {
            b.warnings().forEach(w -> err.println("warning: " + w.describe()));
            r = StderrProgress.run(err, "no report written; the finished cases are cached, rerun to resume",
                    progress -> CohortValidation.run(b, m, out, new CohortValidation.Options(base
                            .withProgress(progress.cancelOnly()).withCaseEvents(e -> CohortExtractCommand.printCase(e, err)), chosen,
                            bootstrap, seed)));
        }
        err.printf(Locale.ROOT, "%d cases predicted, %d without a prediction (%s) in %.1f s%n", r.rows().size(),
                r.failures().size(), out.resolve(CohortValidation.ERRORS), r.millis() / 1000.0);
        if (r.metrics() != null) {
            printMetrics(r.metrics(), err);
            err.println("report: " + out.resolve("report.md"));
        } else if (r.notEvaluable() != null) {
            err.println("no metrics: " + r.notEvaluable());
        }
        err.flush();
        if (json) {
            JsonOutput.print(spec.commandLine().getOut(), toJson(r));
        }
        return r.rows().isEmpty() && (r.extraction().cases() > 0) ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }

    private static void printMetrics(ValidationMetrics m, PrintWriter err) {
        CalibrationAssessment c = m.calibration();
        err.printf(Locale.ROOT, "n %d, events %d; AUC %.3f (%.3f-%.3f); calibration-in-the-large %.3f (%.3f to %.3f);"
                + " slope %.3f (%.3f to %.3f); Brier %.3f; E/O %.3f; ICI %.3f%s%n", m.n(), m.events(), m.auc().auc(),
                m.auc().ciLower(), m.auc().ciUpper(), c.calibrationInTheLarge().value(),
                c.calibrationInTheLarge().lower(), c.calibrationInTheLarge().upper(), c.slope().value(),
                c.slope().lower(), c.slope().upper(), c.brier(), c.expectedOverObserved(), c.ici(),
                c.miscalibrated() ? "; MISCALIBRATED" : "");
    }

    private static Map<String, Object> toJson(CohortValidation.Result r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("out", r.dir().toString());
        root.put("predicted", r.rows().size());
        root.put("failed", r.failures().size());
        root.put("failures", r.failures().stream().map(f -> OrderedMap.of("line", f.line(), "case_id", f.caseId(),
                "reason", f.reason())).toList());
        root.put("extracted", r.extraction().extracted());
        root.put("cached", r.extraction().cached());
        if (r.metrics() != null) {
            CalibrationAssessment c = r.metrics().calibration();
            root.put("n", r.metrics().n());
            root.put("events", r.metrics().events());
            root.put("auc", r.metrics().auc().auc());
            root.put("calibration_in_the_large", c.calibrationInTheLarge().value());
            root.put("slope", c.slope().value());
            root.put("miscalibrated", c.miscalibrated());
        }
        root.put("not_evaluable", r.notEvaluable());
        root.put("millis", r.millis());
        return root;
    }
}
