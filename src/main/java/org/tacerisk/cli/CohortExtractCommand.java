package org.tacerisk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tacerisk.common.OrderedMap;
import org.tacerisk.cohort.CohortExtraction;
import org.tacerisk.cohort.CohortManifest;
import org.tacerisk.cohort.Shard;
import org.tacerisk.radiomics.RadiomicsSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tacerisk cohort extract --manifest M.csv --settings RADIOMICS.yaml [--deep MODEL_DIR] --out FEATURES.csv
 * [--shard i/n] [--threads N] [--cache DIR] [--json]}.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Radiomics (and optionally deep) features of every patient of a manifest, as one row per"
                + " patient (docs/cohort.md).",
            "Failed or invalid rows go to FEATURES.errors.csv and the run goes on; finished cases are cached, so a"
                + " rerun resumes. Exit code 0 when at least one case succeeded (or the shard is empty), 3 when"
                + " none did. Progress goes to stderr."})
final class CohortExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--manifest", required = true, paramLabel = "M.csv",
            description = "Columns patient_id,cohort,image,mask,outcome[,roi][,clinical...].")
    Path manifest;

    @Option(names = "--settings", required = true, paramLabel = "RADIOMICS.yaml",
            description = "Radiomics settings (docs/radiomics-settings.md).")
    Path settingsFile;

    @Option(names = "--deep", paramLabel = "MODEL_DIR", description = "Add deep_prob and deep_f* from this model.")
    Path deep;

    @Option(names = "--out", required = true, paramLabel = "FEATURES.csv", description = "Wide table to write.")
    Path out;

    @Option(names = "--shard", paramLabel = "i/n", description = "Only the patients of shard i of n (by patient_id"
            + " hash); name each shard's --out yourself and join them with cohort merge.")
    String shard;

    @Option(names = "--threads", paramLabel = "N", description = "Cases at a time (default: 2, or 1 on one core).")
    Integer threads;

    @Option(names = "--cache", paramLabel = "DIR", description = "Case cache folder (default: FEATURES.csv.cache).")
    Path cache;

    @Mixin
    PyRadiomicsSettingsOptions settingsFormat;

    @Option(names = "--json", description = "Print the run summary as JSON on stdout.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        CohortExtraction.Options options = options(spec, shard, threads);
        RadiomicsSettings settings = settingsFormat.read(settingsFile, err);
        CohortManifest m = CohortManifest.read(manifest);
        m.findings().forEach(f -> err.println(f.describe()));
        err.flush();
        CohortExtraction.Options withCache = options.withCacheDir(cache);
        // a line per case says where the run is, so the progress is used for its cancel (Ctrl-C) only
        CohortExtraction.Summary s = StderrProgress.run(err, "no table written; the finished cases are cached, rerun"
                + " to resume", progress -> CohortExtraction.run(m, settings, deep, out, withCache
                        .withProgress(progress.cancelOnly()).withCaseEvents(e -> printCase(e, err))));
        err.printf(Locale.ROOT, "%d of %d patients written to %s (%d extracted, %d from cache) in %.1f s%n",
                s.succeeded(), s.cases(), s.out(), s.extracted(), s.cached(), s.millis() / 1000.0);
        if (!s.failures().isEmpty()) {
            err.printf("warning: %d patient%s without features; reasons in %s%n", s.failures().size(),
                    s.failures().size() == 1 ? "" : "s", s.errors());
        }
        err.flush();
        if (json) {
            JsonOutput.print(spec.commandLine().getOut(), toJson(s, m));
        }
        return s.succeeded() == 0 && s.cases() > 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }

    /** --shard and --threads as extraction options (shared with cohort validate). */
    static CohortExtraction.Options options(CommandSpec spec, String shard, Integer threads) {
        CohortExtraction.Options options = CohortExtraction.Options.defaults();
        try {
            options = options.withShard(shard == null ? Shard.ALL : Shard.parse(shard));
            return threads == null ? options : options.withThreads(threads);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** One stderr line per case (shared with cohort validate). */
    static void printCase(CohortExtraction.CaseEvent e, PrintWriter err) {
        err.printf(Locale.ROOT, "[%d/%d] %s %s %.1f s%s%n", e.done(), e.total(), e.patientId(), switch (e.status()) {
            case EXTRACTED -> "ok";
            case CACHED -> "cached";
            case FAILED -> "FAILED";
        }, e.millis() / 1000.0, e.reason() == null ? "" : ": " + e.reason());
        err.flush();
    }

    private static Map<String, Object> toJson(CohortExtraction.Summary s, CohortManifest m) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("out", s.out().toString());
        root.put("errors", s.errors().toString());
        root.put("cases", s.cases());
        root.put("succeeded", s.succeeded());
        root.put("extracted", s.extracted());
        root.put("cached", s.cached());
        root.put("failed", s.failures().size());
        root.put("failures", s.failures().stream().map(f -> OrderedMap.of("line", f.line(), "patient_id", f.patientId(),
                "reason", f.reason())).toList());
        root.put("millis", s.millis());
        // the whole manifest's findings (censoring warnings included), not only this shard's failures
        root.put("manifest_findings", m.findings().stream().map(f -> OrderedMap.of("line", f.line(), "patient_id",
                f.patientId(), "finding", f.finding())).toList());
        return root;
    }
}
