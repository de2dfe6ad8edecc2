package org.tacerisk.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tacerisk.common.BadInputException;

/**
 * A radiomics signature ("Rad-score"): the LASSO linear predictor restricted to the features it selected,
 * {@code intercept + Σ β_j x_j} on the original feature scale, at one λ of a fitted path. This is
 * {@code predict(fit, newx, s = lambda, type = "link")} of R's glmnet, written as a formula a report can print.
 * Immutable.
 */
public final class RadScore {

    private final double lambda;
    private final double intercept;
    private final List<String> features;
    private final double[] weights;

    private RadScore(double lambda, double intercept, List<String> features, double[] weights) {
        this.lambda = lambda;
        this.intercept = intercept;
        this.features = List.copyOf(features);
        this.weights = weights;
    }

    /** The signature at λ = {@code lambda} (interpolated between the path's λ's as glmnet does). */
    public static RadScore from(LassoPath path, double lambda) {
        return from(path.coefficientsAt(lambda));
    }

    /** The signature of one solution: its intercept and its non-zero coefficients. */
    public static RadScore from(LassoCoefficients coef) {
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int j = 0; j < coef.terms().size(); j++) {
            if (coef.beta(j) != 0) {
                names.add(coef.terms().get(j));
                values.add(coef.beta(j));
            }
        }
        return new RadScore(coef.lambda(), coef.intercept(), names,
                values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    public double lambda() {
        return lambda;
    }

    public double intercept() {
        return intercept;
    }

    /** The selected features, in the order of the fitted predictors. */
    public List<String> features() {
        return features;
    }

    /** The coefficient of a selected feature (0 for one the LASSO did not select). */
    public double weight(String feature) {
        int j = features.indexOf(feature);
        return j < 0 ? 0 : weights[j];
    }

    /** {@code "(Intercept)"} then each selected feature → coefficient. */
    public Map<String, Double> asMap() {
        Map<String, Double> map = new LinkedHashMap<>();
        map.put(LassoCoefficients.INTERCEPT, intercept);
        for (int j = 0; j < weights.length; j++) {
            map.put(features.get(j), weights[j]);
        }
        return map;
    }

    /** The score of one case from its feature values; every selected feature must be present and finite. */
    public double score(Map<String, Double> values) {
        double s = intercept;
        for (int j = 0; j < weights.length; j++) {
            Double v = values.get(features.get(j));
            if (v == null || !Double.isFinite(v)) {
                throw new IllegalArgumentException("the Rad-score needs a finite value of \"" + features.get(j)
                        + "\"");
            }
            s += weights[j] * v;
        }
        return s;
    }

    /**
     * The score of every row of a table; NaN for a row missing a selected feature's value (so one incomplete
     * case does not stop a cohort). A table without a selected feature's column is bad input.
     */
    public double[] score(DataTable table) {
        double[] s = new double[table.rowCount()];
        java.util.Arrays.fill(s, intercept);
        for (int j = 0; j < weights.length; j++) {
            if (!table.hasColumn(features.get(j))) {
                throw new BadInputException(table.source(), "the Rad-score needs column \"" + features.get(j)
                        + "\", which the table lacks");
            }
            double[] x = table.numeric(features.get(j));
            for (int i = 0; i < s.length; i++) {
                s[i] += weights[j] * x[i];
            }
        }
        return s;
    }
}
