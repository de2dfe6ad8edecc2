package org.tacerisk.model;

import static org.tacerisk.model.ManifestChecks.count;
import static org.tacerisk.model.ManifestChecks.finite;
import static org.tacerisk.model.ManifestChecks.invalid;
import static org.tacerisk.model.ManifestChecks.proportion;

import java.util.List;

/**
 * The training cohort's bootstrap bias-corrected calibration curve (schema 1.4): {@code rms::calibrate(fit, B)}'s
 * curve as {@code org.tacerisk.stats.BootstrapCalibration} computes it (verified against rms 6.5-0), on calibrate's
 * grid of predicted risks. Grid points no resample reached (corrected NA) are left out.
 *
 * @param refit      what each resample refitted: {@value #PROCEDURE} (the whole modelling procedure) or
 *                   {@value #FINAL_MODEL} (only the final logistic fit: the optimism is then a lower bound)
 * @param resamples  B, the bootstrap resamples drawn
 * @param failed     resamples whose refit failed and so do not count (fewer than B)
 * @param points     predicted risk increasing; at least two
 */
public record BiasCorrectedCurve(String refit, Integer resamples, Integer failed, List<Point> points) {

    public static final String PROCEDURE = "procedure";
    public static final String FINAL_MODEL = "final_model";

    /**
     * One grid point: calibrate's {@code predy}, {@code calibrated.orig} and {@code calibrated.corrected}. The
     * observed risks are lowess estimates minus an optimism, so they may lie a little outside [0, 1].
     *
     * @param predicted predicted risk
     * @param apparent  the apparent (lowess) observed risk at it
     * @param corrected the apparent one minus the bootstrap estimate of its optimism
     */
    public record Point(Double predicted, Double apparent, Double corrected) {
        public Point {
            proportion("calibration[].biasCorrected.points[].predicted", predicted);
            finite("calibration[].biasCorrected.points[].apparent", apparent);
            finite("calibration[].biasCorrected.points[].corrected", corrected);
        }
    }

    public BiasCorrectedCurve {
        String f = "calibration[].biasCorrected.";
        if (!PROCEDURE.equals(refit) && !FINAL_MODEL.equals(refit)) {
            throw invalid(f + "refit", "must be \"" + PROCEDURE + "\" or \"" + FINAL_MODEL + "\", not "
                    + (refit == null ? "missing" : "\"" + refit + "\""));
        }
        if (count(f + "resamples", resamples) == 0) {
            throw invalid(f + "resamples", "must be at least 1");
        }
        if (count(f + "failed", failed) >= resamples) {
            throw invalid(f + "failed", "must be fewer than the resamples (" + failed + " of " + resamples + ")");
        }
        points = ManifestChecks.list(f + "points", points);
        if (points.size() < 2) {
            throw invalid(f + "points", "needs at least two points");
        }
        for (int i = 1; i < points.size(); i++) {
            if (!(points.get(i).predicted() > points.get(i - 1).predicted())) {
                throw invalid(f + "points[" + i + "].predicted", "must increase");
            }
        }
    }
}
