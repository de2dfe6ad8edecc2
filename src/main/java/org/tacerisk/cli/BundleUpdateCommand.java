package org.tacerisk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tacerisk.common.SoftwareVersion;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.model.update.BundleUpdate;
import org.tacerisk.model.update.Performance;
import org.tacerisk.model.update.UpdateMethod;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tacerisk bundle update --bundle B --predictions P.csv --out NEWDIR [--method auto|intercept|logistic|refit]
 * [--site NAME] [--holdout FRACTION | --bootstrap N] [--seed S] [--json]} (docs/model-updating.md).
 */
@Command(name = "update", mixinStandardHelpOptions = true,
        description = {"Update a bundle's combined model on a site's cohort (the predictions.csv of cohort validate)"
                + " and write it as a new bundle version with its provenance, update-report.md and update.json"
                + " (docs/model-updating.md).",
            "auto: the closed test (Vergouwe et al. 2017) chooses between keeping the model, recalibration in the"
                + " large, logistic recalibration and a refit; when it keeps the model, NEWDIR holds the report"
                + " only."})
final class BundleUpdateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--bundle", required = true, paramLabel = "B", description = "The bundle folder or .zip.")
    Path bundle;

    @Option(names = "--predictions", required = true, paramLabel = "P.csv",
            description = "The site's predictions table, written by cohort validate with this bundle.")
    Path predictions;

    @Option(names = "--out", required = true, paramLabel = "NEWDIR", description = "New folder for the new bundle.")
    Path out;

    @Option(names = "--method", defaultValue = "auto", paramLabel = "METHOD",
            description = "auto (closed test), intercept, logistic or refit (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--site", required = true, paramLabel = "NAME",
            description = "The site's name, recorded in the bundle's history (no patient data).")
    String site;

    @Option(names = "--holdout", paramLabel = "FRACTION",
            description = "Hold out this fraction of the cases (stratified) to compare the models.")
    Double holdout;

    @Option(names = "--bootstrap", paramLabel = "N",
            description = "Compare by N bootstrap resamples (optimism-corrected) instead; the default for a cohort"
                    + " with fewer than 100 events or non-events (200 resamples).")
    Integer bootstrap;

    @Option(names = "--seed", defaultValue = "20261207", paramLabel = "S",
            description = "Seed of the split or the resamples (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print a JSON summary on stdout.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (holdout != null && bootstrap != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "choose --holdout or --bootstrap, not both");
        }
        UpdateMethod chosenMethod = method.trim().equalsIgnoreCase("auto") ? null : UpdateMethod.parse(method);
        if (chosenMethod == UpdateMethod.ORIGINAL) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--method must be auto, intercept, logistic"
                    + " or refit");
        }
        String created = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
        BundleUpdate.Options options = new BundleUpdate.Options(chosenMethod, site, holdout, bootstrap, seed,
                created, SoftwareVersion.current());
        PrintWriter err = spec.commandLine().getErr();
        BundleUpdate.Result r;
        try (ModelBundle parent = ModelBundle.load(bundle)) {
            r = StderrProgress.run(err, "nothing was written to " + out, progress -> BundleUpdate.run(parent,
                    predictions, out, options, progress));
        }
        Performance o = r.evaluation().original();
        Performance u = r.evaluation().updated();
        if (r.leftOut() > 0) {
            err.println("note: " + r.leftOut() + " cases without an outcome or a predictor value were left out");
        }
        err.println("method: " + r.chosen().json() + (chosenMethod == null ? " (closed test)" : ""));
        err.printf(Locale.ROOT, "%s comparison: original intercept %.3f (%.3f to %.3f), slope %.3f (%.3f to %.3f);"
                + " updated intercept %.3f (%.3f to %.3f), slope %.3f (%.3f to %.3f)%n", r.evaluation().design(),
                o.intercept(), o.interceptLow(), o.interceptHigh(), o.slope(), o.slopeLow(), o.slopeHigh(),
                u.intercept(), u.interceptLow(), u.interceptHigh(), u.slope(), u.slopeLow(), u.slopeHigh());
        err.println(r.manifest() == null ? "the closed test keeps the original model: no new bundle; the report is"
                + " in " + out : "new bundle " + r.manifest().version() + " written to " + out + " (unsigned; see "
                + BundleUpdate.REPORT + ")");
        err.flush();
        if (json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("method", r.chosen().json());
            root.put("chosen_by", chosenMethod == null ? "closed_test" : "user");
            root.put("new_version", r.manifest() == null ? null : r.manifest().version());
            root.put("out", out.toString());
            root.put("evaluation_design", r.evaluation().design());
            root.put("original_calibrated", o.calibrated());
            root.put("updated_calibrated", u.calibrated());
            JsonOutput.print(spec.commandLine().getOut(), root);
        }
        return ExitCodes.OK;
    }
}
