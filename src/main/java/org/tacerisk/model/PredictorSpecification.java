package org.tacerisk.model;

import static org.tacerisk.model.ManifestChecks.finite;
import static org.tacerisk.model.ManifestChecks.invalid;
import static org.tacerisk.model.ManifestChecks.text;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One input of the combined model (a nomogram axis) as the workstation shows it: the form field is built from this
 * (label, unit, help, allowed range, levels), and a value outside the training range is flagged. Ranges are on the
 * scale the user enters (e.g. AFP in ng/mL); {@link #transform} turns an entered value into the model's term value.
 *
 * @param id          stable identifier, the key of the value in case files and {@link BundlePredictor#predict}
 * @param label       form and nomogram label, e.g. "AFP"
 * @param unit        unit as shown, e.g. "ng/mL"; empty for unitless scores
 * @param type        continuous, integer or categorical
 * @param transform   none or log10 (applied before the coefficient; log10 needs allowedMin &gt; 0)
 * @param allowedMin  smallest value the form accepts (plausibility limit); null for categorical
 * @param allowedMax  largest value the form accepts; null for categorical
 * @param trainingMin smallest value in the training cohort (outside it the model extrapolates); null for categorical
 * @param trainingMax largest value in the training cohort; null for categorical
 * @param source      where the value comes from: measured from the ROI, entered by the user, or a model score
 * @param help        one or two sentences for the form's help text (how to measure or enter it)
 * @param levels      categorical only: the levels, reference level first (numeric code + label)
 * @param expectedDirection numeric only (schema 1.2): the direction the study or the literature expects this
 *                    predictor to move the risk, or null when none was declared; a fitted coefficient against it is
 *                    listed in the manifest's {@code directionConflicts}
 * @param trainingMean numeric only (schema 1.7): the training cohort's mean on the model's scale (after log10 for a
 *                    log10 predictor), for the standardised mean difference of an external validation; null when
 *                    the bundle predates it
 * @param trainingSd  the training cohort's standard deviation (n − 1) on the same scale; null with the mean
 */
public record PredictorSpecification(String id, String label, String unit, Type type, Transform transform,
        Double allowedMin, Double allowedMax, Double trainingMin, Double trainingMax, Source source, String help,
        List<Level> levels, Direction expectedDirection,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double trainingMean,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double trainingSd) {

    /**
     * The clinical predictor TACE-Risk can measure from the ROI itself (the maximum 3D diameter, in cm); any other
     * {@code measured_from_roi} predictor must be an extracted radiomics feature.
     */
    public static final String TUMOUR_SIZE_ID = "tumor_size_cm";

    /** The kind of value. */
    public enum Type {
        CONTINUOUS, INTEGER, CATEGORICAL;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        public static Type parse(String text) {
            return ManifestEnums.parse(Type.class, text, "predictors[].type");
        }
    }

    /** How an entered value becomes the model's term value. */
    public enum Transform {
        NONE, LOG10;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        public static Transform parse(String text) {
            return ManifestEnums.parse(Transform.class, text, "predictors[].transform");
        }

        public double apply(double value) {
            return this == LOG10 ? Math.log10(value) : value;
        }
    }

    /** Where the value comes from. */
    public enum Source {
        MEASURED_FROM_ROI, ENTERED, MODEL_SCORE;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        public static Source parse(String text) {
            return ManifestEnums.parse(Source.class, text, "predictors[].source");
        }
    }

    /** A level of a categorical predictor: the numeric code a case file stores and the label the form shows. */
    public record Level(Double value, String label) {
        public Level {
            finite("predictors[].levels[].value", value);
            text("predictors[].levels[].label", label);
        }
    }

    public PredictorSpecification {
        ManifestChecks.id("predictors[].id", id);
        String f = "predictors[" + id + "].";
        text(f + "label", label);
        unit = unit == null ? "" : unit;
        ManifestChecks.present(f + "type", type);
        transform = transform == null ? Transform.NONE : transform;
        ManifestChecks.present(f + "source", source);
        text(f + "help", help);
        levels = ManifestChecks.list(f + "levels", levels);
        if (type == Type.CATEGORICAL) {
            checkCategorical(f, transform, levels, allowedMin, allowedMax, trainingMin, trainingMax);
            if (expectedDirection != null) {
                throw invalid(f + "expectedDirection", "is only for numeric predictors");
            }
        } else {
            checkNumeric(f, type, transform, levels, allowedMin, allowedMax, trainingMin, trainingMax);
        }
        if ((trainingMean == null) != (trainingSd == null) || type == Type.CATEGORICAL && trainingMean != null) {
            throw invalid(f + "trainingMean", "and trainingSd come together, for numeric predictors only");
        }
        if (trainingMean != null && (!(finite(f + "trainingSd", trainingSd) >= 0)
                || !Double.isFinite(finite(f + "trainingMean", trainingMean)))) {
            throw invalid(f + "trainingSd", "must not be negative");
        }
    }

    /** A specification without training mean and SD (as schemas up to 1.6 wrote them). */
    public PredictorSpecification(String id, String label, String unit, Type type, Transform transform,
            Double allowedMin, Double allowedMax, Double trainingMin, Double trainingMax, Source source, String help,
            List<Level> levels, Direction expectedDirection) {
        this(id, label, unit, type, transform, allowedMin, allowedMax, trainingMin, trainingMax, source, help, levels,
                expectedDirection, null, null);
    }

    /** A specification without an expected direction (as schema 1.0 and 1.1 wrote them). */
    public PredictorSpecification(String id, String label, String unit, Type type, Transform transform,
            Double allowedMin, Double allowedMax, Double trainingMin, Double trainingMax, Source source, String help,
            List<Level> levels) {
        this(id, label, unit, type, transform, allowedMin, allowedMax, trainingMin, trainingMax, source, help, levels,
                null, null, null);
    }

    private static void checkCategorical(String f, Transform transform, List<Level> levels, Double... ranges) {
        if (transform != Transform.NONE) {
            throw invalid(f + "transform", "must be none for a categorical predictor");
        }
        if (levels.size() < 2) {
            throw invalid(f + "levels", "needs at least two levels (reference first) for a categorical predictor");
        }
        Set<Double> seen = new HashSet<>();
        for (Level l : levels) {
            if (!seen.add(l.value())) {
                throw invalid(f + "levels", "lists the value " + l.value() + " twice");
            }
        }
        if (Arrays.stream(ranges).anyMatch(r -> r != null)) {
            throw invalid(f + "allowedMin", "and the other ranges must be left out for a categorical predictor"
                    + " (its levels are the allowed values)");
        }
    }

    private static void checkNumeric(String f, Type type, Transform transform, List<Level> levels, Double allowedMin,
            Double allowedMax, Double trainingMin, Double trainingMax) {
        if (!levels.isEmpty()) {
            throw invalid(f + "levels", "are only for categorical predictors");
        }
        double aLo = finite(f + "allowedMin", allowedMin);
        double aHi = finite(f + "allowedMax", allowedMax);
        double tLo = finite(f + "trainingMin", trainingMin);
        double tHi = finite(f + "trainingMax", trainingMax);
        if (!(aLo < aHi)) {
            throw invalid(f + "allowedMin", "must be below allowedMax (" + aLo + " >= " + aHi + ")");
        }
        if (!(tLo < tHi)) {
            throw invalid(f + "trainingMin", "must be below trainingMax (" + tLo + " >= " + tHi + ")");
        }
        if (tLo < aLo || tHi > aHi) {
            throw invalid(f + "trainingMin", "and trainingMax must lie within the allowed range [" + aLo + ", "
                    + aHi + "]");
        }
        if (transform == Transform.LOG10 && !(aLo > 0)) {
            throw invalid(f + "allowedMin", "must be above 0 for a log10 predictor");
        }
        if (type == Type.INTEGER && (tLo != Math.rint(tLo) || tHi != Math.rint(tHi))) {
            throw invalid(f + "trainingMin", "and trainingMax must be whole numbers for an integer predictor");
        }
    }

    /** The form's and the nomogram's title: "AFP (ng/mL)", or the label alone when there is no unit. */
    public String labelWithUnit() {
        return labelWithUnit(label, unit);
    }

    /** {@link #labelWithUnit()} for a label and unit not (yet) in a specification; a null unit counts as none. */
    public static String labelWithUnit(String label, String unit) {
        return unit == null || unit.isEmpty() ? label : label + " (" + unit + ")";
    }

    public boolean categorical() {
        return type == Type.CATEGORICAL;
    }
}
