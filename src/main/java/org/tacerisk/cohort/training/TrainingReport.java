package org.tacerisk.cohort.training;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tacerisk.common.OrderedMap;
import org.tacerisk.common.AtomicFiles;
import org.tacerisk.stats.DataTable;
import org.tacerisk.stats.DiagnosticAccuracy;
import org.tacerisk.stats.EvaluationJson;
import org.tacerisk.stats.LogisticFit;
import org.tacerisk.stats.PredictorSpec;
import org.tacerisk.stats.PredictorTable;

/**
 * Writes {@code report.md} (baseline characteristics, odds ratios, signatures, AUC and accuracy tables, DeLong
 * tests, links to the figures), {@code evaluation.json} (the same numbers plus calibration and decision curves, full precision),
 * {@code predictions.csv} (every patient's risks and risk group) and {@code config.yaml} (the effective settings).
 */
final class TrainingReport {

    /** The report's file name, in the output folder and in the bundle (its figure links resolve in both). */
    static final String REPORT = "report.md";

    private TrainingReport() {
    }

    /** Writes report.md (with links to {@code figures}). */
    static void write(TrainingResult r, Path dir, List<TrainingFigures.Figure> figures) throws IOException {
        AtomicFiles.writeString(dir.resolve(REPORT), markdown(r, figures));
    }

    /**
     * Writes the numbers: evaluation.json (with the bootstrap validation once it exists), config.yaml and
     * predictions.csv; called as soon as the models are evaluated and again after the bootstrap.
     */
    static void writeResults(TrainingResult r, Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        AtomicFiles.writeString(dir.resolve("evaluation.json"), json.writeValueAsString(EvaluationJsonMap.of(r)));
        AtomicFiles.writeString(dir.resolve("config.yaml"), settingsYaml(r.config()));
        AtomicFiles.writeString(dir.resolve("predictions.csv"), predictions(r));
    }

    static String predictions(TrainingResult r) {
        StringBuilder sb = new StringBuilder("patient_id,cohort,outcome");
        List<String> models = new ArrayList<>(r.risks().keySet());
        models.forEach(m -> sb.append(',').append(m));
        sb.append(",dlr_score,risk_group\n");
        DataTable t = r.table();
        for (int i = 0; i < t.rowCount(); i++) {
            sb.append(t.text(i, CohortTrainer.ID)).append(',').append(t.text(i, CohortTrainer.COHORT)).append(',')
                    .append(t.text(i, CohortTrainer.OUTCOME));
            for (String m : models) {
                double p = r.risks().get(m)[i];
                sb.append(',').append(Double.isNaN(p) ? "NA" : Double.toString(p));
            }
            sb.append(',').append(t.text(i, CohortTrainer.DLR_SCORE)).append(',').append(r.riskGroup(i)).append('\n');
        }
        return sb.toString();
    }

    static String markdown(TrainingResult r) {
        return markdown(r, List.of());
    }

