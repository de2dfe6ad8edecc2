package org.tacerisk.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Which way a predictor moves the risk: the direction a study or the literature expects ({@code expectedDirection}
 * of a predictor), or the one a fitted coefficient has (positive: a larger value raises the predicted risk).
 */
public enum Direction {
    INCREASES_RISK, DECREASES_RISK;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Direction parse(String text) {
        return ManifestEnums.parse(Direction.class, text, "predictors[].expectedDirection");
    }

    /** The direction of a fitted coefficient, or null for exactly 0 (no direction). */
    public static Direction of(double coefficient) {
        return coefficient > 0 ? INCREASES_RISK : coefficient < 0 ? DECREASES_RISK : null;
    }

    /** Whether a fitted {@code coefficient} points the other way. */
    public boolean contradictedBy(double coefficient) {
        Direction fitted = of(coefficient);
        return fitted != null && fitted != this;
    }
}
