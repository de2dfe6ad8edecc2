package org.tacerisk.model;

import static org.tacerisk.model.ManifestChecks.invalid;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the manifest's {@code directionConflicts} against its predictors and combined model: each names a
 * predictor with an {@code expectedDirection} and repeats it; a combined-model entry repeats the term's coefficient;
 * and every combined-model coefficient against its predictor's expected direction is listed, so no bundle can show
 * a contradicted effect without saying so.
 */
final class ManifestDirections {

    private ManifestDirections() {
    }

    static void check(List<PredictorSpecification> predictors, CombinedModel model, List<DirectionConflict> listed) {
        Map<String, PredictorSpecification> byId = new HashMap<>();
        predictors.forEach(p -> byId.put(p.id(), p));
        Map<String, Double> coefficients = new HashMap<>();
        for (CombinedModel.Term t : model.terms().subList(1, model.terms().size())) {
            if (t.level() == null) {
                coefficients.put(t.predictor(), t.coefficient());
            }
        }
        Set<String> seen = new HashSet<>();
        for (DirectionConflict c : listed) {
            String f = "directionConflicts[" + c.predictor() + "].";
            PredictorSpecification p = byId.get(c.predictor());
            if (p == null) {
                throw invalid(f + "predictor", "names \"" + c.predictor() + "\", which is not among the predictors");
            }
            if (c.expected() != p.expectedDirection()) {
                throw invalid(f + "expected", "must be the predictor's expectedDirection ("
                        + (p.expectedDirection() == null ? "none declared" : p.expectedDirection().json()) + ")");
            }
            if (!seen.add(c.model() + "/" + c.predictor())) {
                throw invalid(f + "model", "lists the " + c.model() + " model twice for this predictor");
            }
            if (c.model().equals(DirectionConflict.COMBINED)
                    && !c.coefficient().equals(coefficients.get(c.predictor()))) {
                throw invalid(f + "coefficient", "must be the predictor's coefficient in combinedModel ("
                        + coefficients.get(c.predictor()) + ")");
            }
        }
        for (Map.Entry<String, Double> e : coefficients.entrySet()) {
            Direction expected = byId.get(e.getKey()).expectedDirection();
            if (expected != null && expected.contradictedBy(e.getValue())
                    && !seen.contains(DirectionConflict.COMBINED + "/" + e.getKey())) {
                throw invalid("directionConflicts", "does not list \"" + e.getKey() + "\", whose combined-model"
                        + " coefficient " + e.getValue() + " contradicts its expectedDirection " + expected.json());
            }
        }
    }

    /**
     * The conflicts of a bundle whose combined model was replaced (an update): the clinical model's as listed, and
     * the combined model's recomputed from its new coefficients (a recalibration with a negative slope, or a refit,
     * can create or remove one).
     */
    static List<DirectionConflict> conflictsAfterUpdate(List<PredictorSpecification> predictors, CombinedModel model,
            List<DirectionConflict> listed) {
        List<DirectionConflict> out = new java.util.ArrayList<>(listed.stream()
                .filter(c -> !c.model().equals(DirectionConflict.COMBINED)).toList());
        for (CombinedModel.Term t : model.terms().subList(1, model.terms().size())) {
            PredictorSpecification p = predictors.stream().filter(q -> q.id().equals(t.predictor())).findFirst()
                    .orElse(null);
            if (t.level() == null && p != null && p.expectedDirection() != null
                    && p.expectedDirection().contradictedBy(t.coefficient())) {
                out.add(new DirectionConflict(p.id(), DirectionConflict.COMBINED, p.expectedDirection(),
                        t.coefficient()));
            }
        }
        return out;
    }
}