    static String markdown(TrainingResult r, List<TrainingFigures.Figure> figures) {
        StringBuilder md = new StringBuilder("# TACE-Risk cohort training report\n\n");
        if (r.config().synthetic()) {
            md.append("**SYNTHETIC DEMO — not for clinical use.**\n\n");
        }
        md.append("Settings: `config.yaml`, reproduced at the end of this report.\n\n");
        baseline(r, md);
        odds(r, md);
        if (r.iccFilter() != null) {
            md.append(r.iccFilter().markdown());
        }
        md.append("## Signatures\n\n| signature | candidates | screened | after correlation filter | λ | selected |\n"
                + "|---|---|---|---|---|---|\n");
        for (FeatureSignature s : java.util.Arrays.asList(r.rad(), r.dl(), r.dlr())) {
            if (s != null) {
                md.append("| ").append(s.name()).append(" | ").append(s.candidates().size()).append(" | ")
                        .append(s.screened().size()).append(" | ").append(s.uncorrelated().size()).append(" | ")
                        .append(f(s.lambda(), 4)).append(" | ").append(String.join(", ", s.features())).append(" |\n");
            }
        }
        md.append("\n## Combined model (logistic, training cohort)\n\n| term | coefficient | OR (95 % CI) | p |\n"
                + "|---|---|---|---|\n");
        LogisticFit fit = r.combined().fit();
        for (int j = 0; j < fit.terms(); j++) {
            md.append("| ").append(fit.termNames().get(j)).append(" | ").append(f(fit.estimate(j), 4)).append(" | ")
                    .append(j == 0 ? "" : or(fit.oddsRatio(j), fit.oddsRatioWaldLow(j), fit.oddsRatioWaldHigh(j)))
                    .append(" | ").append(pv(fit.p(j))).append(" |\n");
        }
        List<String> leftOut = leftOutOfCombined(r);
        if (!leftOut.isEmpty()) {
            md.append("\nLeft out of the combined model (kept by the clinical selection, but not significant next to"
                    + " the DLR score at p < ").append(r.config().clinicalP()).append("; see Notes): ")
                    .append(String.join(", ", leftOut)).append(".\n");
        }
        directions(r, org.tacerisk.model.DirectionConflict.COMBINED, md);
        md.append("\nRisk groups: high risk when the combined probability ≥ ").append(f(r.riskCutoff(), 4))
                .append(Double.isNaN(r.config().riskCutoff()) ? " (Youden cut-off in training)" : " (configured)")
                .append(".\n\n");
        performance(r, md);
        if (r.validation() != null) {
            md.append(r.validation().markdown());
        }
        figures(figures, md);
        if (!r.notes().isEmpty() || !r.evaluation().problems().isEmpty()) {
            md.append("## Notes\n\n");
            r.notes().forEach(n -> md.append("- ").append(n).append('\n'));
            r.evaluation().problems().forEach(n -> md.append("- ").append(n).append('\n'));
            for (FeatureSignature s : java.util.Arrays.asList(r.rad(), r.dl(), r.dlr())) {
                if (s != null) {
                    s.notes().forEach(n -> md.append("- ").append(s.name()).append(": ").append(n).append('\n'));
                }
            }
        }
        md.append("## Settings\n\n```yaml\n").append(settingsYaml(r.config())).append("```\n");
        return md.toString();
    }

    static String settingsYaml(TrainingConfig config) {
        try {
            return new ObjectMapper(new YAMLFactory()).writeValueAsString(config.asMap()).replaceFirst("^---\\n", "");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("settings cannot be written as YAML", e);
        }
    }

    /** A clinical column as the reader knows it: its configured label and unit, e.g. "Tumour size (cm)". */
    static String display(TrainingConfig config, String column) {
        PredictorDisplay d = config.display(column);
        if (d.label() == null) {
            return column;
        }
        return org.tacerisk.model.PredictorSpecification.labelWithUnit(d.label(), d.unit());
    }

    private static void baseline(TrainingResult r, StringBuilder md) {
        DataTable t = r.table();
        String[] cohortOf = new String[t.rowCount()];
        for (int i = 0; i < cohortOf.length; i++) {
            cohortOf[i] = t.text(i, CohortTrainer.COHORT);
        }
        BaselineTable table = BaselineTable.of(t, cohortOf, r.evaluation().cohorts(), CohortTrainer.OUTCOME,
                r.described(), c -> display(r.config(), c));
        md.append("## Baseline characteristics\n\nEvery clinical column of the manifest; p: difference between"
                + " cohorts (χ² for 0/1 columns and events, Kruskal–Wallis otherwise).\n\n")
                .append(table.markdown()).append('\n');
    }

