package org.tacerisk.app.inputs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tacerisk.model.PredictorSpecification;
import org.tacerisk.model.PredictorSpecification.Source;

/**
 * The clinical inputs form's state without JavaFX: one {@link InputField} per predictor of the bundle's combined
 * model (so any bundle's predictors drive the form), the current check of every entered field, and the entered
 * values in the form {@code CasePredictor.predict(measurement, entered)} takes (predictor id → value in the
 * predictor's unit; categorical: the level code).
 */
public final class ClinicalInputs {

    /** The entered values that can go to the model, and whether every entered predictor has one. */
    public record Entered(Map<String, Double> values, List<String> missing, List<String> wrong) {
        public Entered {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
            missing = List.copyOf(missing);
            wrong = List.copyOf(wrong);
        }

        /** True when every entered predictor has a usable value (warnings allowed): step 2 can run. */
        public boolean complete() {
            return missing.isEmpty() && wrong.isEmpty();
        }
    }

    private final List<InputField> fields;
    private final Map<String, FieldCheck> checks = new LinkedHashMap<>();
    /** Fields that may stay empty: the clinical tumour size that may replace the one measured from the ROI. */
    private final java.util.Set<String> optional = new java.util.HashSet<>();

    /** The form of {@code predictors} (e.g. {@code BundlePredictor.predictors()}), in their order. */
    public ClinicalInputs(List<PredictorSpecification> predictors) {
        List<InputField> made = new ArrayList<>();
        for (PredictorSpecification p : predictors) {
            InputField f = new InputField(p);
            made.add(f);
            if (p.source() == Source.ENTERED) {
                checks.put(p.id(), FieldCheck.EMPTY);
            } else if (clinicalSizeAllowed(p)) {
                checks.put(p.id(), FieldCheck.EMPTY);
                optional.add(p.id());
            }
        }
        fields = List.copyOf(made);
    }

    public List<InputField> fields() {
        return fields;
    }

    /** Records the check of an entered field (from {@link InputField#check}). */
    public void update(String id, FieldCheck check) {
        if (!checks.containsKey(id)) {
            throw new IllegalArgumentException(id + " is not an entered predictor of this form");
        }
        checks.put(id, check);
    }

    /**
     * True for a tumour size the model measures from the ROI: the radiologist may enter the clinical size instead
     * ({@code CasePredictor} then uses it and still compares it with the ROI's diameter).
     */
    public static boolean clinicalSizeAllowed(PredictorSpecification p) {
        return p.source() == Source.MEASURED_FROM_ROI && p.id().equals(PredictorSpecification.TUMOUR_SIZE_ID);
    }

    public FieldCheck check(String id) {
        return checks.get(id);
    }

    /** The usable entered values, and which entered predictors are still empty or wrong, in form order. */
    public Entered entered() {
        Map<String, Double> values = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        checks.forEach((id, c) -> {
            switch (c.status()) {
                case EMPTY -> {
                    if (!optional.contains(id)) {
                        missing.add(id);
                    }
                }
                case ERROR -> wrong.add(id);
                default -> values.put(id, c.value());
            }
        });
        return new Entered(values, missing, wrong);
    }
}
