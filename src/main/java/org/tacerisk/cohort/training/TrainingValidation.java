package org.tacerisk.cohort.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tacerisk.stats.BootstrapCalibration;
import org.tacerisk.stats.BootstrapValidation;
import org.tacerisk.stats.ModelFrame;

/**
 * Bootstrap internal validation of the combined model on the training cohort: {@link BootstrapValidation}
 * ({@code rms::validate}) and {@link BootstrapCalibration} ({@code rms::calibrate}) with B resamples and a fixed
 * seed. Each resample refits the combined logistic model on the same terms (dlr_score and the selected clinical
 * predictors); the signatures' LASSO and the clinical selection are <em>not</em> repeated, so the optimism is that
 * of the last step only and is an underestimate of the whole procedure's.
 */
public record TrainingValidation(BootstrapValidation validation, BootstrapCalibration calibration) {

    /** The indexes reported as apparent vs optimism-corrected. */
    static final List<String> REPORTED = List.of("Dxy", "C_from_Dxy", "Intercept", "Slope", "B", "Emax");

    /** Runs both bootstraps on the combined model's frame, or returns null when {@code resamples} is 0. */
    static TrainingValidation of(ModelFrame frame, int resamples, long seed) {
        if (resamples == 0) {
            return null;
        }
        return new TrainingValidation(BootstrapValidation.of(frame, resamples, seed),
                BootstrapCalibration.of(frame, resamples, seed));
    }

    /** The report's table. */
    String markdown() {
        StringBuilder md = new StringBuilder("## Bootstrap internal validation (combined model, training cohort)\n\n"
                + "rms::validate / rms::calibrate equivalents, B = " + validation.resamples() + " (seed "
                + validation.seed() + ", " + validation.failed() + " failed refits). Only the final logistic fit is"
                + " repeated per resample (not the feature selection), so the optimism is a lower bound.\n\n"
                + "| index | apparent | optimism | optimism-corrected |\n|---|---|---|---|\n");
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
        return md.toString();
    }

    /** evaluation.json's {@code bootstrap_validation}. */
    Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("resamples", validation.resamples());
        m.put("seed", validation.seed());
        m.put("failed_validation", validation.failed());
        m.put("failed_calibration", calibration.failed());
        Map<String, Object> idx = new LinkedHashMap<>();
        for (BootstrapValidation.Index i : validation.indexes()) {
            idx.put(i.name(), Map.of("apparent", i.indexOrig(), "optimism", i.optimism(), "corrected",
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
        m.put("calibration_summary", Map.of("mean_abs_error", s.meanAbsoluteError(), "mean_squared_error",
                s.meanSquaredError(), "q90_abs_error", s.quantile90AbsoluteError()));
        return m;
    }

    private static Object nullable(double v) {
        return Double.isNaN(v) ? "NA" : v;
    }
}
