package org.tacerisk.app.figure;

import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.tacerisk.model.BundleManifest;

/**
 * The words of the report figures (written in English by {@code report.figure}) and of the bundle's usual cohort and
 * model names, in the screen's language: {@link org.tacerisk.report.figure.Plot#relabel} passes every axis label and
 * legend through {@link #apply}. A word the figures gain later and this map does not know stays English.
 */
final class FigureWords implements UnaryOperator<String> {

    private static final Map<String, String> FIGURE_KEYS = Map.ofEntries(
            Map.entry("Predicted probability", "modelFigures.word.predicted"),
            Map.entry("Observed proportion", "modelFigures.word.observed"),
            Map.entry("Ideal", "modelFigures.word.ideal"),
            Map.entry("Apparent", "modelFigures.word.apparent"),
            Map.entry("Bias-corrected", "modelFigures.word.biasCorrected"),
            Map.entry("Grouped observed (95% CI)", "modelFigures.word.grouped"),
            Map.entry("Threshold probability", "modelFigures.word.threshold"),
            Map.entry("Net benefit", "modelFigures.word.netBenefit"),
            Map.entry("Treat none", "modelFigures.word.treatNone"),
            Map.entry("Treat all", "modelFigures.word.treatAll"),
            Map.entry("1 \u2212 Specificity (false-positive rate)", "modelFigures.word.fpr"),
            Map.entry("Sensitivity (true-positive rate)", "modelFigures.word.tpr"),
            Map.entry("Chance", "modelFigures.word.chance"));
    private static final Set<String> COHORTS = Set.of("train", "test", "external");
    private static final Set<String> MODELS = Set.of("combined", "rad", "dl", "dlr", "clinical");

    private final FigureText text;

    FigureWords(FigureText text) {
        this.text = text;
    }

    @Override
    public String apply(String word) {
        String key = word == null ? null : FIGURE_KEYS.get(word);
        return key == null ? word : text.get(key);
    }

    /** A cohort's name for the reader ("train" → "Training"); an unusual name as the bundle writes it. */
    String cohort(String name) {
        return COHORTS.contains(name) ? text.get("modelFigures.cohort." + name) : name;
    }

    /** A model's name for the reader ("combined" → "Combined model"); others as the bundle writes them. */
    String model(String name) {
        return MODELS.contains(name) ? text.get("modelFigures.model." + name) : name;
    }

    /** The bundle's banner: the standard SYNTHETIC label translated, a bundle's own label as written. */
    String syntheticLabel(BundleManifest m) {
        return org.tacerisk.model.BundleTrust.labelIn(m.label(), text.get("bundle.researchLabel"),
                text.get("bundle.syntheticLabel"));
    }

    String get(String key, Object... args) {
        return text.get(key, args);
    }
}
