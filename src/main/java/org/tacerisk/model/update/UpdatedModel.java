package org.tacerisk.model.update;

import org.tacerisk.stats.LogisticRegression;

/**
 * The combined model after one update method was fitted on local data.
 *
 * @param method       how it was updated
 * @param coefficients the new coefficients in the bundle's term order (intercept first)
 * @param covariance   their covariance (see {@link ModelUpdates} for how each method derives it)
 * @param deviance     −2 log-likelihood of the model on the data it was fitted on
 * @param intercept    the fitted recalibration intercept (INTERCEPT, LOGISTIC; 0 otherwise)
 * @param slope        the fitted recalibration slope (LOGISTIC; 1 otherwise)
 */
public record UpdatedModel(UpdateMethod method, double[] coefficients, double[][] covariance, double deviance,
        double intercept, double slope) {

    /** The linear predictor of each row of {@code design}. */
    public double[] linearPredictors(double[][] design) {
        double[] lp = new double[design.length];
        for (int i = 0; i < design.length; i++) {
            for (int j = 0; j < coefficients.length; j++) {
                lp[i] += coefficients[j] * design[i][j];
            }
        }
        return lp;
    }

    /** −2 log-likelihood of this model on {@code cohort}. */
    public double devianceOn(LocalCohort cohort) {
        return LogisticRegression.deviance(cohort.outcomes(), linearPredictors(cohort.design()));
    }
}