    private static void odds(TrainingResult r, StringBuilder md) {
        PredictorTable table = r.clinicalSelection().table();
        if (table == null) {
            return;
        }
        md.append("## Clinical predictors (training cohort, n = ").append(table.n()).append(", events = ")
                .append(table.events()).append(")\n\n| predictor | univariable OR (95 % CI) | p | multivariable OR"
                        + " (95 % CI) | p | kept |\n|---|---|---|---|---|---|\n");
        for (PredictorTable.Row row : table.rows()) {
            PredictorTable.Effect u = row.univariable();
            PredictorTable.Effect m = row.multivariable();
            boolean kept = r.clinicalSelection().selected().stream().anyMatch(s -> s.label().equals(row.predictor()));
            boolean forced = r.clinicalSelection().forced().stream().anyMatch(s -> s.label().equals(row.predictor()));
            md.append("| ").append(row.term()).append(" | ").append(or(u.oddsRatio(), u.ciLow(), u.ciHigh()))
                    .append(" | ").append(pv(u.p())).append(" | ")
                    .append(m == null ? "" : or(m.oddsRatio(), m.ciLow(), m.ciHigh())).append(" | ")
                    .append(m == null ? "" : pv(m.p())).append(" | ")
                    .append(forced ? "yes (forced)" : !kept ? "" : leftOutOfCombined(r).contains(row.predictor())
                            ? "clinical model only" : "yes").append(" |\n");
        }
        directions(r, org.tacerisk.model.DirectionConflict.CLINICAL, md);
        md.append('\n');
    }

    /** Clinical predictors the clinical selection kept that the combined model left out (labels). */
    private static List<String> leftOutOfCombined(TrainingResult r) {
        List<String> inCombined = r.combined().codings().stream().map(c -> c.spec().label()).toList();
        return r.clinicalSelection().selected().stream().map(PredictorSpec::label)
                .filter(l -> !inCombined.contains(l)).toList();
    }

    /** A warning line per fitted effect of {@code model} that contradicts its declared direction. */
    private static void directions(TrainingResult r, String model, StringBuilder md) {
        for (org.tacerisk.model.DirectionConflict c : r.directionConflicts()) {
            if (c.model().equals(model)) {
                md.append("\n**Direction contradicts the declared one:** ")
                        .append(c.describe(r.config().display(c.predictor()).label())).append(".\n");
            }
        }
    }

    private static void performance(TrainingResult r, StringBuilder md) {
        md.append("## Performance\n\nAUC with DeLong 95 % CI; accuracy, sensitivity, specificity, PPV and NPV at the"
                + " model's training Youden cut-off; DeLong p: combined vs the model (paired, same patients).\n\n"
                + "| model | cohort | n (events) | AUC (95 % CI) | cut-off | accuracy | sensitivity | specificity"
                + " | PPV | NPV | calibration intercept | slope | Brier | DeLong p vs combined |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (TrainingEvaluation.Entry e : r.evaluation().entries()) {
            var ev = e.evaluation();
            DiagnosticAccuracy a = e.atTrainingCutoff();
            md.append("| ").append(e.model()).append(" | ").append(e.cohort()).append(" | ").append(ev.n())
                    .append(" (").append(ev.events()).append(") | ").append(f(ev.auc().auc(), 3)).append(" (")
                    .append(f(ev.auc().ciLower(), 3)).append("–").append(f(ev.auc().ciUpper(), 3)).append(") | ");
            if (a == null) {
                md.append("| | | | | | ");
            } else {
                md.append(f(a.cutoff(), 3)).append(" | ").append(f(a.accuracy().estimate(), 3)).append(" | ")
                        .append(f(a.sensitivity().estimate(), 3)).append(" | ")
                        .append(f(a.specificity().estimate(), 3)).append(" | ").append(f(a.ppv().estimate(), 3))
                        .append(" | ").append(f(a.npv().estimate(), 3)).append(" | ");
            }
            md.append(f(ev.valProb().intercept(), 3)).append(" | ").append(f(ev.valProb().slope(), 3)).append(" | ")
                    .append(f(ev.valProb().brier(), 3)).append(" | ")
                    .append(e.versusReference() == null ? "" : pv(e.versusReference().p())).append(" |\n");
        }
        md.append('\n');
    }

