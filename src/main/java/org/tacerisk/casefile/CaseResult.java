package org.tacerisk.casefile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tacerisk.model.BundlePrediction;
import org.tacerisk.predict.CasePrediction;

/**
 * The result the workstation shows for a case, as computed when it was saved (a {@link CasePrediction} without its
 * warnings, which are recomputed from the values on reopening).
 *
 * @param probability       predicted probability of distant metastasis
 * @param probabilityLow    lower 95 % limit
 * @param probabilityHigh   upper 95 % limit
 * @param riskGroup         the risk group's label
 * @param riskGroupIndex    its index among the bundle's risk groups
 * @param linearPredictor   log-odds
 * @param linearPredictorSe its standard error
 * @param points            nomogram points per predictor id, model order
 * @param totalPoints       their sum
 * @param signatureScores   signature name → score (rad, dl, dlr, ...)
 * @param measuredSizeCm    the mask's maximum 3D diameter in cm
 */
public record CaseResult(double probability, double probabilityLow, double probabilityHigh, String riskGroup,
        int riskGroupIndex, double linearPredictor, double linearPredictorSe, Map<String, Double> points,
        double totalPoints, Map<String, Double> signatureScores, double measuredSizeCm) {

    public CaseResult {
        requireFinite(probability, "probability");
        requireFinite(probabilityLow, "probabilityLow");
        requireFinite(probabilityHigh, "probabilityHigh");
        SeriesLocation.requireText(riskGroup, "riskGroup");
        if (riskGroupIndex < 0) {
            throw new IllegalArgumentException("riskGroupIndex is negative");
        }
        requireFinite(linearPredictor, "linearPredictor");
        requireFinite(linearPredictorSe, "linearPredictorSe");
        requireFinite(totalPoints, "totalPoints");
        requireFinite(measuredSizeCm, "measuredSizeCm");
        points = finiteCopy(points, "points of ");
        signatureScores = finiteCopy(signatureScores, "signature score ");
    }

    public static CaseResult of(CasePrediction prediction) {
        BundlePrediction p = prediction.prediction();
        Map<String, Double> points = new LinkedHashMap<>();
        for (BundlePrediction.PredictorPoints pp : p.points()) {
            points.put(pp.id(), pp.points());
        }
        return new CaseResult(p.probability(), p.probabilityLow(), p.probabilityHigh(), p.riskGroup(),
                p.riskGroupIndex(), p.linearPredictor(), p.linearPredictorSe(), points, p.totalPoints(),
                prediction.signatureScores(), prediction.measuredSizeCm());
    }

    static void requireFinite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " is " + value + ", not a finite number");
        }
    }

    private static Map<String, Double> finiteCopy(Map<String, Double> values, String what) {
        Map<String, Double> copy = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            requireFinite(value == null ? Double.NaN : value, what + key);
            copy.put(key, value);
        });
        return Collections.unmodifiableMap(copy);
    }
}
