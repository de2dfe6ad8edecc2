package org.tacerisk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tacerisk.model.BundleHistoryEntry;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.model.Cohort;
import org.tacerisk.model.CohortRoc;
import org.tacerisk.model.Direction;
import org.tacerisk.model.DirectionConflict;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.model.PerformanceRow;
import org.tacerisk.model.PredictorSpecification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tacerisk bundle show}: a verified bundle's summary (name, version, label, predictors, performance). */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Show a model bundle's model card (the bundle is verified first).",
            "Name, version, intended use, synthetic label, cohorts, predictors with their ranges and directions"
                + " (fitted, expected), direction conflicts, risk groups, the performance table, the models"
                + " whose ROC curves the bundle holds per cohort, and the validations and updates the bundle has"
                + " been through (docs/model-updating.md)."})
final class BundleShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR|ZIP", description = "The bundle folder or its .zip.")
    Path bundle;

    @Option(names = "--json", description = "Print the summary as JSON on stdout.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ModelBundle b = ModelBundle.load(bundle)) {
            BundleManifest m = b.manifest();
            if (json) {
                Map<String, Object> root = new LinkedHashMap<>();
                root.put("name", m.name());
                root.put("version", m.version());
                root.put("created", m.created());
                root.put("software_version", m.softwareVersion());
                root.put("synthetic", m.synthetic());
                root.put("label", m.label());
                root.put("intended_use", m.intendedUse());
                root.put("not_intended_use", m.notIntendedUse());
                root.put("manifest_sha256", b.manifestSha256());
                root.put("signature", signature(b));
                root.put("cohorts", m.cohorts());
                root.put("predictors", m.predictors());
                Map<String, Object> fitted = new LinkedHashMap<>();
                m.predictors().forEach(p -> fitted.put(p.id(), m.fittedDirection(p.id()) == null ? null
                        : m.fittedDirection(p.id()).json()));
                root.put("fitted_directions", fitted);
                root.put("direction_conflicts", m.directionConflicts());
                root.put("direction_notes", m.directionConflicts().stream().map(c -> c.describe(
                        m.predictor(c.predictor()).label())).toList());
                root.put("risk_groups", m.riskGroups());
                root.put("performance", m.performance());
                Map<String, Object> roc = new LinkedHashMap<>();
                m.roc().forEach(r -> roc.put(r.cohort(), r.curves().stream().map(CohortRoc.Curve::model).toList()));
                root.put("roc_curves", roc);
                root.put("deep_model", m.deepModel());
                root.put("history", m.history());
                root.put("warnings", b.warnings());
                JsonOutput.print(out, root);
            } else {
                printHuman(m, b.manifestSha256(), out);
                out.println("signature: " + signature(b));
                out.flush();
                b.warnings().forEach(w -> out.println(w.describe()));
                out.flush();
            }
        }
        return ExitCodes.OK;
    }

    /** Who signed the bundle (checked against its manifest while loading); whether this site trusts the key. */
    private static String signature(ModelBundle b) {
        return b.signature() == null ? "not signed" : org.tacerisk.model.BundleTrust.of(b.signature(), b.manifest(),
                org.tacerisk.model.TrustedKeys.of(org.tacerisk.app.Installation.dataFolder())).describe();
    }

    private static void printHuman(BundleManifest m, String sha, PrintWriter out) {
        if (!m.label().isEmpty()) {
            out.println("*** " + m.label() + " ***");
        }
        out.println(m.name() + " " + m.version() + " (created " + m.created() + " by TACE-Risk " + m.softwareVersion()
                + "; manifest SHA-256 " + sha + ")");
        out.println("intended use: " + m.intendedUse());
        out.println("not intended for: " + m.notIntendedUse());
        out.println("cohorts:");
        for (Cohort c : m.cohorts()) {
            out.printf(Locale.ROOT, "  %-12s n=%d events=%d %s %s%n", c.name(), c.n(), c.events(), c.dates(),
                    String.join(", ", c.centres()));
        }
        out.println("predictors:");
        for (PredictorSpecification p : m.predictors()) {
            String unit = p.unit().isEmpty() ? "" : " " + p.unit();
            String range = p.categorical() ? "levels " + p.levels().stream().map(l -> l.label()).toList()
                    : "training " + range(p.trainingMin(), p.trainingMax(), unit) + ", allowed "
                            + range(p.allowedMin(), p.allowedMax(), unit);
            out.printf(Locale.ROOT, "  %-16s %s [%s, %s%s] %s%s%n", p.id(), p.label(), p.type().json(),
                    p.source().json(), p.transform() == PredictorSpecification.Transform.NONE ? ""
                            : ", " + p.transform().json(), range, direction(m, p));
        }
        for (DirectionConflict c : m.directionConflicts()) {
            out.println("CAUTION: " + c.describe(m.predictor(c.predictor()).label()));
        }
        out.println("risk groups: cut-offs " + m.riskGroups().cutoffs().stream().map(Numbers::significant4).toList()
                + " -> " + m.riskGroups().labels());
        if (!m.performance().isEmpty()) {
            out.println("performance:");
            out.printf(Locale.ROOT, "  %-10s %-10s %6s %15s %6s %6s %6s %6s %6s%n", "model", "cohort", "AUC",
                    "95% CI", "sens", "spec", "PPV", "NPV", "acc");
            for (PerformanceRow r : m.performance()) {
                String ci = r.aucCiLow() == null ? "-" : f(r.aucCiLow()) + "-" + f(r.aucCiHigh());
                out.printf(Locale.ROOT, "  %-10s %-10s %6s %15s %6s %6s %6s %6s %6s%n", r.model(), r.cohort(),
                        f(r.auc()), ci, f(r.sensitivity()), f(r.specificity()), f(r.ppv()), f(r.npv()),
                        f(r.accuracy()));
            }
        }
        out.println("ROC curves: " + (m.roc().isEmpty() ? "not in this bundle"
                : String.join("; ", m.roc().stream().map(r -> r.cohort() + " " + r.curves().stream()
                        .map(CohortRoc.Curve::model).toList()).toList())));
        out.println("validations and updates:" + (m.history().isEmpty() ? " none (the model as developed)" : ""));
        for (BundleHistoryEntry e : m.history()) {
            out.println("  " + e.date() + " " + e.kind() + " at " + e.site() + " of " + e.bundleVersion() + " ("
                    + e.bundleSha256() + "): n=" + e.n() + " events=" + e.events()
                    + (e.isUpdate() ? ", " + e.method() + " chosen by " + e.chosenBy()
                            : ", AUC " + f(e.auc()) + ", calibration intercept " + f(e.calibrationIntercept())
                                    + ", slope " + f(e.calibrationSlope()))
                    + (e.note().isEmpty() ? "" : "; " + e.note()));
        }
        out.flush();
    }

    /** "; fitted: increases_risk (expected: increases_risk)", or "" when the model has no numeric term for it. */
    private static String direction(BundleManifest m, PredictorSpecification p) {
        Direction fitted = m.fittedDirection(p.id());
        if (fitted == null) {
            return "";
        }
        return "; fitted: " + fitted.json() + (p.expectedDirection() == null ? ""
                : " (expected: " + p.expectedDirection().json() + ")");
    }

    private static String range(double lo, double hi, String unit) {
        return Numbers.significant4(lo) + " to " + Numbers.significant4(hi) + unit;
    }

    private static String f(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }
}
