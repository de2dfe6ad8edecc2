package org.tacerisk.model.update;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tacerisk.common.AtomicFiles;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.Progress;
import org.tacerisk.model.BundleHistoryEntry;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.model.CombinedModel;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.model.ModelBundleWriter;

/**
 * {@code tacerisk bundle update} (docs/model-updating.md): a bundle's combined model updated on a site's cohort (the
 * {@code predictions.csv} of {@code cohort validate}) and written as a new bundle version, with the comparison of
 * the original and the updated model on cases the update did not learn from ({@link UpdateEvaluation}) in
 * {@value #REPORT} and {@value #JSON}, which travel inside the new bundle. The new bundle is the parent's files byte
 * for byte with a new manifest: the new coefficients, version {@code PARENT+updK}, the parent's risk-group cut-offs,
 * and a {@code history} that adds the validation of the parent on this cohort and the update (parent SHA-256,
 * method, cohort, date, software). When the closed test keeps the original model no bundle is written: the folder
 * holds the two report files only. An updated bundle carries no signature of its author: it is the site's model.
 */
public final class BundleUpdate {

    public static final String REPORT = "update-report.md";
    public static final String JSON = "update.json";
    /** Below this many events (or non-events) the cohort is "small": bootstrap instead of a held-out part. */
    static final int SMALL_COHORT_CLASS = 100;
    static final double DEFAULT_HOLDOUT = 0.3;
    static final int DEFAULT_RESAMPLES = 200;

    private BundleUpdate() {
    }

    /**
     * What to do.
     *
     * @param method          the method, or null for the closed test's choice
     * @param site            the site's name as the user gives it
     * @param holdoutFraction the fraction of cases held out, or null
     * @param resamples       bootstrap resamples, or null; with neither, a cohort with at least
     *                        {@value #SMALL_COHORT_CLASS} events and non-events gets a 30 % holdout, a smaller one a
     *                        bootstrap of {@value #DEFAULT_RESAMPLES}
     * @param seed            the seed of the split or the resamples
     * @param created         the date-time written (ISO-8601 with offset)
     * @param softwareVersion this TACE-Risk version
     */
    public record Options(UpdateMethod method, String site, Double holdoutFraction, Integer resamples, long seed,
            String created, String softwareVersion) {
    }

    /**
     * The outcome.
     *
     * @param evaluation the comparison (and the fitted update)
     * @param chosen     the method applied (ORIGINAL: nothing written but the report)
     * @param manifest   the new bundle's manifest as written, or null when the original was kept
     * @param folder     the folder written (the new bundle, or the report folder)
     * @param leftOut    cases of the table without an outcome or a predictor value
     */
    public record Result(UpdateEvaluation evaluation, UpdateMethod chosen, BundleManifest manifest, Path folder,
            int leftOut) {
    }

