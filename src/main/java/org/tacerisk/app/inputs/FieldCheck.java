package org.tacerisk.app.inputs;

import java.util.List;

/**
 * What the form makes of one field's current entry: its value in the predictor's unit (null while empty or wrong)
 * and the reasons to show, each a message key with its arguments already written as text.
 *
 * @param status     empty, error (the value is not usable), warning (usable, but the model extrapolates) or ok
 * @param value      the value in the predictor's unit (categorical: the level code); null when empty or an error
 * @param problem    the error's or warning's reason; null when empty or ok
 * @param conversion the unit conversion as shown ("100 IU/mL = 121 ng/mL"); null without one
 */
public record FieldCheck(Status status, Double value, Wording problem, Wording conversion) {

    /** The state of a field. */
    public enum Status {
        EMPTY, ERROR, WARNING, OK
    }

    /** A message key and its arguments, worded by the shell's message bundle. */
    public record Wording(String key, List<String> args) {
        public Wording(String key, String... args) {
            this(key, List.of(args));
        }
    }

    static final FieldCheck EMPTY = new FieldCheck(Status.EMPTY, null, null, null);

    static FieldCheck error(Wording reason) {
        return new FieldCheck(Status.ERROR, null, reason, null);
    }

    /** True when the value can go to the model (ok or a warning). */
    public boolean usable() {
        return value != null;
    }
}
