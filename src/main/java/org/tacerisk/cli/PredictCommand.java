package org.tacerisk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tacerisk.common.Finding;
import org.tacerisk.model.BundlePrediction;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.model.RiskGroups;
import org.tacerisk.predict.CaseMeasurement;
import org.tacerisk.predict.CasePrediction;
import org.tacerisk.predict.CasePredictor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tacerisk predict --bundle DIR|ZIP --image PATH --mask PATH [--roi NAME] --clinical k=v,... [--json]}. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = {"Predict one patient's risk of distant metastasis with a model bundle.",
            "Features from the image and tumour mask with the bundle's settings, signature scores, the combined"
                + " model's probability with its 95 %% CI, risk group and nomogram points, and warnings"
                + " (docs/predict.md)."})
final class PredictCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    BundleTrustOptions trust;

    @Option(names = "--bundle", required = true, paramLabel = "DIR|ZIP", description = "The model bundle.")
    Path bundle;

    @Mixin
    CaseInputOptions input;

    @Option(names = "--clinical", split = ",", paramLabel = "ID=VALUE",
            description = "Entered predictors, e.g. tumor_size_cm=6.2,nodules=2,afp_ng_ml=400 (categorical: the"
                    + " level code). Each predictor once; decimals with a point. tumor_size_cm is also checked"
                    + " against the mask.")
    List<String> clinical = new ArrayList<>();

    @Option(names = "--json", description = "Print the result as JSON on stdout.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<String, Double> entered = ClinicalEntries.parse(clinical);
        try (ModelBundle b = trust.load(bundle); CasePredictor predictor = CasePredictor.open(b)) {
            predictor.checkEntered(entered);
            CaseInputOptions.Case[] read = new CaseInputOptions.Case[1];
            CaseMeasurement measured = StderrProgress.run(err, "nothing was written", progress -> {
                read[0] = input.read(err, progress.slice(0, 0.3));
                return predictor.measure(read[0].image().volume(), read[0].mask(), progress.slice(0.3, 1));
            });
            CasePrediction r = predictor.predict(measured, entered);
            // recorded before it is shown: a prediction that is not in the audit log is not shown at all
            CliAudit.record(org.tacerisk.audit.AuditedPrediction.of("predict", b, r, read[0].image().volume(),
                    read[0].mask(), read[0].image().series()));
            if (json) {
                JsonOutput.print(out, toJson(b, r));
            } else {
                print(out, b, r);
            }
        }
        return ExitCodes.OK;
    }

    /** The prediction as people read it (also {@code tacerisk demo}'s). */
    static void print(PrintWriter out, ModelBundle b, CasePrediction r) {
        BundlePrediction p = r.prediction();
        if (!p.label().isEmpty()) {
            out.println(p.label());
        }
        out.printf(Locale.ROOT, "model: %s %s (manifest SHA-256 %s)%n", p.bundleName(), p.bundleVersion(),
                b.manifestSha256());
        out.printf(Locale.ROOT, "probability of metastasis: %.1f %% (95 %% CI %.1f-%.1f %%)%n", 100 * p.probability(),
                100 * p.probabilityLow(), 100 * p.probabilityHigh());
        out.println(riskGroupLine(p));
        out.println();
        out.printf(Locale.ROOT, "%-34s %16s %8s%n", "predictor", "value", "points");
        for (BundlePrediction.PredictorPoints pt : p.points()) {
            String unit = b.manifest().predictor(pt.id()).unit();
            out.printf(Locale.ROOT, "%-34s %16s %8.1f%n", pt.label() + " (" + pt.id() + ")",
                    number(pt.value()) + (unit.isEmpty() ? "" : " " + unit), pt.points());
        }
        out.printf(Locale.ROOT, "%-34s %16s %8.1f%n", "total points", "", p.totalPoints());
        out.println();
        out.println("signature scores:");
        r.signatureScores().forEach((k, v) -> out.printf(Locale.ROOT, "  %-8s %.4f%n", k, v));
        out.printf(Locale.ROOT, "measured tumour size (maximum 3D diameter): %.1f cm%n", r.measuredSizeCm());
        List<Finding> warnings = warnings(b, r);
        if (!warnings.isEmpty()) {
            out.println();
            warnings.forEach(w -> out.println(w.describe()));
        }
        r.notes().forEach(n -> out.println("note: " + n));
        out.flush();
    }

    static Map<String, Object> toJson(ModelBundle b, CasePrediction r) {
        BundlePrediction p = r.prediction();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", p.label());
        m.put("model", p.bundleName());
        m.put("version", p.bundleVersion());
        m.put("manifest_sha256", b.manifestSha256());
        m.put("probability", p.probability());
        m.put("ci_low", p.probabilityLow());
        m.put("ci_high", p.probabilityHigh());
        m.put("linear_predictor", p.linearPredictor());
        m.put("risk_group", p.riskGroup());
        RiskGroups g = p.riskGroups();
        Map<String, Object> groups = new LinkedHashMap<>();
        groups.put("cutoffs", g.cutoffs());
        groups.put("labels", g.labels());
        groups.put("index", p.riskGroupIndex());
        groups.put("lower_cutoff", g.lowerCutoff(p.riskGroupIndex()));
        groups.put("upper_cutoff", g.upperCutoff(p.riskGroupIndex()));
        m.put("risk_groups", groups);
        m.put("points", p.points());
        m.put("total_points", p.totalPoints());
        m.put("signature_scores", r.signatureScores());
        m.put("inputs", r.inputs());
        m.put("measured_size_cm", r.measuredSizeCm());
        m.put("warnings", warnings(b, r));
        m.put("notes", r.notes());
        return m;
    }

    /** The bundle's warnings (an unprotected manifest) before the case's. */
    private static List<Finding> warnings(ModelBundle b, CasePrediction r) {
        List<Finding> all = new ArrayList<>(b.warnings());
        all.addAll(r.warnings());
        return all;
    }

    /**
     * "risk group: high (probability 23.6 % ≥ cut-off 18.2 %; groups: low &lt; 18.2 % ≤ high)": the group, the
     * cut-offs it was compared with and every group's boundaries. Percentages get as many decimals as it takes to
     * tell the probability from a cut-off it is not equal to (18.199 % &lt; 18.200 %, not 18.2 % &lt; 18.2 %).
     */
    static String riskGroupLine(BundlePrediction p) {
        RiskGroups g = p.riskGroups();
        StringBuilder sb = new StringBuilder("risk group: ").append(p.riskGroup());
        if (g.cutoffs().isEmpty()) {
            return sb.toString();
        }
        int d = decimals(p.probability(), g.cutoffs());
        sb.append(" (probability ").append(percent(p.probability(), d));
        Double lower = g.lowerCutoff(p.riskGroupIndex());
        Double upper = g.upperCutoff(p.riskGroupIndex());
        if (lower != null) {
            sb.append(" ≥ cut-off ").append(percent(lower, d));
        }
        if (upper != null) {
            sb.append(lower == null ? "" : " and").append(" < cut-off ").append(percent(upper, d));
        }
        sb.append("; groups: ").append(g.labels().get(0));
        for (int i = 0; i < g.cutoffs().size(); i++) {
            sb.append(" < ").append(percent(g.cutoffs().get(i), d)).append(" ≤ ").append(g.labels().get(i + 1));
        }
        return sb.append(')').toString();
    }

    private static int decimals(double probability, List<Double> cutoffs) {
        int d = 1;
        while (d < 10) {
            int digits = d;
            if (cutoffs.stream().noneMatch(c -> c != probability
                    && percent(c, digits).equals(percent(probability, digits)))) {
                break;
            }
            d++;
        }
        return d;
    }

    private static String percent(double probability, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f %%", 100 * probability);
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : Numbers.significant4(v);
    }
}
