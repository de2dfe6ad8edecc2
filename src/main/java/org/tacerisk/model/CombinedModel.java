package org.tacerisk.model;

import static org.tacerisk.model.ManifestChecks.finite;
import static org.tacerisk.model.ManifestChecks.invalid;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The combined logistic model (the nomogram): {@code logit p = Σ coefficient_j × term_j}, the first term the
 * intercept. A numeric term is its predictor's value after the predictor's transform; a categorical term is 1 when
 * the predictor has the term's level, else 0. The covariance of the coefficients (term order) gives the 95 % CI.
 *
 * @param type           "logistic" (the only one this schema version knows)
 * @param terms          the intercept first ({@code predictor} null), then one term per numeric predictor or per
 *                       non-reference level of a categorical predictor
 * @param covariance     the coefficients' covariance matrix, terms × terms, symmetric
 * @param trainingLinearPredictorMin smallest linear predictor in the training cohort (nomogram lp axis)
 * @param trainingLinearPredictorMax largest
 */
public record CombinedModel(String type, List<Term> terms, List<List<Double>> covariance,
        Double trainingLinearPredictorMin, Double trainingLinearPredictorMax) {

    public static final String LOGISTIC = "logistic";

    /**
     * One term.
     *
     * @param name        term name as R prints it, e.g. "(Intercept)", "log10(afp)", "child_pughB"
     * @param predictor   predictor id, null for the intercept
     * @param level       categorical predictors: the level value this term indicates; else null
     * @param coefficient the estimate
     */
    public record Term(String name, String predictor, Double level, Double coefficient) {
        public Term {
            ManifestChecks.text("combinedModel.terms[].name", name);
            finite("combinedModel.terms[" + name + "].coefficient", coefficient);
        }
    }

    public CombinedModel {
        type = type == null ? LOGISTIC : type;
        if (!LOGISTIC.equals(type)) {
            throw invalid("combinedModel.type", "must be \"logistic\", not \"" + type + "\"");
        }
        terms = ManifestChecks.nonEmpty("combinedModel.terms", terms);
        if (terms.size() < 2 || terms.get(0).predictor() != null) {
            throw invalid("combinedModel.terms", "must start with the intercept (no predictor) followed by at least"
                    + " one predictor term");
        }
        Set<String> names = new HashSet<>();
        for (int j = 0; j < terms.size(); j++) {
            Term t = terms.get(j);
            if (!names.add(t.name())) {
                throw invalid("combinedModel.terms", "lists the term \"" + t.name() + "\" twice");
            }
            if (j > 0 && t.predictor() == null) {
                throw invalid("combinedModel.terms[" + t.name() + "].predictor", "is required (only the first term,"
                        + " the intercept, has none)");
            }
        }
        covariance = ManifestChecks.present("combinedModel.covariance", covariance);
        int k = terms.size();
        if (covariance.size() != k) {
            throw invalid("combinedModel.covariance", "must be " + k + " x " + k + " (one row per term), but it has "
                    + covariance.size() + " rows");
        }
        double[][] v = new double[k][];
        for (int i = 0; i < k; i++) {
            List<Double> row = covariance.get(i);
            if (row == null || row.size() != k) {
                throw invalid("combinedModel.covariance[" + i + "]", "must have " + k + " entries (the matrix must be"
                        + " square and match the terms)");
            }
            v[i] = new double[k];
            for (int l = 0; l < k; l++) {
                v[i][l] = finite("combinedModel.covariance[" + i + "][" + l + "]", row.get(l));
            }
        }
        for (int i = 0; i < k; i++) {
            if (!(v[i][i] >= 0)) {
                throw invalid("combinedModel.covariance[" + i + "][" + i + "]", "is a variance and cannot be negative");
            }
            for (int l = 0; l < i; l++) {
                if (Math.abs(v[i][l] - v[l][i]) > 1e-9 * Math.max(1, Math.abs(v[i][l]))) {
                    throw invalid("combinedModel.covariance[" + i + "][" + l + "]", "differs from ["
                            + l + "][" + i + "]; the covariance matrix must be symmetric");
                }
            }
        }
        covariance = covariance.stream().map(List::copyOf).toList();
        double lo = finite("combinedModel.trainingLinearPredictorMin", trainingLinearPredictorMin);
        double hi = finite("combinedModel.trainingLinearPredictorMax", trainingLinearPredictorMax);
        if (!(lo < hi)) {
            throw invalid("combinedModel.trainingLinearPredictorMin", "must be below trainingLinearPredictorMax");
        }
    }

    public double[] coefficients() {
        return terms.stream().mapToDouble(Term::coefficient).toArray();
    }

    public double[][] covarianceMatrix() {
        return covariance.stream().map(r -> r.stream().mapToDouble(Double::doubleValue).toArray())
                .toArray(double[][]::new);
    }
}
