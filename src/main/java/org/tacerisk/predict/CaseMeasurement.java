package org.tacerisk.predict;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Step 1 of a prediction: what the image and the tumour outline give, the expensive part (radiomics, the deep
 * model, seconds). A case file stores it, so that reopening a case or editing a clinical value never recomputes it;
 * step 2 ({@link CasePredictor#predict(CaseMeasurement, Map)}) turns it and the entered values into the prediction.
 * It names the bundle it was measured for: features are only comparable under the same settings and deep model.
 *
 * @param bundleName       the bundle's name
 * @param bundleVersion    the bundle's version
 * @param manifestSha256   the SHA-256 of the bundle's manifest (what exactly measured it)
 * @param features         feature column → value, in training-table order (radiomics, then deep)
 * @param signatureScores  signature name → score (rad, dl, dlr, ...)
 * @param measuredSizeCm   the mask's maximum 3D diameter in cm
 * @param volumeMl         the mask's volume in mL
 * @param spacingMm        the CT's voxel spacing (x, y, z) in mm, for the training-spacing check
 */
public record CaseMeasurement(String bundleName, String bundleVersion, String manifestSha256,
        Map<String, Double> features, Map<String, Double> signatureScores, double measuredSizeCm, double volumeMl,
        List<Double> spacingMm) {

    public CaseMeasurement {
        features = Collections.unmodifiableMap(new LinkedHashMap<>(features));
        signatureScores = Collections.unmodifiableMap(new LinkedHashMap<>(signatureScores));
        spacingMm = List.copyOf(spacingMm);
        if (spacingMm.size() != 3) {
            throw new IllegalArgumentException("spacing needs x, y and z, got " + spacingMm);
        }
    }

    double[] spacing() {
        return new double[] {spacingMm.get(0), spacingMm.get(1), spacingMm.get(2)};
    }
}
