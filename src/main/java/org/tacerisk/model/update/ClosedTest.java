package org.tacerisk.model.update;

import java.util.List;
import java.util.Map;
import org.apache.commons.math3.special.Gamma;

/**
 * The closed testing procedure of Vergouwe, Nieboer, Oostenbrink et al. (2017, "A closed testing procedure to
 * select an appropriate method for updating prediction models", Stat Med 36:4529–4539), which chooses the least
 * extensive update the site's data support while keeping the type I error near α (0.05). With k coefficients in the
 * combined model (intercept included) and the deviance (−2 log-likelihood) on the site's cohort of the original
 * model D₀, recalibration in the large D₁, logistic recalibration D₂ and the refitted (revised) model D₃, each
 * simpler model is tested against the revised model by a likelihood-ratio test:
 * <ol>
 * <li>original vs revised: D₀ − D₃ against χ² with k degrees of freedom. Not significant → keep the original.</li>
 * <li>otherwise, recalibration in the large vs revised: D₁ − D₃, k − 1 df. Not significant → recalibration in the
 * large.</li>
 * <li>otherwise, logistic recalibration vs revised: D₂ − D₃, k − 2 df. Not significant → logistic recalibration;
 * significant → the revised model (refit).</li>
 * </ol>
 * Each step tests only when every earlier (more inclusive) hypothesis was rejected, which is what makes the
 * procedure closed. A test is significant when its p-value (χ² upper tail) is below α. A model with a single
 * predictor term has k − 2 = 0: logistic recalibration and the refit are the same model, and step 3 keeps the
 * logistic recalibration.
 *
 * @param deviances deviance per method on the cohort
 * @param steps     the tests done, in order
 * @param chosen    the method the procedure selects
 * @param alpha     the significance level
 */
public record ClosedTest(Map<UpdateMethod, Double> deviances, List<Step> steps, UpdateMethod chosen, double alpha) {

    /** The significance level of the paper's procedure. */
    public static final double ALPHA = 0.05;

    /**
     * One likelihood-ratio test of a simpler model against the revised one.
     *
     * @param simpler     the model tested against the refit
     * @param statistic   D(simpler) − D(refit)
     * @param df          degrees of freedom
     * @param p           P(χ²_df ≥ statistic)
     * @param significant p &lt; α: the simpler model fits worse than the refit
     */
    public record Step(UpdateMethod simpler, double statistic, int df, double p, boolean significant) {
    }

    /** Runs the procedure on {@code data} for a bundle with coefficients {@code beta} and covariance {@code sigma}. */
    public static ClosedTest run(LocalCohort data, double[] beta, double[][] sigma) {
        int k = beta.length;
        Map<UpdateMethod, Double> d = new java.util.EnumMap<>(UpdateMethod.class);
        for (UpdateMethod m : UpdateMethod.values()) {
            d.put(m, ModelUpdates.fit(data, beta, sigma, m).deviance());
        }
        List<Step> steps = new java.util.ArrayList<>();
        UpdateMethod[] simpler = {UpdateMethod.ORIGINAL, UpdateMethod.INTERCEPT, UpdateMethod.LOGISTIC};
        for (UpdateMethod m : simpler) {
            int df = k - m.parameters(k);
            double statistic = Math.max(0, d.get(m) - d.get(UpdateMethod.REFIT));
            double p = df == 0 ? 1 : upperTail(statistic, df);
            Step step = new Step(m, statistic, df, p, p < ALPHA);
            steps.add(step);
            if (!step.significant()) {
                return new ClosedTest(java.util.Collections.unmodifiableMap(d), List.copyOf(steps), m, ALPHA);
            }
        }
        return new ClosedTest(java.util.Collections.unmodifiableMap(d), List.copyOf(steps), UpdateMethod.REFIT, ALPHA);
    }

    /** P(χ²_df ≥ x). */
    static double upperTail(double x, int df) {
        return x <= 0 ? 1 : Gamma.regularizedGammaQ(df / 2.0, x / 2);
    }
}