    public static Result run(ModelBundle parent, Path predictions, Path out, Options options, Progress progress)
            throws IOException {
        if (options.site() == null || options.site().isBlank()) {
            throw new BadInputException(null, "name the site whose cohort updates the model (it is recorded in the"
                    + " bundle's history)");
        }
        if (Files.exists(out)) {
            throw new BadInputException(out, "already exists; an updated bundle is written to a new folder");
        }
        BundleManifest m = parent.manifest();
        LocalCohort cohort = LocalCohort.read(predictions, m);
        CombinedModel model = m.combinedModel();
        UpdateProcedure procedure = new UpdateProcedure(options.method(), model.coefficients(),
                model.covarianceMatrix());
        UpdateEvaluation evaluation = evaluate(cohort, procedure, options, progress);
        UpdatedModel updated = evaluation.fitted().model();
        Performance onCohort = Performance.of(cohort.outcomes(), cohort.linearPredictors());
        BundleHistoryEntry validation = new BundleHistoryEntry(BundleHistoryEntry.VALIDATION, options.created(),
                options.site(), cohort.n(), cohort.events(), m.version(), parent.manifestSha256(), null, null,
                onCohort.auc(), onCohort.intercept(), onCohort.slope(), onCohort.brier(), options.softwareVersion(),
                "the bundle's predictions on the site's whole cohort, before updating");
        Path temp = Files.createTempDirectory("tacerisk-update-");
        try {
            String version = nextVersion(m);
            UpdateReport report = new UpdateReport(m, parent.manifestSha256(), options, cohort, evaluation,
                    onCohort, updated.method() == UpdateMethod.ORIGINAL ? null : version);
            Files.writeString(temp.resolve(REPORT), report.markdown(), StandardCharsets.UTF_8);
            Files.writeString(temp.resolve(JSON), report.json(), StandardCharsets.UTF_8);
            if (updated.method() == UpdateMethod.ORIGINAL) {
                Files.createDirectories(out);
                AtomicFiles.writeString(out.resolve(REPORT), report.markdown());
                AtomicFiles.writeString(out.resolve(JSON), report.json());
                return new Result(evaluation, UpdateMethod.ORIGINAL, null, out, cohort.leftOut());
            }
            BundleHistoryEntry update = new BundleHistoryEntry(BundleHistoryEntry.UPDATE, options.created(),
                    options.site(), evaluation.developmentN(), evaluation.developmentEvents(), m.version(),
                    parent.manifestSha256(), updated.method().json(), options.method() == null
                            ? BundleHistoryEntry.CHOSEN_BY_CLOSED_TEST : BundleHistoryEntry.CHOSEN_BY_USER,
                    null, null, null, null, options.softwareVersion(), UpdateReport.adjustment(updated));
            List<BundleHistoryEntry> history = new ArrayList<>(m.history());
            history.add(validation);
            history.add(update);
            BundleManifest next = m.updated(version, options.created(), options.softwareVersion(),
                    combinedModel(model, updated, evaluation), history);
            BundleManifest written = ModelBundleWriter.derivedFrom(parent, next)
                    .extraFile(REPORT, temp.resolve(REPORT)).extraFile(JSON, temp.resolve(JSON)).write(out);
            return new Result(evaluation, updated.method(), written, out, cohort.leftOut());
        } finally {
            try (var files = Files.list(temp)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(temp);
        }
    }

    private static UpdateEvaluation evaluate(LocalCohort cohort, UpdateProcedure procedure, Options options,
            Progress progress) {
        if (options.holdoutFraction() != null && options.resamples() != null) {
            throw new BadInputException(null, "choose either a held-out fraction or a bootstrap, not both");
        }
        if (options.holdoutFraction() != null) {
            return UpdateEvaluation.holdout(cohort, procedure, options.holdoutFraction(), options.seed());
        }
        if (options.resamples() != null) {
            return UpdateEvaluation.bootstrap(cohort, procedure, options.resamples(), options.seed(), progress);
        }
        int smaller = Math.min(cohort.events(), cohort.n() - cohort.events());
        return smaller >= SMALL_COHORT_CLASS
                ? UpdateEvaluation.holdout(cohort, procedure, DEFAULT_HOLDOUT, options.seed())
                : UpdateEvaluation.bootstrap(cohort, procedure, DEFAULT_RESAMPLES, options.seed(), progress);
    }

    /**
     * The updated combined model: the new coefficients and covariance, the same terms. The nomogram's linear
     * predictor axis (the training range) is mapped through the recalibration (lp + a, or a + b·lp); after a refit
     * it is the range of the refitted linear predictor on the cases it was fitted on.
     */
    static CombinedModel combinedModel(CombinedModel old, UpdatedModel updated, UpdateEvaluation evaluation) {
        List<CombinedModel.Term> terms = new ArrayList<>();
        double[] b = updated.coefficients();
        for (int j = 0; j < b.length; j++) {
            CombinedModel.Term t = old.terms().get(j);
            terms.add(new CombinedModel.Term(t.name(), t.predictor(), t.level(), b[j]));
        }
        List<List<Double>> covariance = new ArrayList<>();
        for (double[] row : updated.covariance()) {
            covariance.add(java.util.Arrays.stream(row).boxed().toList());
        }
        double lo;
        double hi;
        if (updated.method() == UpdateMethod.REFIT) {
            lo = evaluation.fitted().lpMin();
            hi = evaluation.fitted().lpMax();
        } else {
            double x = updated.intercept() + updated.slope() * old.trainingLinearPredictorMin();
            double y = updated.intercept() + updated.slope() * old.trainingLinearPredictorMax();
            lo = Math.min(x, y);
            hi = Math.max(x, y);
        }
        return new CombinedModel(old.type(), terms, covariance, lo, hi);
    }

    /** PARENT+updK: the parent's version without its own +upd suffix, K = the updates in its history + 1. */
    static String nextVersion(BundleManifest parent) {
        String base = parent.version().replaceFirst("\\+upd\\d+$", "");
        long updates = parent.history().stream().filter(BundleHistoryEntry::isUpdate).count();
        return base + "+upd" + (updates + 1);
    }
}
