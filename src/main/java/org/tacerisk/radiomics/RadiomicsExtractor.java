package org.tacerisk.radiomics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Volume;
import org.tacerisk.radiomics.filter.FilterFactory;
import org.tacerisk.radiomics.filter.FilterRegistry;

/**
 * One call from an image and its ROI to feature values: {@link ImageProcessor} builds the processed ROI once,
 * then the families in the settings run in parallel on it (they only read it). With filtered image types
 * ({@link ImageTypes}) the IBSI-2 chain of {@link FilteredExtraction} runs instead: the same processed ROI, plus
 * one response map per filter whose values carry the filter's image type. The output order is the order of the
 * calculator list (original image first, then the filters in the settings' order), whatever order the threads
 * finish in, so two runs give identical lists. No static mutable state: concurrent extractions in one JVM do not
 * influence each other.
 */
public final class RadiomicsExtractor {

    private RadiomicsExtractor() {
    }

    /** Extracts the settings' families from {@link FamilyRegistry#all()}. */
    public static RadiomicsResult extract(Volume image, Mask mask, RadiomicsSettings settings) {
        return extract(image, mask, settings, FamilyRegistry.all());
    }

    /**
     * Extracts with the given calculators, keeping those whose family the settings ask for; filters come from
     * {@link FilterRegistry}.
     *
     * @throws org.tacerisk.common.BadInputException when the image, mask or settings cannot be used
     */
    public static RadiomicsResult extract(Volume image, Mask mask, RadiomicsSettings settings,
            List<FamilyCalculator> calculators) {
        return extract(image, mask, settings, calculators, FilterRegistry::factory);
    }

    /** As {@link #extract(Volume, Mask, RadiomicsSettings, List)} with another filter name → factory lookup. */
    public static RadiomicsResult extract(Volume image, Mask mask, RadiomicsSettings settings,
            List<FamilyCalculator> calculators, Function<String, FilterFactory> filters) {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(mask, "mask");
        Objects.requireNonNull(settings, "settings");
        if (!settings.imageTypes().filters().isEmpty() || !settings.imageTypes().original()) {
            return FilteredExtraction.extract(image, mask, settings, calculators, filters);
        }
        ImageProcessor.Result processed = ImageProcessor.processWithDiagnostics(image, mask, settings);
        List<FeatureValue> features = computeFamilies(processed.roi(), settings.families(),
                settings.familyContext(), calculators);
        return new RadiomicsResult(features, processed.diagnostics());
    }

    /** The given families of one processed ROI, in parallel, in calculator-list order. */
    static List<FeatureValue> computeFamilies(ProcessedRoi roi, Set<Family> families, FamilyContext context,
            List<FamilyCalculator> calculators) {
        List<FamilyCalculator> chosen = calculators.stream().filter(c -> families.contains(c.family())).toList();
        // a parallel stream keeps encounter order in toList(), so the result order is the list order
        List<List<FeatureValue>> perFamily = chosen.parallelStream().map(c -> run(c, roi, context)).toList();
        List<FeatureValue> features = new ArrayList<>();
        perFamily.forEach(features::addAll);
        return features;
    }

    private static List<FeatureValue> run(FamilyCalculator calculator, ProcessedRoi roi, FamilyContext context) {
        try {
            return List.copyOf(calculator.compute(roi, context));
        } catch (RuntimeException e) {
            throw new IllegalStateException("feature family " + calculator.family() + " failed: " + e.getMessage(),
                    e);
        }
    }
}
