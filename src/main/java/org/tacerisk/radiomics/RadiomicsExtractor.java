package org.tacerisk.radiomics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.Cancelled;
import org.tacerisk.common.Progress;
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
 *
 * <p>Progress: "processing the image" (interpolation, re-segmentation, discretisation: the first
 * {@value #PROCESSING} of the range), then one step per finished family ("glcm features"; with filtered image
 * types prefixed by the image type), fractions rising to 1. A cancel stops the processing between slices and
 * every family (and filter) at its next check, within about 100 ms, and the call throws {@link Cancelled}.
 */
public final class RadiomicsExtractor {

    /** Share of the progress range taken by the processing chain before the families run. */
    static final double PROCESSING = 0.1;

    private RadiomicsExtractor() {
    }

    /** Extracts the settings' families from {@link FamilyRegistry#all()}. */
    public static RadiomicsResult extract(Volume image, Mask mask, RadiomicsSettings settings) {
        return extract(image, mask, settings, Progress.NONE);
    }

    /**
     * As {@link #extract(Volume, Mask, RadiomicsSettings)}, reporting steps and fractions to {@code progress}.
     *
     * @throws Cancelled when {@code progress} is cancelled
     */
    public static RadiomicsResult extract(Volume image, Mask mask, RadiomicsSettings settings, Progress progress) {
        return extract(image, mask, settings, FamilyRegistry.all(), FilterRegistry::factory, progress);
    }

    /**
     * Extracts with the given calculators, keeping those whose family the settings ask for; filters come from
     * {@link FilterRegistry}.
     *
     * @throws org.tacerisk.common.BadInputException when the image, mask or settings cannot be used
     */
    public static RadiomicsResult extract(Volume image, Mask mask, RadiomicsSettings settings,
            List<FamilyCalculator> calculators) {
        return extract(image, mask, settings, calculators, FilterRegistry::factory, Progress.NONE);
    }

    /** As {@link #extract(Volume, Mask, RadiomicsSettings, List)} with another filter name → factory lookup. */
    public static RadiomicsResult extract(Volume image, Mask mask, RadiomicsSettings settings,
            List<FamilyCalculator> calculators, Function<String, FilterFactory> filters) {
        return extract(image, mask, settings, calculators, filters, Progress.NONE);
    }

    /**
     * The full form: calculators, filter lookup and progress.
     *
     * @throws Cancelled when {@code progress} is cancelled
     */
    public static RadiomicsResult extract(Volume image, Mask mask, RadiomicsSettings settings,
            List<FamilyCalculator> calculators, Function<String, FilterFactory> filters, Progress progress) {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(mask, "mask");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(progress, "progress");
        if (settings.pyradiomicsConventions()) {
            requirePyRadiomicsMinimum(mask, settings.pyradiomics());
            PyRadiomicsPreprocessing.Prepared prepared = PyRadiomicsPreprocessing.apply(image, mask, settings);
            image = prepared.image();
            mask = prepared.mask();
            // PyRadiomics' GLCM has one feature IBSI lacks; its values then get PyRadiomics' names and selection
            // and lacks some costly IBSI shape features, which are not computed then
            List<FamilyCalculator> withMcc = new ArrayList<>(calculators.stream().map(c -> c instanceof MorphologyFamily
                    ? MorphologyFamily.pyRadiomicsSubset() : c).toList());
            withMcc.add(new PyRadiomicsMcc());
            withMcc.add(new PyRadiomicsShape2D());
            calculators = withMcc;
        }
        RadiomicsResult result;
        if (!settings.imageTypes().filters().isEmpty() || !settings.imageTypes().original()) {
            result = FilteredExtraction.extract(image, mask, settings, calculators, filters, progress);
        } else {
            progress.report("processing the image", 0);
            ImageProcessor.Result processed = ImageProcessor.processWithDiagnostics(image, mask, settings, progress);
            List<FeatureValue> features = computeFamilies(processed.roi(), settings.families(),
                    settings.familyContext(), calculators, progress.slice(PROCESSING, 1), "");
            result = new RadiomicsResult(features, processed.diagnostics());
        }
        if (settings.pyradiomicsConventions()) {
            result = PyRadiomicsFeatures.apply(result, settings);
        }
        progress.report(result.features().size() + " feature values", 1);
        return result;
    }

    /**
     * PyRadiomics' checkMask limits on the input mask: at least minimumROIDimensions axes with more than one voxel
     * and at least minimumROISize voxels.
     */
    private static void requirePyRadiomicsMinimum(Mask mask, PyRadiomicsOptions options) {
        int[][] box = RoiChecks.boundingBox(mask);
        int dimensions = 0;
        for (int a = 0; a < 3; a++) {
            dimensions += box[1][a] > box[0][a] ? 1 : 0;
        }
        if (dimensions < options.minimumRoiDimensions()) {
            throw new BadInputException(null, "the ROI spans " + dimensions + " dimension(s), fewer than"
                    + " minimumROIDimensions " + options.minimumRoiDimensions() + " of the PyRadiomics settings");
        }
        int voxels = mask.count();
        if (options.minimumRoiSize() != null && voxels < options.minimumRoiSize()) {
            throw new BadInputException(null, "the ROI has " + voxels + " voxels, fewer than minimumROISize "
                    + options.minimumRoiSize() + " of the PyRadiomics settings");
        }
    }

    /**
     * The given families of one processed ROI, in parallel, in calculator-list order. Each finished family reports
     * "{@code stepPrefix}family features" with the share of families done.
     */
    static List<FeatureValue> computeFamilies(ProcessedRoi roi, Set<Family> families, FamilyContext context,
            List<FamilyCalculator> calculators, Progress progress, String stepPrefix) {
        List<FamilyCalculator> chosen = calculators.stream().filter(c -> families.contains(c.family())).toList();
        ParallelProgress parts = new ParallelProgress(progress, chosen.size());
        FamilyContext cancellable = context.withProgress(progress);
        // a parallel stream keeps encounter order in toList(), so the result order is the list order
        List<List<FeatureValue>> perFamily = IntStream.range(0, chosen.size()).parallel().mapToObj(c -> {
            List<FeatureValue> values = run(chosen.get(c), roi, cancellable);
            parts.part(c).report(stepPrefix + chosen.get(c).family().csvName() + " features", 1);
            return values;
        }).toList();
        List<FeatureValue> features = new ArrayList<>();
        perFamily.forEach(features::addAll);
        return features;
    }

    private static List<FeatureValue> run(FamilyCalculator calculator, ProcessedRoi roi, FamilyContext context) {
        context.progress().checkCancelled();
        try {
            return List.copyOf(calculator.compute(roi, context));
        } catch (Cancelled e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalStateException("feature family " + calculator.family() + " failed: " + e.getMessage(),
                    e);
        }
    }
}
