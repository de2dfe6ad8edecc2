package org.tacerisk.validation;

import java.util.ArrayList;
import java.util.List;
import org.tacerisk.model.CohortCalibration;
import org.tacerisk.model.PerformanceRow;
import org.tacerisk.model.RiskGroups;
import org.tacerisk.stats.CalibrationAssessment;
import org.tacerisk.stats.DeLongTest;
import org.tacerisk.stats.DecisionCurve;
import org.tacerisk.stats.RocCurve;
import org.tacerisk.stats.ThresholdGrid;
import org.tacerisk.stats.WilsonInterval;

/**
 * The combined model's performance on the validated cases that have an outcome (docs/validation.md): AUC with its
 * DeLong 95 % CI, calibration ({@link CalibrationAssessment}), the decision curve over thresholds 1–99 %, and per risk
 * group of the bundle the observed event rate (Wilson 95 % CI) against the mean predicted risk; with the distribution
 * shift of the inputs and, when the cases are one cohort the bundle reports on, what the bundle reported for it.
 *
 * @param reported the bundle's own performance and calibration of the combined model in the cohort of the same name
 *                 (e.g. the training run's external cohort), or null
 */
public record ValidationMetrics(int n, int events, RocCurve roc, DeLongTest.AucEstimate auc,
        CalibrationAssessment calibration, List<DecisionCurve.Point> decisionCurve, List<RiskGroupRow> riskGroups,
        List<DistributionShift.PredictorShift> predictorShifts, List<DistributionShift.FeatureShift> featureShifts,
        Reported reported) {

    /**
     * One risk group.
     *
     * @param lowerCutoff the group's probabilities are ≥ it (null: lowest group)
     * @param upperCutoff and &lt; it (null: highest group)
     * @param observed    events / n with its Wilson 95 % CI; null when the group is empty
     */
    public record RiskGroupRow(String label, Double lowerCutoff, Double upperCutoff, int n, int events,
            double meanPredicted, WilsonInterval observed) {
    }

    /** What the bundle reported for the combined model in a cohort of this name. */
    public record Reported(String cohort, PerformanceRow performance, CohortCalibration calibration) {
    }

    public ValidationMetrics {
        decisionCurve = List.copyOf(decisionCurve);
        riskGroups = List.copyOf(riskGroups);
        predictorShifts = List.copyOf(predictorShifts);
        featureShifts = List.copyOf(featureShifts);
    }

    /**
     * @param outcomes  0/1 of the cases with an outcome
     * @param risks     their predicted probabilities
     * @param resamples bootstrap resamples of the calibration curve's band (0: none)
     * @throws IllegalArgumentException when the cases have no events or no non-events (nothing can be evaluated)
     */
    public static ValidationMetrics of(double[] outcomes, double[] risks, RiskGroups groups, int resamples, long seed,
            List<DistributionShift.PredictorShift> predictorShifts,
            List<DistributionShift.FeatureShift> featureShifts, Reported reported) {
        RocCurve roc = RocCurve.of(outcomes, risks);
        CalibrationAssessment calibration = CalibrationAssessment.of(outcomes, risks, resamples, seed);
        return new ValidationMetrics(outcomes.length, calibration.events(), roc, DeLongTest.auc(roc), calibration,
                DecisionCurve.of(outcomes, risks, ThresholdGrid.percent()), riskGroups(outcomes, risks, groups),
                predictorShifts, featureShifts, reported);
    }

    static List<RiskGroupRow> riskGroups(double[] outcomes, double[] risks, RiskGroups groups) {
        List<RiskGroupRow> out = new ArrayList<>();
        for (int g = 0; g < groups.labels().size(); g++) {
            int n = 0;
            int events = 0;
            double sum = 0;
            for (int i = 0; i < risks.length; i++) {
                if (groups.indexOf(risks[i]) == g) {
                    n++;
                    events += outcomes[i] == 1 ? 1 : 0;
                    sum += risks[i];
                }
            }
            out.add(new RiskGroupRow(groups.labels().get(g), groups.lowerCutoff(g), groups.upperCutoff(g), n, events,
                    n == 0 ? Double.NaN : sum / n, n == 0 ? null : WilsonInterval.of(events, n)));
        }
        return out;
    }
}
