package org.tacerisk.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.tacerisk.cohort.CohortManifest;
import org.tacerisk.common.AtomicFiles;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.stats.CalibrationAssessment;
import org.tacerisk.stats.DecisionCurve;

/**
 * The validation report of an unsharded {@code cohort validate} run (docs/validation.md): {@code report.md} with
 * {@code figures/} (PNG + SVG), {@code validation.json} ({@link ValidationJson}) and {@code report.pdf}
 * ({@link ValidationPdf}: the same text and figures). Aggregates and the ids of cases with warnings only; the
 * per-case values stay in {@code predictions.csv}.
 */
final class ValidationReport {

    static final String MARKDOWN = "report.md";
    static final String JSON = "validation.json";
    static final String PDF = "report.pdf";
    /** Thresholds of the decision curve shown in the report's table (the figure and JSON have 1–99 %). */
    static final double[] DCA_TABLE = {0.05, 0.10, 0.15, 0.20, 0.30, 0.40, 0.50};

    private ValidationReport() {
    }

    static void write(Path dir, ModelBundle bundle, CohortManifest manifest, List<ValidationPredictions.Row> rows,
            List<CohortValidation.Failure> failures, ValidationMetrics metrics, String notEvaluable)
            throws IOException {
        BundleManifest bm = bundle.manifest();
        String watermark = bm.synthetic() ? bm.label() : null;
        List<ValidationFigures.Figure> figures = metrics == null ? List.of()
                : ValidationFigures.write(metrics, watermark, dir);
        List<String> md = markdown(bundle, manifest, rows, failures, metrics, notEvaluable, figures);
        AtomicFiles.writeString(dir.resolve(MARKDOWN), String.join("\n", md) + "\n");
        AtomicFiles.writeString(dir.resolve(JSON), ValidationJson.of(bundle, rows, failures, metrics, notEvaluable));
        ValidationPdf.write(dir.resolve(PDF), md, figures);
    }

    static List<String> markdown(ModelBundle bundle, CohortManifest manifest, List<ValidationPredictions.Row> rows,
            List<CohortValidation.Failure> failures, ValidationMetrics m, String notEvaluable,
            List<ValidationFigures.Figure> figures) {
        BundleManifest bm = bundle.manifest();
        List<String> md = new ArrayList<>();
        md.add("# External validation of " + bm.name() + " " + bm.version());
        md.add("");
        if (!bm.label().isEmpty()) {
            md.add("**" + bm.label() + "**");
            md.add("");
        }
        md.add("Bundle manifest SHA-256 `" + bundle.manifestSha256() + "`; manifest `" + manifest.source().getFileName()
                + "`; " + rows.size() + " cases predicted, " + failures.size() + " without a prediction (errors.csv),"
                + " " + rows.stream().filter(r -> r.outcome() != null).count() + " with an outcome.");
        md.add("");
        if (m == null) {
            md.add("No metrics: " + notEvaluable);
            return md;
        }
        CalibrationAssessment c = m.calibration();
        md.add("## Discrimination and calibration (n = " + m.n() + ", " + m.events() + " events)");
        md.add("");
        md.add("| measure | value | 95 % CI | ideal |");
        md.add("|---|---|---|---|");
        md.add(row("AUC (DeLong CI)", m.auc().auc(), m.auc().ciLower(), m.auc().ciUpper(), "1"));
        md.add(row("calibration-in-the-large (intercept, slope fixed 1)", c.calibrationInTheLarge(), "0"));
        md.add(row("calibration slope", c.slope(), "1"));
        md.add(row("intercept of the slope fit (val.prob Intercept)", c.recalibrationIntercept(), "0"));
        md.add("| Brier score | " + f(c.brier()) + " |  |  |");
        md.add("| E/O (expected / observed events) | " + f(c.expectedOverObserved()) + " |  | 1 |");
        md.add("| mean predicted / observed rate | " + f(c.meanPredicted()) + " / " + f(c.observedRate()) + " |  |  |");
        md.add("| ICI / E50 / E90 / Emax | " + f(c.ici()) + " / " + f(c.e50()) + " / " + f(c.e90()) + " / "
                + f(c.emax()) + " |  | 0 |");
        md.add("");
        md.add(c.miscalibrated() ? "**Miscalibrated:** the intercept CI excludes 0 or the slope CI excludes 1;"
                + " consider updating the model (recalibration) before clinical use."
                : "The intercept CI contains 0 and the slope CI contains 1: no miscalibration shown by these data.");
        md.add("");
        if (m.reported() != null) {
            md.addAll(reported(m));
        }
        md.add("## Risk groups");
        md.add("");
        md.add("| group | risk range | n | events | observed rate (Wilson 95 % CI) | mean predicted |");
        md.add("|---|---|---|---|---|---|");
        for (ValidationMetrics.RiskGroupRow g : m.riskGroups()) {
            String range = (g.lowerCutoff() == null ? "" : "≥ " + f(g.lowerCutoff())) + (g.lowerCutoff() != null
                    && g.upperCutoff() != null ? ", " : "") + (g.upperCutoff() == null ? "" : "< " + f(g.upperCutoff()));
            md.add("| " + g.label() + " | " + range + " | " + g.n() + " | " + g.events() + " | " + (g.observed() == null
                    ? "" : f(g.observed().estimate()) + " (" + f(g.observed().lower()) + "–" + f(g.observed().upper())
                    + ")") + " | " + f(g.meanPredicted()) + " |");
        }
        md.add("");
        md.add("## Decision curve (net benefit)");
        md.add("");
        md.add("| threshold | model | treat all |");
        md.add("|---|---|---|");
        for (DecisionCurve.Point p : m.decisionCurve()) {
            for (double t : DCA_TABLE) {
                if (Math.abs(p.threshold() - t) < 1e-12) {
                    md.add("| " + f(t) + " | " + f(p.netBenefitModel()) + " | " + f(p.netBenefitAll()) + " |");
                }
            }
        }
        md.add("");
        md.addAll(shift(m));
        md.add("## Cases with warnings");
        md.add("");
        // grouped by warning: a site whose scanner differs from training's warns for every case alike
        Map<String, List<String>> byWarning = new LinkedHashMap<>();
        rows.forEach(r -> r.warnings().forEach(w -> byWarning.computeIfAbsent(w, k -> new ArrayList<>())
                .add(r.caseId())));
        long warned = rows.stream().filter(r -> !r.warnings().isEmpty()).count();
        md.add(warned == 0 ? "None." : warned + " cases; each warning with its cases (per case in predictions.csv):");
        byWarning.forEach((w, ids) -> md.add("- " + w + " — " + ids.size() + " case" + (ids.size() == 1 ? "" : "s")
                + ": " + String.join(", ", ids)));
        md.add("");
        md.add("## Figures");
        md.add("");
        for (ValidationFigures.Figure fig : figures) {
            md.add("![" + fig.caption() + "](" + fig.png() + ")");
            md.add("");
        }
        return md;
    }

