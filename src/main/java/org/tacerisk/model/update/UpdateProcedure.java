package org.tacerisk.model.update;

/**
 * What an update does on a cohort: with a method given, fit it; with none ("auto"), run the {@link ClosedTest} and
 * fit the method it chooses. The same procedure runs on the whole cohort, on its development part, and on every
 * bootstrap resample, so the evaluation includes the choice.
 *
 * @param method the method, or null for the closed test's choice
 * @param beta   the bundle's coefficients
 * @param sigma  their covariance
 */
public record UpdateProcedure(UpdateMethod method, double[] beta, double[][] sigma) {

    /**
     * The result of the procedure on one cohort.
     *
     * @param model the updated model
     * @param test  the closed test, or null when the method was given
     */
    public record Fitted(UpdatedModel model, ClosedTest test) {
    }

    public Fitted run(LocalCohort data) {
        if (method != null) {
            return new Fitted(ModelUpdates.fit(data, beta, sigma, method), null);
        }
        ClosedTest test = ClosedTest.run(data, beta, sigma);
        return new Fitted(ModelUpdates.fit(data, beta, sigma, test.chosen()), test);
    }
}
