package org.tacerisk.model;

import static org.tacerisk.model.ManifestChecks.finite;
import static org.tacerisk.model.ManifestChecks.invalid;

import java.util.Locale;
import java.util.Set;

/**
 * A fitted effect that points against its predictor's declared {@code expectedDirection} (a larger tumour getting
 * fewer nomogram points when the study reports size as a risk factor): the model and the coefficient. The bundle
 * lists every one; {@code bundle show}, the report and every prediction (for the combined model) say so.
 *
 * @param predictor   the predictor's id
 * @param model       {@value #COMBINED} (the bundle's model) or {@value #CLINICAL} (the clinical model of the
 *                    training report, not in the bundle)
 * @param expected    the predictor's declared direction
 * @param coefficient the fitted coefficient (per unit of the predictor after its transform)
 */
public record DirectionConflict(String predictor, String model, Direction expected, Double coefficient) {

    public static final String COMBINED = "combined";
    public static final String CLINICAL = "clinical";

    public DirectionConflict {
        ManifestChecks.id("directionConflicts[].predictor", predictor);
        String f = "directionConflicts[" + predictor + "].";
        if (!Set.of(COMBINED, CLINICAL).contains(model)) {
            throw invalid(f + "model", "must be \"combined\" or \"clinical\", not \"" + model + "\"");
        }
        ManifestChecks.present(f + "expected", expected);
        finite(f + "coefficient", coefficient);
        if (!expected.contradictedBy(coefficient)) {
            throw invalid(f + "coefficient", coefficient + " does not contradict the expected direction ("
                    + expected.json() + ")");
        }
    }

    /**
     * One sentence for a clinician ({@code label}: the predictor's label, or null): "Tumour size (tumor_size_cm)
     * is expected to increase the risk, but in the combined model its coefficient is -0.0630: a larger value lowers
     * the predicted risk; ...".
     */
    public String describe(String label) {
        String who = label == null || label.equals(predictor) ? predictor : label + " (" + predictor + ")";
        return String.format(Locale.ROOT, "%s is expected to %s, but in the %s model its coefficient is %.3g:"
                + " a larger value %s the predicted risk; the model contradicts the expected direction here,"
                + " interpret its points with caution", who, expected == Direction.INCREASES_RISK ? "increase the"
                        + " risk" : "decrease the risk", model, coefficient, coefficient < 0 ? "lowers" : "raises");
    }
}