    /** Markdown image links (PNG) to the figures, with the SVG beside each. */
    private static void figures(List<TrainingFigures.Figure> figures, StringBuilder md) {
        if (figures.isEmpty()) {
            return;
        }
        md.append("## Figures\n\nThis report and its `").append(TrainingFigures.FOLDER)
                .append("/` folder are also in the model bundle, so the links work in both places.\n\n");
        for (TrainingFigures.Figure f : figures) {
            md.append("### ").append(f.caption()).append("\n\n![").append(f.caption()).append("](")
                    .append(f.png()).append(")\n\n[SVG](").append(f.svg()).append(")\n\n");
        }
    }

    static String or(double or, double lo, double hi) {
        return f(or, 3) + " (" + f(lo, 3) + "–" + f(hi, 3) + ")";
    }

    static String pv(double p) {
        return p < 0.001 ? "<0.001" : f(p, 3);
    }

    /** v to {@code digits} decimals; a value that rounds to zero is "0.000", never "-0.000". */
    static String f(double v, int digits) {
        if (Double.isNaN(v)) {
            return "NA";
        }
        String s = String.format(Locale.ROOT, "%." + digits + "f", v);
        return s.startsWith("-") && s.chars().skip(1).allMatch(c -> c == '0' || c == '.') ? s.substring(1) : s;
    }

    /** Builds evaluation.json's tree. */
    static final class EvaluationJsonMap {
        private EvaluationJsonMap() {
        }

        static Map<String, Object> of(TrainingResult r) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("config", r.config().asMap());
            root.put("notes", r.notes());
            root.put("problems", r.evaluation().problems());
            root.put("risk_cutoff", r.riskCutoff());
            root.put("training_cutoffs", r.evaluation().cutoffs());
            List<Map<String, Object>> sigs = new ArrayList<>();
            for (FeatureSignature s : java.util.Arrays.asList(r.rad(), r.dl(), r.dlr())) {
                if (s != null) {
                    sigs.add(OrderedMap.of("name", s.name(), "lambda", s.lambda(), "intercept", s.intercept(), "features",
                            s.features(), "mean", s.mean(), "sd", s.sd(), "coefficients", s.coefficients(),
                            "screened", s.screened().size(), "after_correlation_filter", s.uncorrelated().size()));
                }
            }
            root.put("signatures", sigs);
            root.put("combined_terms", r.combined().termNames());
            root.put("combined_coefficients", r.combined().fit().estimates());
            root.put("clinical_forced", r.clinicalSelection().forced().stream().map(f -> f.label()).toList());
            root.put("direction_conflicts", r.directionConflicts().stream().map(c -> OrderedMap.of("predictor",
                    c.predictor(), "model", c.model(), "expected", c.expected().json(), "coefficient",
                    c.coefficient())).toList());
            List<Map<String, Object>> perf = new ArrayList<>();
            for (TrainingEvaluation.Entry e : r.evaluation().entries()) {
                // stats evaluate's shape (stats.EvaluationJson), plus the training cut-off and the test vs combined
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("model", e.model());
                m.put("cohort", e.cohort());
                m.putAll(EvaluationJson.of(e.evaluation(), cohortSize(r, e.cohort()) - e.evaluation().n()));
                if (e.atTrainingCutoff() != null) {
                    m.put("at_training_cutoff", EvaluationJson.accuracy(e.atTrainingCutoff(), true));
                }
                if (e.versusReference() != null) {
                    m.put("delong_vs_combined", EvaluationJson.pairedDeLong(e.versusReference()));
                }
                perf.add(m);
            }
            root.put("performance", perf);
            if (r.validation() != null) {
                root.put("bootstrap_validation", r.validation().asMap());
            }
            if (r.iccFilter() != null) {
                root.put("icc_filter", r.iccFilter().asMap());
            }
            return root;
        }

        private static int cohortSize(TrainingResult r, String cohort) {
            int n = 0;
            for (int i = 0; i < r.table().rowCount(); i++) {
                n += r.table().text(i, CohortTrainer.COHORT).equals(cohort) ? 1 : 0;
            }
            return n;
        }
    }
}
