package org.tacerisk.app.figure;

import java.util.function.UnaryOperator;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.report.FigureWording;

/**
 * The words of the report figures and of the bundle's usual cohort and model names in the screen's language: the
 * core's {@link FigureWording} (the report's own vocabulary, so screen and report agree), and the screen's texts.
 */
final class FigureWords implements UnaryOperator<String> {

    private final FigureText text;
    private final FigureWording wording;

    FigureWords(FigureText text, java.util.Locale language) {
        this.text = text;
        this.wording = FigureWording.of(language);
    }

    @Override
    public String apply(String word) {
        return wording.apply(word);
    }

    /** A cohort's name for the reader ("train" → "Training"); an unusual name as the bundle writes it. */
    String cohort(String name) {
        return wording.cohort(name);
    }

    /** A model's name for the reader ("combined" → "Combined model"); others as the bundle writes them. */
    String model(String name) {
        return wording.model(name);
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
