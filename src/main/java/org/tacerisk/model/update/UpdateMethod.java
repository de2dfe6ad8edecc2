package org.tacerisk.model.update;

import java.util.Arrays;
import java.util.Locale;
import org.tacerisk.common.BadInputException;

/**
 * The ways of updating a bundle's combined model on a site's cohort (Steyerberg's updating hierarchy; Vergouwe et
 * al. 2017), from the least to the most extensive.
 */
public enum UpdateMethod {
    /** Keep the model as it is. */
    ORIGINAL("original", 0),
    /** Recalibration in the large: a new intercept, the old linear predictor as an offset. */
    INTERCEPT("intercept", 1),
    /** Logistic recalibration: a new intercept and a slope on the old linear predictor. */
    LOGISTIC("logistic", 2),
    /** Model revision: every coefficient of the combined model re-estimated, same predictors and signatures. */
    REFIT("refit", -1);

    private final String json;
    private final int parameters;

    UpdateMethod(String json, int parameters) {
        this.json = json;
        this.parameters = parameters;
    }

    public String json() {
        return json;
    }

    /** Parameters estimated on the local data for a model with {@code terms} coefficients (intercept included). */
    public int parameters(int terms) {
        return parameters < 0 ? terms : parameters;
    }

    /** The method named {@code text} (intercept, logistic, refit, original). */
    public static UpdateMethod parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.json.equals(t)).findFirst().orElseThrow(() ->
                new BadInputException(null, "unknown update method \"" + text + "\"; use intercept, logistic or"
                        + " refit"));
    }
}
