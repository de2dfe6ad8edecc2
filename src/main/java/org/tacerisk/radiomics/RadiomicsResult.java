package org.tacerisk.radiomics;

import java.util.List;
import java.util.Objects;

/**
 * Feature values of one ROI with the processing diagnostics they were computed from.
 *
 * @param features    values in a fixed order: families in the order of the calculator list, each family's values in
 *                    the order it returns them
 * @param diagnostics what the processing chain did
 */
public record RadiomicsResult(List<FeatureValue> features, ProcessingDiagnostics diagnostics) {

    public RadiomicsResult {
        features = List.copyOf(features);
        Objects.requireNonNull(diagnostics, "diagnostics");
    }
}
