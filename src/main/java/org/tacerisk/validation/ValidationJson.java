package org.tacerisk.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tacerisk.common.OrderedMap;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.stats.CalibrationAssessment;

/**
 * {@code validation.json}: every number of the report at full precision (docs/validation.md lists the fields);
 * NaN (undefined) is written as null.
 */
final class ValidationJson {

    static final String FORMAT = "tacerisk-validation-1";

    private ValidationJson() {
    }

    static String of(ModelBundle bundle, List<ValidationPredictions.Row> rows, List<CohortValidation.Failure> failures,
            ValidationMetrics m, String notEvaluable) throws JsonProcessingException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("bundle", OrderedMap.of("name", bundle.manifest().name(), "version", bundle.manifest().version(),
                "manifestSha256", bundle.manifestSha256(), "synthetic", bundle.manifest().synthetic()));
        root.put("predicted", rows.size());
        root.put("failed", failures.size());
        root.put("casesWithWarnings", rows.stream().filter(r -> !r.warnings().isEmpty())
                .map(ValidationPredictions.Row::caseId).toList());
        if (m == null) {
            root.put("notEvaluable", notEvaluable);
            return write(root);
        }
        root.put("n", m.n());
        root.put("events", m.events());
        root.put("auc", OrderedMap.of("value", num(m.auc().auc()), "se", num(m.auc().se()), "ciLower",
                num(m.auc().ciLower()), "ciUpper", num(m.auc().ciUpper()), "method", "DeLong"));
        CalibrationAssessment c = m.calibration();
        Map<String, Object> cal = new LinkedHashMap<>();
        cal.put("calibrationInTheLarge", estimate(c.calibrationInTheLarge()));
        cal.put("slope", estimate(c.slope()));
        cal.put("recalibrationIntercept", estimate(c.recalibrationIntercept()));
        cal.put("brier", num(c.brier()));
        cal.put("expectedOverObserved", num(c.expectedOverObserved()));
        cal.put("meanPredicted", num(c.meanPredicted()));
        cal.put("observedRate", num(c.observedRate()));
        cal.put("ici", num(c.ici()));
        cal.put("e50", num(c.e50()));
        cal.put("e90", num(c.e90()));
        cal.put("emax", num(c.emax()));
        cal.put("miscalibrated", c.miscalibrated());
        cal.put("curveBand", c.bandResamples() > 0 ? "bootstrap percentile, " + c.bandResamples() + " resamples"
                : "none");
        cal.put("curve", c.curve().stream().map(p -> OrderedMap.of("predicted", num(p.predicted()), "observed",
                num(p.observed()), "lower", num(p.lower()), "upper", num(p.upper()))).toList());
        root.put("calibration", cal);
        root.put("decisionCurve", m.decisionCurve().stream().map(p -> OrderedMap.of("threshold", p.threshold(),
                "netBenefitModel", num(p.netBenefitModel()), "netBenefitAll", num(p.netBenefitAll()))).toList());
        root.put("riskGroups", m.riskGroups().stream().map(g -> OrderedMap.of("label", g.label(), "lowerCutoff",
                g.lowerCutoff(), "upperCutoff", g.upperCutoff(), "n", g.n(), "events", g.events(), "meanPredicted",
                num(g.meanPredicted()), "observed", g.observed() == null ? null : OrderedMap.of("rate",
                num(g.observed().estimate()), "lower", num(g.observed().lower()), "upper",
                num(g.observed().upper())))).toList());
        root.put("predictorShift", m.predictorShifts().stream().map(s -> OrderedMap.of("id", s.id(), "n", s.n(),
                "mean", num(s.mean()), "sd", num(s.sd()), "min", num(s.min()), "max", num(s.max()), "trainingMin",
                s.trainingMin(), "trainingMax", s.trainingMax(), "belowTraining", s.belowTraining(), "aboveTraining",
                s.aboveTraining(), "smd", s.smd() == null ? null : num(s.smd()), "smdNote", s.smd() != null
                ? "on the model's scale (log10 for a log10 predictor), pooled SD"
                : "unavailable: the bundle (schema < 1.7) stores no training mean and SD, or the predictor is"
                + " categorical")).toList());
        root.put("featureShift", m.featureShifts().stream().map(s -> OrderedMap.of("signature", s.signature(),
                "feature", s.feature(), "n", s.n(), "mean", num(s.mean()), "sd", num(s.sd()), "trainingMean",
                s.trainingMean(), "trainingSd", s.trainingSd(), "smd", num(s.smd()))).toList());
        if (m.reported() != null) {
            ValidationMetrics.Reported r = m.reported();
            root.put("bundleReported", OrderedMap.of("cohort", r.cohort(), "auc", r.performance() == null ? null
                    : r.performance().auc(), "aucCiLower", r.performance() == null ? null : r.performance().aucCiLow(),
                    "aucCiUpper", r.performance() == null ? null : r.performance().aucCiHigh(), "intercept",
                    r.calibration() == null ? null : r.calibration().intercept(), "slope", r.calibration() == null
                    ? null : r.calibration().slope(), "brier", r.calibration() == null ? null
                    : r.calibration().brier()));
        }
        return write(root);
    }

    private static Map<String, Object> estimate(CalibrationAssessment.Estimate e) {
        return OrderedMap.of("value", num(e.value()), "se", num(e.se()), "ciLower", num(e.lower()), "ciUpper",
                num(e.upper()));
    }

    private static Double num(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static String write(Map<String, Object> root) throws JsonProcessingException {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
    }
}
