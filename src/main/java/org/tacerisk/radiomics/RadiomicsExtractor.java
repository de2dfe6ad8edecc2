package org.tacerisk.radiomics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Volume;

/**
 * One call from an image and its ROI to IBSI-1 feature values: {@link ImageProcessor} builds the processed ROI once,
 * then the families in the settings run in parallel on it (they only read it). The output order is the order of
 * the calculator list, whatever order the threads finish in, so two runs give identical lists. No static mutable
 * state: concurrent extractions in one JVM do not influence each other.
 */
public final class RadiomicsExtractor {

    private RadiomicsExtractor() {
    }

    /** Extracts the settings' families from {@link FamilyRegistry#all()}. */
    public static RadiomicsResult extract(Volume image, Mask mask, RadiomicsSettings settings) {
        return extract(image, mask, settings, FamilyRegistry.all());
    }

    /**
     * Extracts with the given calculators, keeping those whose family the settings ask for.
     *
     * @throws org.tacerisk.common.BadInputException when the image, mask or settings cannot be used
     */
    public static RadiomicsResult extract(Volume image, Mask mask, RadiomicsSettings settings,
            List<FamilyCalculator> calculators) {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(mask, "mask");
        Objects.requireNonNull(settings, "settings");
        ImageProcessor.Result processed = ImageProcessor.processWithDiagnostics(image, mask, settings);
        FamilyContext context = settings.familyContext();
        List<FamilyCalculator> chosen = calculators.stream()
                .filter(c -> settings.families().contains(c.family())).toList();
        // a parallel stream keeps encounter order in toList(), so the result order is the list order
        List<List<FeatureValue>> perFamily = chosen.parallelStream()
                .map(c -> run(c, processed.roi(), context)).toList();
        List<FeatureValue> features = new ArrayList<>();
        perFamily.forEach(features::addAll);
        return new RadiomicsResult(features, processed.diagnostics());
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
