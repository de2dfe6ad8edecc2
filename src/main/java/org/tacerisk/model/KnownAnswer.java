package org.tacerisk.model;

import static org.tacerisk.model.ManifestChecks.finite;
import static org.tacerisk.model.ManifestChecks.invalid;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The bundle's known-answer case (schema 1.6, docs/model-bundle.md): a reference case's inputs and the probability
 * the writing software computed for it. {@link BundleVerification} recomputes it with this installation's code: a
 * build, a platform or a damaged installation that computes another risk from the same bundle fails the check
 * (to {@value #TOLERANCE}) before any patient is predicted.
 *
 * <p>The reference case is synthetic and made from the manifest alone ({@link #reference}): every raw feature of
 * the signatures at its training mean plus a fixed fraction of its sd (−0.4 to +0.4 in turn, so no term
 * vanishes), every other predictor of the combined model at the middle of its training range (integers rounded,
 * a log10 predictor at the geometric middle, a categorical predictor at its last level). It runs through the same
 * code as a patient: {@link Signature#scoreAll} and {@link BundlePredictor#predict}.
 *
 * @param features    raw feature name → value (the signatures' inputs)
 * @param inputs      predictor id → value as entered, for every predictor of the combined model that is not a
 *                    signature score
 * @param probability the combined model's probability for this case
 */
public record KnownAnswer(Map<String, Double> features, Map<String, Double> inputs, Double probability) {

    /** The largest difference from the stored probability that passes. */
    public static final double TOLERANCE = 1e-9;
    private static final double[] SD_FRACTIONS = {-0.4, -0.2, 0.0, 0.2, 0.4};

    public KnownAnswer {
        features = sorted("knownAnswer.features", features);
        inputs = sorted("knownAnswer.inputs", inputs);
        finite("knownAnswer.probability", probability);
        if (probability < 0 || probability > 1) {
            throw invalid("knownAnswer.probability", "must be in [0, 1]");
        }
    }

    /** The synthetic reference case of {@code manifest} with the probability this code computes for it. */
    public static KnownAnswer reference(BundleManifest manifest) {
        Set<String> scoreNames = manifest.signatures().stream().map(Signature::name).collect(Collectors.toSet());
        Map<String, Double> features = new LinkedHashMap<>();
        int k = 0;
        for (Signature s : manifest.signatures()) {
            for (Signature.Feature f : s.features()) {
                if (!scoreNames.contains(f.name()) && !features.containsKey(f.name())) {
                    features.put(f.name(), f.mean() + SD_FRACTIONS[k++ % SD_FRACTIONS.length] * f.sd());
                }
            }
        }
        Map<String, Double> inputs = new LinkedHashMap<>();
        for (PredictorSpecification p : BundlePredictor.of(manifest).predictors()) {
            if (p.source() != PredictorSpecification.Source.MODEL_SCORE) {
                inputs.put(p.id(), middle(p));
            }
        }
        return new KnownAnswer(features, inputs, probability(manifest, features, inputs));
    }

    /** The probability this installation computes for the stored case. */
    public double recompute(BundleManifest manifest) {
        return probability(manifest, features, inputs);
    }

    private static double probability(BundleManifest manifest, Map<String, Double> features,
            Map<String, Double> inputs) {
        Map<String, Double> scores = Signature.scoreAll(manifest.signatures(), features);
        Map<String, Double> values = new HashMap<>(inputs);
        for (Signature s : manifest.signatures()) {
            if (s.predictor() != null) {
                values.put(s.predictor(), scores.get(s.name()));
            }
        }
        return BundlePredictor.of(manifest).predict(values).probability();
    }

    private static double middle(PredictorSpecification p) {
        if (p.categorical()) {
            List<PredictorSpecification.Level> levels = p.levels();
            return levels.get(levels.size() - 1).value();
        }
        double lo = p.trainingMin();
        double hi = p.trainingMax();
        double mid = p.transform() == PredictorSpecification.Transform.LOG10 ? Math.sqrt(lo * hi) : (lo + hi) / 2;
        if (p.type() == PredictorSpecification.Type.INTEGER) {
            mid = Math.min(hi, Math.max(lo, Math.rint(mid)));
        }
        return mid;
    }

    private static Map<String, Double> sorted(String field, Map<String, Double> values) {
        Map<String, Double> out = new TreeMap<>();
        if (values != null) {
            for (Map.Entry<String, Double> e : values.entrySet()) {
                out.put(e.getKey(), finite(field + "[" + e.getKey() + "]", e.getValue()));
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
