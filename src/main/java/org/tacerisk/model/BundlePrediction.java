package org.tacerisk.model;

import java.util.List;
import org.tacerisk.common.Finding;

/**
 * The combined model's result for one patient, with everything the workstation shows: probability and its 95 % CI
 * (delta method on the logit scale), risk group, nomogram points per predictor and in total, warnings (values
 * outside the training range), and the bundle it came from.
 *
 * @param bundleName        manifest name
 * @param bundleVersion     manifest version
 * @param label             the bundle's banner (e.g. the synthetic-demo label), may be empty
 * @param linearPredictor   log-odds
 * @param linearPredictorSe its standard error from the coefficients' covariance
 * @param probability       predicted probability of metastasis
 * @param probabilityLow    lower 95 % limit
 * @param probabilityHigh   upper 95 % limit
 * @param riskGroup         the label of the risk group
 * @param riskGroupIndex    its index in {@code riskGroups.labels()}: the probability lies at or above
 *                          {@code riskGroups.lowerCutoff(index)} and below {@code riskGroups.upperCutoff(index)}
 * @param riskGroups        the bundle's cut-offs and labels the probability was compared with
 * @param points            nomogram points per predictor of the combined model (model order)
 * @param totalPoints       their sum
 * @param warnings          values outside the training range (the model extrapolates there)
 */
public record BundlePrediction(String bundleName, String bundleVersion, String label, double linearPredictor,
        double linearPredictorSe, double probability, double probabilityLow, double probabilityHigh,
        String riskGroup, int riskGroupIndex, RiskGroups riskGroups, List<PredictorPoints> points,
        double totalPoints, List<Finding> warnings) {

    public BundlePrediction {
        points = List.copyOf(points);
        warnings = List.copyOf(warnings);
    }

    /**
     * One predictor's contribution.
     *
     * @param id        predictor id
     * @param label     predictor label
     * @param value     the value as entered (a categorical predictor: its level code)
     * @param termValue after the transform (log10), as it enters the model
     * @param points    nomogram points
     */
    public record PredictorPoints(String id, String label, double value, double termValue, double points) {
    }
}
