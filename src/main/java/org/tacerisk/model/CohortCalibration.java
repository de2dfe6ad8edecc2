package org.tacerisk.model;

import static org.tacerisk.model.ManifestChecks.finite;
import static org.tacerisk.model.ManifestChecks.proportion;

import java.util.List;

/**
 * The combined model's calibration in one cohort ({@code stats evaluate}: grouped curve, val.prob intercept and
 * slope, Brier score) and, for the training cohort, the bootstrap bias-corrected curve.
 *
 * @param cohort        a cohort name from {@code cohorts}
 * @param curve         points of the grouped calibration curve, predicted → observed
 * @param intercept     calibration intercept (calibration-in-the-large)
 * @param slope         calibration slope
 * @param brier         Brier score
 * @param biasCorrected the training cohort's rms::calibrate curve (schema 1.4); null for the other cohorts, for a
 *                      run without bootstrap and in bundles of older schemas
 */
public record CohortCalibration(String cohort, List<Point> curve, Double intercept, Double slope, Double brier,
        BiasCorrectedCurve biasCorrected) {

    /** One point of the curve. */
    public record Point(Double predicted, Double observed) {
        public Point {
            proportion("calibration[].curve[].predicted", predicted);
            proportion("calibration[].curve[].observed", observed);
        }
    }

    public CohortCalibration {
        ManifestChecks.id("calibration[].cohort", cohort);
        String f = "calibration[" + cohort + "].";
        curve = ManifestChecks.nonEmpty(f + "curve", curve);
        finite(f + "intercept", intercept);
        finite(f + "slope", slope);
        proportion(f + "brier", brier);
    }

    /** A cohort's calibration without a bias-corrected curve (every cohort before schema 1.4). */
    public CohortCalibration(String cohort, List<Point> curve, Double intercept, Double slope, Double brier) {
        this(cohort, curve, intercept, slope, brier, null);
    }
}
