package org.tacerisk.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.model.CohortCalibration;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.model.PerformanceRow;
import org.tacerisk.model.PredictorSpecification;
import org.tacerisk.model.Signature;

/** The predicted cases of a validation run → {@link ValidationMetrics} (the cases with an outcome). */
final class ValidationEvaluation {

    /** The bundle's name of the combined model in its performance rows. */
    static final String COMBINED = "combined";

    private ValidationEvaluation() {
    }

    static ValidationMetrics of(ModelBundle bundle, List<ValidationPredictions.Row> rows,
            CohortValidation.CaseTable table, int resamples, long seed) {
        List<ValidationPredictions.Row> labelled = rows.stream().filter(r -> r.outcome() != null).toList();
        if (labelled.isEmpty()) {
            throw new IllegalArgumentException("no predicted case has an outcome, so there is nothing to validate"
                    + " against (the predictions are in " + ValidationPredictions.FILE + ")");
        }
        double[] y = labelled.stream().mapToDouble(ValidationPredictions.Row::outcome).toArray();
        double[] p = labelled.stream().mapToDouble(ValidationPredictions.Row::probability).toArray();
        BundleManifest m = bundle.manifest();
        List<String> ids = labelled.stream().map(ValidationPredictions.Row::caseId).toList();
        Map<String, double[]> predictorValues = new LinkedHashMap<>();
        for (PredictorSpecification s : bundle.predictor().predictors()) {
            predictorValues.put(s.id(), labelled.stream().mapToDouble(r -> value(m, r, s.id())).toArray());
        }
        Map<String, double[]> featureValues = new LinkedHashMap<>();
        for (Signature s : m.signatures()) {
            for (Signature.Feature f : s.features()) {
                featureValues.putIfAbsent(f.name(), table.column(f.name(), ids));
            }
        }
        return ValidationMetrics.of(y, p, m.riskGroups(), resamples, seed,
                DistributionShift.predictors(bundle.predictor().predictors(), predictorValues),
                DistributionShift.features(m, featureValues), reported(m, labelled));
    }

    /** A predictor's value in a row: a clinical column, or the score of the signature that feeds it. */
    private static double value(BundleManifest m, ValidationPredictions.Row r, String id) {
        Double v = r.predictors().get(id);
        if (v != null) {
            return v;
        }
        for (Signature s : m.signatures()) {
            if (id.equals(s.predictor())) {
                return r.scores().get(s.name());
            }
        }
        return Double.NaN;
    }

    /** The bundle's own numbers for the cohort, when every labelled case is of one cohort the bundle reports on. */
    static ValidationMetrics.Reported reported(BundleManifest m, List<ValidationPredictions.Row> labelled) {
        List<String> cohorts = labelled.stream().map(ValidationPredictions.Row::cohort).distinct().toList();
        if (cohorts.size() != 1) {
            return null;
        }
        String c = cohorts.get(0);
        PerformanceRow perf = m.performance().stream().filter(r -> r.cohort().equals(c)
                && r.model().equals(COMBINED)).findFirst().orElse(null);
        CohortCalibration cal = m.calibration().stream().filter(k -> k.cohort().equals(c)).findFirst().orElse(null);
        return perf == null && cal == null ? null : new ValidationMetrics.Reported(c, perf, cal);
    }
}
