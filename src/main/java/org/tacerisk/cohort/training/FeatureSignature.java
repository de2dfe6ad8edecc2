package org.tacerisk.cohort.training;

import java.util.ArrayList;
import java.util.List;
import org.tacerisk.model.Signature;
import org.tacerisk.stats.DataTable;

/**
 * A feature signature (Rad, DL or DLR score) as {@link RadSignatureBuilder} builds it: score =
 * {@code intercept + Σ coefficient_j·(x_j − mean_j)/sd_j}, with mean and sd from the training cohort only, plus
 * the record of every step (candidates, screened, kept after the correlation filter, λ) for the report.
 *
 * @param name         rad, dl or dlr
 * @param candidates   features offered (usable ones: finite and not constant in training)
 * @param screened     features passing the univariable screening
 * @param uncorrelated screened features kept by the correlation filter (the LASSO's input)
 * @param lambda       the chosen λ
 * @param intercept    the score's intercept
 * @param features     selected features (non-zero coefficients)
 * @param mean         training mean per selected feature
 * @param sd           training standard deviation (n − 1) per selected feature
 * @param coefficients coefficient per selected feature, on the z-score scale
 * @param notes        what happened beyond the plan (fallbacks, dropped columns)
 */
public record FeatureSignature(String name, List<String> candidates, List<String> screened, List<String> uncorrelated,
        double lambda, double intercept, List<String> features, double[] mean, double[] sd, double[] coefficients,
        List<String> notes) {

    public FeatureSignature {
        candidates = List.copyOf(candidates);
        screened = List.copyOf(screened);
        uncorrelated = List.copyOf(uncorrelated);
        features = List.copyOf(features);
        notes = List.copyOf(notes);
        mean = mean.clone();
        sd = sd.clone();
        coefficients = coefficients.clone();
    }

    /** The score of every row of {@code table}; NaN where a selected feature is missing. */
    public double[] score(DataTable table) {
        double[] s = new double[table.rowCount()];
        java.util.Arrays.fill(s, intercept);
        for (int j = 0; j < features.size(); j++) {
            double[] x = table.numeric(features.get(j));
            for (int i = 0; i < s.length; i++) {
                s[i] += coefficients[j] * (x[i] - mean[j]) / sd[j];
            }
        }
        return s;
    }

    /** The bundle's form of this signature; {@code predictor} is the model_score predictor it feeds, or null. */
    public Signature toBundle(String predictor) {
        List<Signature.Feature> out = new ArrayList<>();
        for (int j = 0; j < features.size(); j++) {
            out.add(new Signature.Feature(features.get(j), mean[j], sd[j], coefficients[j]));
        }
        return new Signature(name, predictor, intercept, out);
    }
}
