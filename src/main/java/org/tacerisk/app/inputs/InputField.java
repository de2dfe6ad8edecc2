package org.tacerisk.app.inputs;

import java.math.BigDecimal;
import java.util.List;
import org.tacerisk.model.EntryUnit;
import org.tacerisk.app.inputs.FieldCheck.Status;
import org.tacerisk.app.inputs.FieldCheck.Wording;
import org.tacerisk.common.DisplayNumbers;
import org.tacerisk.common.NumberText;
import org.tacerisk.model.PredictorSpecification;
import org.tacerisk.model.PredictorSpecification.Level;
import org.tacerisk.model.PredictorSpecification.Source;
import org.tacerisk.model.PredictorSpecification.Type;

/**
 * One row of the clinical inputs form, made from a bundle's predictor specification (no JavaFX): what to show
 * (label with unit, help, ranges, levels, where a read-only value comes from) and how a typed entry is checked.
 * Typed text is read strictly ({@link NumberText}: "5,2" is refused, never read as 52 or 5); a value outside the
 * allowed range is an error, outside the training range a warning (the value is still used).
 */
public final class InputField {

    /** How the value is given. */
    public enum Kind {
        /** typed decimal number */
        NUMBER,
        /** typed whole number */
        WHOLE_NUMBER,
        /** one of the specification's levels */
        CHOICE,
        /** not entered: measured from the ROI or computed by a model (shown read-only with its source) */
        READ_ONLY
    }

    private final PredictorSpecification spec;
    private final Kind kind;
    private final List<EntryUnit> units;

    public InputField(PredictorSpecification spec) {
        this.spec = spec;
        if (spec.source() != Source.ENTERED) {
            kind = Kind.READ_ONLY;
        } else if (spec.categorical()) {
            kind = Kind.CHOICE;
        } else {
            kind = spec.type() == Type.INTEGER ? Kind.WHOLE_NUMBER : Kind.NUMBER;
        }
        units = kind == Kind.NUMBER ? EntryUnit.choicesFor(spec.unit()) : List.of(new EntryUnit(spec.unit(), BigDecimal.ONE));
    }

    public PredictorSpecification spec() {
        return spec;
    }

    public String id() {
        return spec.id();
    }

    public Kind kind() {
        return kind;
    }

    /** The units the value may be typed in, the predictor's own first; more than one where a conversion exists. */
    public List<EntryUnit> units() {
        return units;
    }

    public List<Level> levels() {
        return spec.levels();
    }

    /** The message key of where a read-only value comes from (inputs.source.MEASURED_FROM_ROI, ...). */
    public String sourceKey() {
        return "inputs.source." + spec.source().name();
    }

    /** The training range as shown, "10–90 ng/mL"; null for a categorical predictor. */
    public String trainingRangeText() {
        return spec.categorical() ? null : range(spec.trainingMin(), spec.trainingMax());
    }

    /** Checks typed {@code text} in {@code unit}; blank text is empty (not an error: the field is still to fill). */
    public FieldCheck check(String text, EntryUnit unit) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return FieldCheck.EMPTY;
        }
        if (!NumberText.isDecimal(typed) || NumberText.parse(typed).isEmpty()) {
            return FieldCheck.error(new Wording(typed.contains(",") ? "inputs.error.comma" : "inputs.error.notNumber",
                    typed));
        }
        double value = unit.toPredictorUnit(typed);
        Wording conversion = unit.isOwn() ? null : new Wording("inputs.conversion", typed, unit.name(),
                DisplayNumbers.exact(value), spec.unit());
        if (kind == Kind.WHOLE_NUMBER && value != Math.rint(value)) {
            return new FieldCheck(Status.ERROR, null, new Wording("inputs.error.notWhole", typed), conversion);
        }
        String shown = withUnit(DisplayNumbers.exact(value));
        if (value < spec.allowedMin() || value > spec.allowedMax()) {
            return new FieldCheck(Status.ERROR, null, new Wording("inputs.error.outsideAllowed", shown,
                    range(spec.allowedMin(), spec.allowedMax())), conversion);
        }
        if (value < spec.trainingMin() || value > spec.trainingMax()) {
            return new FieldCheck(Status.WARNING, value, new Wording("inputs.warning.outsideTraining", shown,
                    trainingRangeText()), conversion);
        }
        return new FieldCheck(Status.OK, value, null, conversion);
    }

    /** Checks a chosen level (null: none chosen yet). */
    public FieldCheck check(Level chosen) {
        return chosen == null ? FieldCheck.EMPTY : new FieldCheck(Status.OK, chosen.value(), null, null);
    }

    private String range(double lo, double hi) {
        return withUnit(DisplayNumbers.exact(lo) + "–" + DisplayNumbers.exact(hi));
    }

    private String withUnit(String number) {
        return spec.unit().isEmpty() ? number : number + " " + spec.unit();
    }
}
