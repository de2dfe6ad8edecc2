package org.tacerisk.cohort.synth;

/**
 * A deliberately mis-calibrated site: its true log-odds are {@code intercept + slope × lp}, lp the generator's own
 * ({@link OutcomeModel#linearPredictor}). A model fitted on an unshifted cohort then meets, at this site, a
 * calibration-in-the-large of about {@code intercept} (risks too low for a positive shift) and a calibration slope
 * of about {@code slope} times its own — what {@code cohort validate} must detect (docs/validation.md). Only the
 * outcome changes: the images, masks and clinical values are the unshifted cohort's, draw for draw.
 */
public record SiteShift(double intercept, double slope) {

    /** The generator as documented: no shift. */
    public static final SiteShift NONE = new SiteShift(0, 1);

    public SiteShift {
        if (!Double.isFinite(intercept) || !Double.isFinite(slope)) {
            throw new IllegalArgumentException("the site's intercept shift and slope must be finite numbers");
        }
    }

    public double apply(double lp) {
        return intercept + slope * lp;
    }

    public boolean isNone() {
        return intercept == 0 && slope == 1;
    }
}
