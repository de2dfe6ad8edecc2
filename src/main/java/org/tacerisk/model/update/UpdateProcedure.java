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
     * @param lpMin the updated model's smallest linear predictor on the cases it was fitted on
     * @param lpMax the largest
     */
    public record Fitted(UpdatedModel model, ClosedTest test, double lpMin, double lpMax) {
    }

    public Fitted run(LocalCohort data) {
        ClosedTest test = method != null ? null : ClosedTest.run(data, beta, sigma);
        UpdatedModel model = ModelUpdates.fit(data, beta, sigma, method != null ? method : test.chosen());
        double[] lp = model.linearPredictors(data.design());
        return new Fitted(model, test, java.util.Arrays.stream(lp).min().orElseThrow(),
                java.util.Arrays.stream(lp).max().orElseThrow());
    }
}
