package org.tacerisk.cohort.training;

import java.util.ArrayList;
import java.util.List;
import org.tacerisk.model.Direction;
import org.tacerisk.model.DirectionConflict;
import org.tacerisk.stats.LogisticFit;
import org.tacerisk.stats.LogisticModel;
import org.tacerisk.stats.PredictorCoding;

/**
 * The fitted direction of every numeric predictor of the combined and the clinical model against the direction the
 * settings declare ({@code predictors.<id>.expected_direction}): a coefficient of the other sign is a
 * {@link DirectionConflict}, which the report, the bundle ({@code directionConflicts}) and every prediction show.
 * A predictor without a declared direction is not checked.
 */
final class DirectionCheck {

    private DirectionCheck() {
    }

    /** The conflicts of the combined model, then those of the clinical model (null: none fitted). */
    static List<DirectionConflict> of(TrainingConfig config, LogisticModel combined, LogisticModel clinical) {
        List<DirectionConflict> out = new ArrayList<>();
        add(DirectionConflict.COMBINED, combined, config, out);
        if (clinical != null) {
            add(DirectionConflict.CLINICAL, clinical, config, out);
        }
        return List.copyOf(out);
    }

    private static void add(String name, LogisticModel model, TrainingConfig config, List<DirectionConflict> out) {
        LogisticFit fit = model.fit();
        int term = 1;
        for (PredictorCoding coding : model.codings()) {
            String id = coding.spec().column();
            Direction expected = config.display(id).direction();
            int terms = coding.termNames().size();
            double coefficient = fit.estimate(term);
            term += terms;
            if (expected != null && terms == 1 && expected.contradictedBy(coefficient)) {
                out.add(new DirectionConflict(id, name, expected, coefficient));
            }
        }
    }
}
