package org.tacerisk.cohort.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tacerisk.common.Cancelled;
import org.tacerisk.common.OrderedMap;
import org.tacerisk.common.Progress;
import org.tacerisk.stats.BootstrapCalibration;
import org.tacerisk.stats.BootstrapValidation;
import org.tacerisk.stats.ModelFrame;
import org.tacerisk.stats.PredictorSpec;
import org.tacerisk.stats.ResampleRefit;
import org.tacerisk.stats.Resamples;

/**
 * Bootstrap internal validation of the combined model on the training cohort: {@link BootstrapValidation}
 * ({@code rms::validate}) and {@link BootstrapCalibration} ({@code rms::calibrate}) with B resamples and a fixed
 * seed, in one of two modes ({@link TrainingConfig#bootstrapRefit()}):
 * <ul>
 * <li>{@code procedure}: each resample of the training rows repeats the whole procedure ({@link ModelProcedure}:
 * screening, correlation filter and LASSO-CV of the DLR signature, clinical selection, combined fit), so the
 * optimism is that of the method (Harrell, RMS §5.3). The refits are computed once and shared by validation and
 * calibration; the selection stability (in how many resamples each final DLR feature and each clinical candidate
 * was selected) comes with them. Resamples are drawn from all training rows; rows the combined model cannot
 * predict (a missing clinical value) are left out of each evaluation.</li>
 * <li>{@code final_model}: each resample refits the combined logistic model on the same terms (dlr_score and the
 * selected clinical predictors); the signatures' LASSO and the clinical selection are <em>not</em> repeated, so
 * the optimism is that of the last step only and is an underestimate of the whole procedure's.</li>
 * </ul>
 *
 * @param refit              {@link TrainingConfig#REFIT_PROCEDURE} or {@link TrainingConfig#REFIT_FINAL_MODEL}
 * @param dlrStability       final DLR feature → fraction of the successful resamples that selected it (procedure
 *                           mode; empty in final_model mode)
 * @param clinicalStability  clinical candidate label → fraction of the successful resamples that selected it
 *                           (procedure mode; empty in final_model mode)
 * @param failures           why each failed resample failed (procedure mode; empty in final_model mode)
 */
