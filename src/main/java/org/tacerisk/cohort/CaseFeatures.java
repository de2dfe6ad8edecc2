package org.tacerisk.cohort;

import java.util.List;

/**
 * One patient's feature values as named output columns (radiomics, then deep), in extraction order.
 *
 * @param names  column names (see {@link org.tacerisk.features.FeatureNames})
 * @param values one per name; NaN where the feature is undefined for this tumour
 */
record CaseFeatures(String patientId, List<String> names, double[] values) {

    CaseFeatures {
        names = List.copyOf(names);
        if (names.size() != values.length) {
            throw new IllegalArgumentException(names.size() + " names but " + values.length + " values");
        }
    }
}
