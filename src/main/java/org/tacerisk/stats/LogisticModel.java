package org.tacerisk.stats;

import java.util.List;

/**
 * A fitted logistic prediction model with everything needed to use it later: the predictor codings learned from
 * the training rows (transforms, factor levels, ranges for nomogram axes), the fit, the profile-likelihood
 * intervals, and the range of the training linear predictors (rms::nomogram's {@code lp.at} comes from it).
 *
 * @param outcome    outcome column
 * @param selection  the row conditions the training rows were selected by (e.g. {@code cohort=train}), may be empty
 * @param codings    predictors in model order
 * @param fit        the maximum-likelihood fit
 * @param profile    profile-likelihood intervals per coefficient (same order as the terms)
 * @param lpMin      smallest training linear predictor
 * @param lpMax      largest training linear predictor
 * @param droppedMissing training rows left out because of missing values
 */
public record LogisticModel(String outcome, List<String> selection, List<PredictorCoding> codings, LogisticFit fit,
        List<ProfileLikelihoodInterval> profile, double lpMin, double lpMax, int droppedMissing) {

    public LogisticModel {
        selection = List.copyOf(selection);
        codings = List.copyOf(codings);
        profile = List.copyOf(profile);
    }

    /** Builds the frame, fits, and profiles every coefficient. */
    public static LogisticModel fit(DataTable table, String outcome, List<PredictorSpec> predictors,
            List<String> selection) {
        DataTable rows = RowSelection.where(table, selection);
        ModelFrame frame = ModelFrame.build(rows, outcome, predictors);
        LogisticFit fit = LogisticRegression.fit(frame);
        List<ProfileLikelihoodInterval> profile = List.of(ProfileLikelihoodInterval.all(frame, fit));
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double lp : fit.linearPredictors()) {
            lo = Math.min(lo, lp);
            hi = Math.max(hi, lp);
        }
        return new LogisticModel(outcome, selection, frame.codings(), fit, profile, lo, hi, frame.droppedMissing());
    }

    /** Predictions for every row of {@code table} (rows with a missing predictor give {@link Prediction#missing()}). */
    public Prediction[] predict(DataTable table) {
        double[][] x = ModelFrame.design(codings, table);
        Prediction[] out = new Prediction[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = Prediction.of(x[i], fit.estimates(), fit.covariance());
        }
        return out;
    }

    public List<String> termNames() {
        return fit.termNames();
    }
}