    private static List<String> reported(ValidationMetrics m) {
        ValidationMetrics.Reported r = m.reported();
        List<String> md = new ArrayList<>();
        md.add("## Against the bundle's own report for cohort \"" + r.cohort() + "\"");
        md.add("");
        md.add("| measure | this run | bundle |");
        md.add("|---|---|---|");
        if (r.performance() != null && r.performance().auc() != null) {
            md.add("| AUC | " + f(m.auc().auc()) + " | " + f(r.performance().auc()) + " |");
        }
        if (r.calibration() != null) {
            md.add("| val.prob intercept | " + f(m.calibration().recalibrationIntercept().value()) + " | "
                    + f(r.calibration().intercept()) + " |");
            md.add("| calibration slope | " + f(m.calibration().slope().value()) + " | " + f(r.calibration().slope())
                    + " |");
            md.add("| Brier score | " + f(m.calibration().brier()) + " | " + f(r.calibration().brier()) + " |");
        }
        md.add("");
        return md;
    }

    private static List<String> shift(ValidationMetrics m) {
        List<String> md = new ArrayList<>();
        md.add("## Distribution shift against training");
        md.add("");
        md.add("Predictors of the combined model against their training range, and their standardised mean"
                + " difference against the training mean and SD on the model's scale (log10 for a log10 predictor;"
                + " pooled SD; |SMD| > 0.1 marked; \"n/a\" where the bundle predates schema 1.7 or the predictor is"
                + " categorical):");
        md.add("");
        md.add("| predictor | n | mean (SD) | local range | training range | below / above training | SMD |");
        md.add("|---|---|---|---|---|---|---|");
        for (DistributionShift.PredictorShift s : m.predictorShifts()) {
            md.add("| " + s.id() + " | " + s.n() + " | " + f(s.mean()) + " (" + f(s.sd()) + ") | " + f(s.min()) + " – "
                    + f(s.max()) + " | " + (s.trainingMin() == null ? "levels" : f(s.trainingMin()) + " – "
                    + f(s.trainingMax())) + " | " + s.belowTraining() + " / " + s.aboveTraining() + " | "
                    + (s.smd() == null ? "n/a" : f(s.smd()) + (Math.abs(s.smd()) > DistributionShift.SMD_FLAG
                    ? " **" : "")) + " |");
        }
        md.add("");
        md.add("Signature features against their training mean and SD (SMD with the pooled SD; |SMD| > 0.1 marked):");
        md.add("");
        md.add("| signature | feature | local mean (SD) | training mean (SD) | SMD |");
        md.add("|---|---|---|---|---|");
        for (DistributionShift.FeatureShift s : m.featureShifts()) {
            md.add("| " + s.signature() + " | " + s.feature() + " | " + f(s.mean()) + " (" + f(s.sd()) + ") | "
                    + f(s.trainingMean()) + " (" + f(s.trainingSd()) + ") | " + f(s.smd()) + (s.flagged() ? " ⚠" : "")
                    + " |");
        }
        md.add("");
        return md;
    }

    private static String row(String what, CalibrationAssessment.Estimate e, String ideal) {
        return row(what, e.value(), e.lower(), e.upper(), ideal);
    }

    private static String row(String what, double v, double lo, double hi, String ideal) {
        return "| " + what + " | " + f(v) + " | " + f(lo) + " to " + f(hi) + " | " + ideal + " |";
    }

    static String f(double v) {
        return Double.isNaN(v) ? "NA" : String.format(Locale.ROOT, "%.3f", v);
    }
}
