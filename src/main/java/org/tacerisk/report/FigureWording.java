package org.tacerisk.report;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The figures' words in one language: {@code report.figure} draws its axis titles and legends in English, and
 * {@link org.tacerisk.report.figure.Plot#relabel} passes each through {@link #apply}, so the report, the exported
 * figures and the workstation show the same drawing in the reader's language. A word the figures gain later and this
 * map does not know stays English.
 */
public final class FigureWording implements UnaryOperator<String> {

    private static final Map<String, String> FIGURE_KEYS = Map.ofEntries(
            Map.entry("Predicted probability", "figure.word.predicted"),
            Map.entry("Observed proportion", "figure.word.observed"),
            Map.entry("Ideal", "figure.word.ideal"),
            Map.entry("Apparent", "figure.word.apparent"),
            Map.entry("Bias-corrected", "figure.word.biasCorrected"),
            Map.entry("Grouped observed (95% CI)", "figure.word.grouped"),
            Map.entry("Threshold probability", "figure.word.threshold"),
            Map.entry("Net benefit", "figure.word.netBenefit"),
            Map.entry("Treat none", "figure.word.treatNone"),
            Map.entry("Treat all", "figure.word.treatAll"),
            Map.entry("1 \u2212 Specificity (false-positive rate)", "figure.word.fpr"),
            Map.entry("Sensitivity (true-positive rate)", "figure.word.tpr"),
            Map.entry("Chance", "figure.word.chance"));
    private static final Set<String> COHORTS = Set.of("train", "test", "external");
    private static final Set<String> MODELS = Set.of("combined", "rad", "dl", "dlr", "clinical");

    private final ReportText text;

    private FigureWording(ReportText text) {
        this.text = text;
    }

    /** English, or Simplified Chinese for a {@code zh} locale (as {@link ReportText#of}). */
    public static FigureWording of(Locale language) {
        return new FigureWording(ReportText.of(language));
    }

    static FigureWording of(ReportText text) {
        return new FigureWording(text);
    }

    @Override
    public String apply(String word) {
        String key = word == null ? null : FIGURE_KEYS.get(word);
        return key == null ? word : text.get(key);
    }

    /** A cohort's name for the reader ("train" → "Training"); an unusual name as the bundle writes it. */
    public String cohort(String name) {
        return COHORTS.contains(name) ? text.get("figure.cohort." + name) : name;
    }

    /** A model's name for the reader ("combined" → "Combined model"); others as the bundle writes them. */
    public String model(String name) {
        return MODELS.contains(name) ? text.get("figure.model." + name) : name;
    }
}
