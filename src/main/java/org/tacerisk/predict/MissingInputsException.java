package org.tacerisk.predict;

import java.util.List;
import org.tacerisk.common.BadInputException;
import org.tacerisk.model.PredictorSpecification;

/**
 * The model needs entered values that were not given. The predictors travel as data (id, label, unit, help, range),
 * so the command line can say how to give them ({@code --clinical}) and the workstation can highlight the fields.
 */
public final class MissingInputsException extends BadInputException {

    private static final long serialVersionUID = 1L;

    private final transient List<PredictorSpecification> missing;

    MissingInputsException(String model, List<PredictorSpecification> missing, List<String> described) {
        super(null, "model " + model + " needs " + (missing.size() == 1 ? "this value" : "these values") + ": "
                + String.join("; ", described));
        this.missing = List.copyOf(missing);
    }

    /** The entered predictors without a value, in model order. */
    public List<PredictorSpecification> missing() {
        return missing;
    }
}
