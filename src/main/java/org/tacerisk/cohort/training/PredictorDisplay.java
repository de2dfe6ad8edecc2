package org.tacerisk.cohort.training;

import java.util.Set;

/**
 * How the bundle presents one nomogram input to the workstation's form (the {@code predictors:} block of the
 * training settings, docs/cohort-train.md): the label, unit and help text a clinician reads, and the plausibility
 * range the form accepts. Every part is optional; what is left out falls back to the trainer's defaults (the column
 * name, no unit, a generic help text, a wide range around the training values).
 *
 * @param label      form and nomogram label, e.g. "AFP"; null: the column name
 * @param unit       unit as shown, e.g. "ng/mL"; null: none
 * @param help       how to measure or enter the value; null: a generic sentence
 * @param allowedMin smallest value the form accepts; NaN: the trainer's default
 * @param allowedMax largest value the form accepts; NaN: the trainer's default
 * @param type       {@code continuous} or {@code integer}; null: integer when every training value is whole
 * @param source     {@code entered} or {@code measured_from_roi} (clinical predictors only); null: entered
 * @param expectedDirection {@code increases_risk} or {@code decreases_risk}: the direction the study or the
 *                   literature reports; a fitted coefficient against it is noted in the report, the bundle and
 *                   every prediction. Null: none declared (not checked)
 */
public record PredictorDisplay(String label, String unit, String help, double allowedMin, double allowedMax,
        String type, String source, String expectedDirection) {

    static final Set<String> KEYS = Set.of("label", "unit", "help", "allowed_min", "allowed_max", "type", "source",
            "expected_direction");
    private static final Set<String> TYPES = Set.of("continuous", "integer");
    private static final Set<String> SOURCES = Set.of("entered", "measured_from_roi");
    private static final Set<String> DIRECTIONS = Set.of("increases_risk", "decreases_risk");

    public PredictorDisplay {
        if (type != null && !TYPES.contains(type)) {
            throw new IllegalArgumentException("type must be one of " + TYPES + ", not " + type);
        }
        if (source != null && !SOURCES.contains(source)) {
            throw new IllegalArgumentException("source must be one of " + SOURCES + ", not " + source);
        }
        if (expectedDirection != null && !DIRECTIONS.contains(expectedDirection)) {
            throw new IllegalArgumentException("expected_direction must be one of " + DIRECTIONS + ", not "
                    + expectedDirection);
        }
        if (!Double.isNaN(allowedMin) && !Double.isNaN(allowedMax) && !(allowedMin < allowedMax)) {
            throw new IllegalArgumentException("allowed_min must be below allowed_max (" + allowedMin + " >= "
                    + allowedMax + ")");
        }
        if (Double.isInfinite(allowedMin) || Double.isInfinite(allowedMax)) {
            throw new IllegalArgumentException("allowed_min and allowed_max must be finite");
        }
    }

    /** The declared direction as the bundle records it, or null. */
    org.tacerisk.model.Direction direction() {
        return expectedDirection == null ? null : org.tacerisk.model.Direction.parse(expectedDirection);
    }

    /** Nothing configured: every default. */
    public static PredictorDisplay none() {
        return new PredictorDisplay(null, null, null, Double.NaN, Double.NaN, null, null, null);
    }
}