public record TrainingValidation(BootstrapValidation validation, BootstrapCalibration calibration, String refit,
        Map<String, Double> dlrStability, Map<String, Double> clinicalStability, List<String> failures) {

    /** The indexes reported as apparent vs optimism-corrected. */
    static final List<String> REPORTED = List.of("Dxy", "C_from_Dxy", "Intercept", "Slope", "B", "Emax");

    public TrainingValidation {
        dlrStability = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(dlrStability));
        clinicalStability = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(clinicalStability));
        failures = List.copyOf(failures);
    }

    /**
     * Final-model mode: both bootstraps refit the combined model's fixed frame, or null when {@code resamples} is
     * 0.
     */
    static TrainingValidation of(ModelFrame frame, int resamples, long seed) {
        return of(frame, resamples, seed, Progress.NONE);
    }

    /**
     * As {@link #of(ModelFrame, int, long)}, checking {@code cancel} before each of the two bootstraps (each a
     * logistic refit per resample: seconds in all).
     *
     * @throws Cancelled when {@code cancel} is cancelled
     */
    static TrainingValidation of(ModelFrame frame, int resamples, long seed, Progress cancel) {
        if (resamples == 0) {
            return null;
        }
        cancel.checkCancelled();
        BootstrapValidation validation = BootstrapValidation.of(frame, resamples, seed);
        cancel.checkCancelled();
        BootstrapCalibration calibration = BootstrapCalibration.of(frame, resamples, seed);
        return new TrainingValidation(validation, calibration, TrainingConfig.REFIT_FINAL_MODEL, Map.of(), Map.of(),
                List.of());
    }

    /**
     * Procedure mode: B resamples of the n training rows, each refitted by {@code refit} (once, in parallel), then
     * validation and calibration of those refits; null when {@code resamples} is 0.
     *
     * @param apparentLp the combined model's linear predictor of each training row (NaN where it cannot predict)
     * @param y          the training rows' outcomes
     * @param dlrFeatures the final DLR signature's features (for the stability table)
     * @param clinical   the clinical candidates (for the stability table)
     * @param progress   told "bootstrap 57/200" after each refit, checked before each (see {@link Resamples#run})
     * @throws Cancelled when {@code progress} is cancelled
     */
    static TrainingValidation ofProcedure(double[] apparentLp, double[] y, int resamples, long seed,
            ResampleRefit refit, List<String> dlrFeatures, List<PredictorSpec> clinical, Progress progress) {
        if (resamples == 0) {
            return null;
        }
        Resamples refits = Resamples.run(y.length, resamples, seed, refit, progress);
        Map<String, Double> dlr = new LinkedHashMap<>();
        for (String f : dlrFeatures) {
            dlr.put(f, refits.selectionFrequency(f));
        }
        Map<String, Double> cl = new LinkedHashMap<>();
        for (PredictorSpec s : clinical) {
            cl.put(s.label(), refits.selectionFrequency(ModelProcedure.CLINICAL_PREFIX + s.label()));
        }
        return new TrainingValidation(BootstrapValidation.ofProcedure(apparentLp, y, refits),
                BootstrapCalibration.ofProcedure(apparentLp, y, refits), TrainingConfig.REFIT_PROCEDURE, dlr, cl,
                refits.failures());
    }

    boolean procedure() {
        return refit.equals(TrainingConfig.REFIT_PROCEDURE);
    }

    /** The report's table. */
    String markdown() {
        StringBuilder md = new StringBuilder("## Bootstrap internal validation (combined model, training cohort)\n\n"
                + "rms::validate / rms::calibrate equivalents, B = " + validation.resamples() + " (seed "
                + validation.seed() + ", " + validation.failed() + " failed refits). "
                + (procedure()
                        ? "Each resample repeats the whole procedure (screening, correlation filter and LASSO-CV of the"
                                + " DLR signature, clinical selection, combined fit), so the optimism is that of the"
                                + " method, not only of the last fit."
                        : "Only the final logistic fit is repeated per resample (not the feature selection), so the"
                                + " optimism is a lower bound.")
                + (failures.isEmpty() ? "" : " First failure: " + failures.get(0) + ".")
                + "\n\n| index | apparent | optimism | optimism-corrected |\n|---|---|---|---|\n");
        for (String name : REPORTED) {
            BootstrapValidation.Index i = validation.index(name);
            String label = name.equals("B") ? "Brier" : name.equals("C_from_Dxy") ? "C (AUC)" : name;
            md.append("| ").append(label).append(" | ")
                    .append(name.equals("Emax") ? "" : TrainingReport.f(i.indexOrig(), 4)).append(" | ")
                    .append(TrainingReport.f(i.optimism(), 4)).append(" | ")
                    .append(TrainingReport.f(i.indexCorrected(), 4)).append(" |\n");
        }
        BootstrapCalibration.Summary s = calibration.summary();
        md.append("\nCorrected calibration curve: mean |error| ").append(TrainingReport.f(s.meanAbsoluteError(), 4))
                .append(", 0.9 quantile of |error| ").append(TrainingReport.f(s.quantile90AbsoluteError(), 4))
                .append(" (full curve in evaluation.json, `bootstrap_validation.calibration_curve`).\n\n");
        if (procedure()) {
            md.append("Selection stability (share of the successful resamples that selected it): DLR features ")
                    .append(stability(dlrStability)).append("; clinical predictors ")
                    .append(clinicalStability.isEmpty() ? "none" : stability(clinicalStability)).append(".\n\n");
        }
        return md.toString();
    }

    /** evaluation.json's {@code bootstrap_validation}. */
    Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("refit", refit);
        m.put("resamples", validation.resamples());
        m.put("seed", validation.seed());
        m.put("failed_validation", validation.failed());
        m.put("failed_calibration", calibration.failed());
        Map<String, Object> idx = new LinkedHashMap<>();
        for (BootstrapValidation.Index i : validation.indexes()) {
            idx.put(i.name(), OrderedMap.of("apparent", i.indexOrig(), "optimism", i.optimism(), "corrected",
                    i.indexCorrected()));
        }
        m.put("indexes", idx);
        List<Object> curve = new ArrayList<>();
        for (int k = 0; k < calibration.predy().length; k++) {
            curve.add(List.of(calibration.predy()[k], nullable(calibration.calibratedOrig()[k]),
                    nullable(calibration.calibratedCorrected()[k])));
        }
        m.put("calibration_curve_columns", List.of("predicted", "apparent", "corrected"));
        m.put("calibration_curve", curve);
        BootstrapCalibration.Summary s = calibration.summary();
        m.put("calibration_summary", OrderedMap.of("mean_abs_error", s.meanAbsoluteError(), "mean_squared_error",
                s.meanSquaredError(), "q90_abs_error", s.quantile90AbsoluteError()));
        if (procedure()) {
            Map<String, Object> stability = new LinkedHashMap<>();
            stability.put("dlr_features", dlrStability);
            stability.put("clinical", clinicalStability);
            m.put("selection_stability", stability);
        }
        return m;
    }

    private static String stability(Map<String, Double> fractions) {
        StringBuilder sb = new StringBuilder();
        fractions.forEach((name, f) -> sb.append(sb.length() == 0 ? "" : ", ").append(name).append(' ')
                .append(TrainingReport.f(f, 2)));
        return sb.toString();
    }

    private static Object nullable(double v) {
        return Double.isNaN(v) ? "NA" : v;
    }
}
