package org.tacerisk.model.update;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.model.CombinedModel;

/** {@value BundleUpdate#REPORT} and {@value BundleUpdate#JSON}: what an update did and how the models compare. */
final class UpdateReport {

    private final BundleManifest parent;
    private final String parentSha256;
    private final BundleUpdate.Options options;
    private final LocalCohort cohort;
    private final UpdateEvaluation evaluation;
    private final Performance onCohort;
    private final String newVersion;

    /** {@code newVersion} null: the original model was kept. */
    UpdateReport(BundleManifest parent, String parentSha256, BundleUpdate.Options options, LocalCohort cohort,
            UpdateEvaluation evaluation, Performance onCohort, String newVersion) {
        this.parent = parent;
        this.parentSha256 = parentSha256;
        this.options = options;
        this.cohort = cohort;
        this.evaluation = evaluation;
        this.onCohort = onCohort;
        this.newVersion = newVersion;
    }

    /** The adjustment in one sentence (the history entry's note). */
    static String adjustment(UpdatedModel m) {
        return switch (m.method()) {
            case ORIGINAL -> "no change";
            case INTERCEPT -> String.format(Locale.ROOT, "recalibration in the large: intercept %+.4f", m.intercept());
            case LOGISTIC -> String.format(Locale.ROOT, "logistic recalibration: intercept %+.4f, slope %.4f",
                    m.intercept(), m.slope());
            case REFIT -> "refit: every coefficient of the combined model re-estimated (signatures kept)";
        };
    }

