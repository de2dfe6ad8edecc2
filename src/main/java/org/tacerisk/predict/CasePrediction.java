package org.tacerisk.predict;

import java.util.List;
import java.util.Map;
import org.tacerisk.common.Finding;
import org.tacerisk.model.BundlePrediction;

/**
 * One patient's prediction from a model bundle, everything the workstation and {@code tacerisk predict} show.
 *
 * @param prediction         the combined model's result (probability, 95 % CI, risk group, points, total)
 * @param inputs             predictor id → the value used (entered, measured from the ROI, or a signature score)
 * @param signatureScores    signature name → score (rad, dl, dlr, ...)
 * @param measuredSizeCm     the mask's maximum 3D diameter in cm ({@link TumourSize})
 * @param warnings           the prediction's warnings (outside the training range) and those of the case (size
 *                           disagreement, image spacing, entered values the model does not use)
 * @param notes              checks that could not be made, and why
 */
public record CasePrediction(BundlePrediction prediction, Map<String, Double> inputs,
        Map<String, Double> signatureScores, double measuredSizeCm, List<Finding> warnings, List<String> notes) {

    public CasePrediction {
        inputs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(inputs));
        signatureScores = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(signatureScores));
        warnings = List.copyOf(warnings);
        notes = List.copyOf(notes);
    }
}
