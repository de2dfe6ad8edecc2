package org.tacerisk.casefile;

import java.util.Objects;

/**
 * One clinical value as the user entered it.
 *
 * @param predictorId the bundle's predictor id (e.g. {@code afp})
 * @param text        the text exactly as typed, kept so that reopening shows what was typed
 * @param value       the number the text was read as, in {@code unit} (a categorical predictor: its level code)
 * @param unit        the unit the value was entered in (e.g. {@code ng/mL}); empty for a value without unit
 */
public record EnteredValue(String predictorId, String text, double value, String unit) {

    public EnteredValue {
        SeriesLocation.requireText(predictorId, "predictorId");
        Objects.requireNonNull(text, "text");
        unit = unit == null ? "" : unit;
        CaseResult.requireFinite(value, "entered value of " + predictorId);
    }
}