    String markdown() {
        UpdatedModel m = evaluation.fitted().model();
        StringBuilder s = new StringBuilder();
        s.append("# Model update: ").append(parent.name()).append(' ').append(parent.version());
        s.append(newVersion == null ? " (kept)" : " → " + newVersion).append("\n\n");
        if (!parent.label().isEmpty()) {
            s.append("**").append(parent.label()).append("**\n\n");
        }
        s.append("- Parent bundle: ").append(parent.name()).append(' ').append(parent.version())
                .append(", manifest SHA-256 `").append(parentSha256).append("`\n");
        s.append("- Site: ").append(options.site()).append("; date ").append(options.created())
                .append("; TACE-Risk ").append(options.softwareVersion()).append('\n');
        s.append("- Local cohort: ").append(cohort.n()).append(" cases, ").append(cohort.events()).append(" events")
                .append(cohort.leftOut() > 0 ? "; " + cohort.leftOut() + " cases without an outcome or a predictor"
                        + " value left out" : "").append("\n\n");
        s.append("## The bundle on the site's cohort (before updating)\n\n");
        s.append(table(List.of("all cases"), List.of(onCohort)));
        s.append('\n').append(miscalibration(onCohort)).append("\n\n");
        s.append("## Method\n\n");
        s.append(newVersion == null ? "Kept the original model" : "Applied: " + adjustment(m));
        s.append(options.method() == null ? ", chosen by the closed test (Vergouwe et al. 2017, α = 0.05)."
                : ", chosen by the user.").append("\n\n");
        ClosedTest test = evaluation.fitted().test();
        if (test != null) {
            s.append("| model tested against the refit | deviance | LR χ² | df | p | significant |\n");
            s.append("|---|---|---|---|---|---|\n");
            for (ClosedTest.Step st : test.steps()) {
                s.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %d | %.4g | %s |%n", st.simpler().json(),
                        test.deviances().get(st.simpler()), st.statistic(), st.df(), st.p(),
                        st.significant() ? "yes" : "no"));
            }
            s.append(String.format(Locale.ROOT, "%nDeviance of the refit: %.3f.%n%n",
                    test.deviances().get(UpdateMethod.REFIT)));
        }
        if (newVersion != null) {
            s.append("| term | original | updated |\n|---|---|---|\n");
            CombinedModel old = parent.combinedModel();
            for (int j = 0; j < old.terms().size(); j++) {
                s.append(String.format(Locale.ROOT, "| %s | %.6g | %.6g |%n", old.terms().get(j).name(),
                        old.terms().get(j).coefficient(), m.coefficients()[j]));
            }
            s.append('\n');
        }
        s.append("## Original vs updated on cases the update did not learn from\n\n");
        if (evaluation.design().equals(UpdateEvaluation.HOLDOUT)) {
            s.append(String.format(Locale.ROOT, "Stratified random split (seed %d): the update was fitted on %d cases"
                    + " (%d events) and both models are measured on the %d held-out cases (%d events).%n%n",
                    evaluation.seed(), evaluation.developmentN(), evaluation.developmentEvents(),
                    evaluation.evaluationN(), evaluation.evaluationEvents()));
        } else {
            s.append(String.format(Locale.ROOT, "Bootstrap (%d resamples, seed %d%s): the update was fitted on all"
                    + " %d cases; its measures are corrected for optimism (the procedure repeated on every"
                    + " resample), its limits are the apparent ones shifted by the optimism. The original model"
                    + " learnt nothing from these cases.%n%n", evaluation.resamples(), evaluation.seed(),
                    evaluation.failedResamples() > 0 ? ", " + evaluation.failedResamples() + " skipped" : "",
                    evaluation.developmentN()));
        }
        s.append(table(List.of("original", "updated"),
                List.of(evaluation.original(), evaluation.updated())));
        s.append('\n');
        s.append("Calibration intercept: `glm(y ~ 1 + offset(lp))` (0 is ideal); slope: `glm(y ~ lp)` (1 is"
                + " ideal); Wald 95 % CIs; AUC with DeLong CI.\n\n");
        s.append("## Notes\n\n");
        s.append("- Risk-group cut-offs are the parent's, unchanged: ").append(parent.riskGroups().cutoffs())
                .append(".\n");
        s.append("- The development cohorts, curves and performance table in the bundle describe the original model"
                + " on its development data; this report and the bundle's history describe the update.\n");
        s.append("- An updated bundle is the site's model: it carries no signature of the original author until it"
                + " is signed again.\n");
        return s.toString();
    }

    private static String table(List<String> names, List<Performance> rows) {
        StringBuilder s = new StringBuilder("| model | AUC (95 % CI) | calibration intercept (95 % CI) |"
                + " calibration slope (95 % CI) | Brier |\n|---|---|---|---|---|\n");
        for (int i = 0; i < rows.size(); i++) {
            Performance p = rows.get(i);
            s.append(String.format(Locale.ROOT, "| %s | %.3f (%.3f to %.3f) | %.3f (%.3f to %.3f) | %.3f (%.3f to"
                    + " %.3f) | %.4f |%n", names.get(i), p.auc(), p.aucLow(), p.aucHigh(), p.intercept(),
                    p.interceptLow(), p.interceptHigh(), p.slope(), p.slopeLow(), p.slopeHigh(), p.brier()));
        }
        return s.toString();
    }

    private static String miscalibration(Performance p) {
        List<String> found = new ArrayList<>();
        if (p.interceptLow() > 0 || p.interceptHigh() < 0) {
            found.add("the calibration intercept's CI excludes 0 (the model's risks are "
                    + (p.intercept() > 0 ? "too low" : "too high") + " on average)");
        }
        if (p.slopeLow() > 1 || p.slopeHigh() < 1) {
            found.add("the calibration slope's CI excludes 1 (the risks are " + (p.slope() < 1 ? "too extreme"
                    : "not extreme enough") + ")");
        }
        return found.isEmpty() ? "Miscalibration not detected: the intercept's CI contains 0 and the slope's"
                + " contains 1." : "Miscalibration detected: " + String.join("; ", found) + ".";
    }

    String json() {
        UpdatedModel m = evaluation.fitted().model();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("parent", Map.of("name", parent.name(), "version", parent.version(), "manifest_sha256",
                parentSha256));
        root.put("new_version", newVersion);
        root.put("site", options.site());
        root.put("date", options.created());
        root.put("software_version", options.softwareVersion());
        root.put("cohort", Map.of("n", cohort.n(), "events", cohort.events(), "left_out", cohort.leftOut()));
        root.put("before_update", measures(onCohort));
        root.put("method", m.method().json());
        root.put("chosen_by", options.method() == null ? "closed_test" : "user");
        root.put("adjustment", adjustment(m));
        root.put("recalibration", Map.of("intercept", m.intercept(), "slope", m.slope()));
        ClosedTest test = evaluation.fitted().test();
        if (test != null) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("alpha", test.alpha());
            Map<String, Object> dev = new LinkedHashMap<>();
            for (UpdateMethod u : UpdateMethod.values()) {
                dev.put(u.json(), test.deviances().get(u));
            }
            t.put("deviance", dev);
            t.put("steps", test.steps().stream().map(st -> {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("tested_against_refit", st.simpler().json());
                x.put("lr_statistic", st.statistic());
                x.put("df", st.df());
                x.put("p", st.p());
                x.put("significant", st.significant());
                return x;
            }).toList());
            t.put("chosen", test.chosen().json());
            root.put("closed_test", t);
        }
        root.put("coefficients", Map.of("original", parent.combinedModel().coefficients(), "updated",
                m.coefficients()));
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("design", evaluation.design());
        e.put("seed", evaluation.seed());
        e.put("development_n", evaluation.developmentN());
        e.put("development_events", evaluation.developmentEvents());
        e.put("evaluation_n", evaluation.evaluationN());
        e.put("evaluation_events", evaluation.evaluationEvents());
        e.put("resamples", evaluation.resamples());
        e.put("failed_resamples", evaluation.failedResamples());
        e.put("original", measures(evaluation.original()));
        e.put("updated", measures(evaluation.updated()));
        root.put("evaluation", e);
        root.put("risk_group_cutoffs", parent.riskGroups().cutoffs());
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException x) {
            throw new IllegalStateException("the update report could not be written as JSON", x);
        }
    }

    private static Map<String, Object> measures(Performance p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("auc", p.auc());
        out.put("auc_ci", List.of(p.aucLow(), p.aucHigh()));
        out.put("calibration_intercept", p.intercept());
        out.put("calibration_intercept_ci", List.of(p.interceptLow(), p.interceptHigh()));
        out.put("calibration_slope", p.slope());
        out.put("calibration_slope_ci", List.of(p.slopeLow(), p.slopeHigh()));
        out.put("brier", p.brier());
        out.put("calibrated", p.calibrated());
        return out;
    }
}
