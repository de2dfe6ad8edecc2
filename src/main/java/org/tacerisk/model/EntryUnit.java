package org.tacerisk.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * A unit a value may be typed in, with its exact decimal factor to the predictor's own unit (the unit of its ranges
 * and of the model). Conversions are driven by the specification's unit, never by a predictor's name: any predictor
 * in ng/mL may also be typed in IU/mL (the AFP standard 72/225: 1 IU/mL = 1.21 ng/mL).
 *
 * @param name           the unit as shown, e.g. "IU/mL"
 * @param toPredictorUnit how many of the predictor's unit one of this unit is (exact decimal)
 */
public record EntryUnit(String name, BigDecimal toPredictorUnit) {

    /** ng/mL per IU/mL. */
    public static final BigDecimal NG_PER_IU = new BigDecimal("1.21");

    /** The units a predictor in {@code unit} may be typed in, its own first. */
    public static List<EntryUnit> choicesFor(String unit) {
        EntryUnit own = new EntryUnit(unit, BigDecimal.ONE);
        if (unit.trim().toLowerCase(Locale.ROOT).equals("ng/ml")) {
            return List.of(own, new EntryUnit("IU/mL", NG_PER_IU));
        }
        return List.of(own);
    }

    /** True for the predictor's own unit (no conversion). */
    public boolean isOwn() {
        return toPredictorUnit.compareTo(BigDecimal.ONE) == 0;
    }

    /** The typed decimal {@code text} (already checked by NumberText) in the predictor's unit, rounded once. */
    public double toPredictorUnit(String text) {
        return new BigDecimal(text).multiply(toPredictorUnit).doubleValue();
    }
}
