package org.tacerisk.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tacerisk.common.Finding;
import org.tacerisk.model.BundlePrediction;
import org.tacerisk.model.PredictorSpecification;
import org.tacerisk.model.PredictorSpecification.Source;
import org.tacerisk.predict.CaseMeasurement;
import org.tacerisk.predict.CasePrediction;
import org.tacerisk.predict.CasePredictor;

/**
 * The case's prediction state without JavaFX (issue 14): step 1's measurement and the mask version it belongs to,
 * the patient's values (those entered when the user last pressed Compute), the values shown now, and the what-if
 * overrides of image-derived predictors dragged on the nomogram. Step 2 ({@link CasePredictor#predict}) reruns on
 * every change; it is pure and well under a millisecond, so the UI calls it on the FX thread.
 *
 * <p>The shown prediction is a <em>what-if</em> when the values differ from the patient's or a model score or
 * measured value is overridden: the panel marks it and offers "reset to patient".
 */
final class CaseCompute {

    private final CasePredictor predictor;
    private CaseMeasurement measurement;
    private long measuredVersion = -1;
    private long maskVersion;
    private Map<String, Double> patientValues;
    private Map<String, Double> current = Map.of();
    private final Map<String, Double> overrides = new LinkedHashMap<>();

    CaseCompute(CasePredictor predictor) {
        this.predictor = predictor;
    }

    CasePredictor predictor() {
        return predictor;
    }

    /** The outline changed: the measurement, if any, no longer describes it. */
    void maskChanged() {
        maskVersion++;
    }

    long maskVersion() {
        return maskVersion;
    }

    /** True when step 1 must run (again) before a prediction for the current outline. */
    boolean needsMeasurement() {
        return measurement == null || measuredVersion != maskVersion;
    }

    /** True when a measurement exists but the outline changed after it. */
    boolean stale() {
        return measurement != null && measuredVersion != maskVersion;
    }

    /** Step 1's result for the outline of {@code version}. */
    void measured(CaseMeasurement m, long version) {
        measurement = Objects.requireNonNull(m);
        measuredVersion = version;
    }

    /** A saved case's measurement: it belongs to the outline as opened (the current version). */
    void restoreMeasurement(CaseMeasurement m) {
        measured(m, maskVersion);
    }

    CaseMeasurement measurement() {
        return measurement;
    }

    /** Compute pressed (or a case opened): the values now are the patient's; overrides end. */
    void keepAsPatient(Map<String, Double> entered) {
        patientValues = Map.copyOf(entered);
        current = patientValues;
        overrides.clear();
    }

    /** The form changed. */
    void entered(Map<String, Double> entered) {
        current = Map.copyOf(entered);
    }

    /** A model score or measured value dragged on the nomogram (what-if only; never entered). */
    void override(String predictorId, double value) {
        overrides.put(predictorId, value);
    }

    /** Back to the patient's values; returns them (for the form). */
    Map<String, Double> resetToPatient() {
        overrides.clear();
        current = patientValues == null ? Map.of() : patientValues;
        return current;
    }

    boolean hasPatient() {
        return patientValues != null;
    }

    Map<String, Double> patientValues() {
        return patientValues == null ? Map.of() : patientValues;
    }

    boolean whatIf() {
        return patientValues != null && (!overrides.isEmpty() || !current.equals(patientValues));
    }

    /**
     * Step 2 for the values shown now, or null before a measurement or a Compute.
     *
     * @throws org.tacerisk.common.BadInputException / MissingInputsException as {@link CasePredictor#predict}
     */
    CasePrediction predictNow() {
        if (measurement == null || patientValues == null) {
            return null;
        }
        CasePrediction p = predictor.predict(measurement, current);
        return overrides.isEmpty() ? p : withOverrides(p);
    }

    /** The same prediction with dragged image-derived values in place of the measured ones. */
    private CasePrediction withOverrides(CasePrediction p) {
        Map<String, Double> inputs = new LinkedHashMap<>(p.inputs());
        inputs.putAll(overrides);
        BundlePrediction moved = predictor.bundle().predictor().predict(inputs);
        List<Finding> warnings = new java.util.ArrayList<>(moved.warnings());
        p.warnings().stream().filter(w -> !p.prediction().warnings().contains(w)).forEach(warnings::add);
        return new CasePrediction(moved, inputs, p.signatureScores(), p.measuredSizeCm(), warnings, p.notes());
    }

    /** True when the predictor is typed or chosen by the user (a drag of it edits the form). */
    static boolean entered(PredictorSpecification p) {
        return p.source() == Source.ENTERED;
    }
}
