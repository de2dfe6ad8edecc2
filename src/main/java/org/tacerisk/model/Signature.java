package org.tacerisk.model;

import static org.tacerisk.model.ManifestChecks.finite;
import static org.tacerisk.model.ManifestChecks.invalid;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tacerisk.common.BadInputException;

/**
 * A score built from selected features (the Rad-score, the deep-learning score, ...):
 * {@code intercept + Σ coefficient_j × (x_j − mean_j) / sd_j}.
 *
 * @param name      e.g. "rad", "dl", "dlr"
 * @param predictor the id of the model_score predictor this score feeds, or null when it feeds none directly
 * @param intercept the signature's intercept
 * @param features  the selected features with their standardisation and coefficient
 */
public record Signature(String name, String predictor, Double intercept, List<Feature> features) {

    /** A selected feature: its standardisation (training mean and sd) and coefficient on the standardised scale. */
    public record Feature(String name, Double mean, Double sd, Double coefficient) {
        public Feature {
            ManifestChecks.text("signatures[].features[].name", name);
            String f = "signatures[].features[" + name + "].";
            finite(f + "mean", mean);
            finite(f + "sd", sd);
            finite(f + "coefficient", coefficient);
            if (!(sd > 0)) {
                throw invalid(f + "sd", "must be above 0");
            }
        }
    }

    public Signature {
        ManifestChecks.id("signatures[].name", name);
        String f = "signatures[" + name + "].";
        finite(f + "intercept", intercept);
        features = ManifestChecks.nonEmpty(f + "features", features);
        Set<String> seen = new HashSet<>();
        for (Feature x : features) {
            if (!seen.add(x.name())) {
                throw invalid(f + "features", "lists \"" + x.name() + "\" twice");
            }
        }
    }

    /**
     * Every signature's score, in order, from a case's raw feature values; a later signature may combine earlier
     * ones (a DLR score from the rad and dl scores), so each score is also a feature of the ones after it unless a
     * feature of that name was measured.
     */
    public static Map<String, Double> scoreAll(List<Signature> signatures, Map<String, Double> featureValues) {
        Map<String, Double> features = new java.util.HashMap<>(featureValues);
        Map<String, Double> scores = new java.util.LinkedHashMap<>();
        for (Signature s : signatures) {
            double score = s.score(features);
            scores.put(s.name(), score);
            features.putIfAbsent(s.name(), score);
        }
        return scores;
    }

    /** The score of one case from its raw feature values; each selected feature must be present and finite. */
    public double score(Map<String, Double> featureValues) {
        double s = intercept;
        for (Feature x : features) {
            Double v = featureValues.get(x.name());
            if (v == null || !Double.isFinite(v)) {
                throw new BadInputException(null, "signature \"" + name + "\" needs a finite value of feature \""
                        + x.name() + "\"");
            }
            s += x.coefficient() * (v - x.mean()) / x.sd();
        }
        return s;
    }
}
