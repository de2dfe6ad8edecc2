package org.tacerisk.radiomics;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Feature values of one ROI with the processing diagnostics they were computed from.
 *
 * @param features    values in a fixed order: image types in the settings' order (original first), within each the
 *                    families in the order of the calculator list, each family's values in the order it returns
 *                    them; {@link FeatureValue#imageType()} tells the image types apart
 * @param diagnostics what the processing chain did (shared by all image types: filtering happens after it)
 */
public record RadiomicsResult(List<FeatureValue> features, ProcessingDiagnostics diagnostics) {

    public RadiomicsResult {
        features = List.copyOf(features);
        Objects.requireNonNull(diagnostics, "diagnostics");
    }

    /** The image types present, in output order. */
    public List<String> imageTypes() {
        LinkedHashSet<String> types = new LinkedHashSet<>();
        features.forEach(f -> types.add(f.imageType()));
        return List.copyOf(types);
    }

    /** The values of one image type ({@link FeatureValue#ORIGINAL} or a filter's image-type name), in order. */
    public List<FeatureValue> features(String imageType) {
        return features.stream().filter(f -> f.imageType().equals(imageType)).toList();
    }
}
