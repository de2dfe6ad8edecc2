package org.tacerisk.casefile;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tacerisk.predict.CaseMeasurement;

/**
 * What a case file holds besides the mask (docs/case-file.md): everything the workstation needs to show the case
 * again without recomputing it.
 *
 * @param created     when the case was first saved (kept across saves)
 * @param series      the CT series the mask was drawn on
 * @param values      the clinical values as entered, in entry order, one per predictor
 * @param bundle      the bundle that computed {@code measurement} and {@code result}
 * @param measurement step 1 of the prediction (features, signature scores, size), or null when not computed
 * @param result      the prediction shown, or null when not computed
 */
public record CaseContents(Instant created, SeriesLocation series, List<EnteredValue> values, BundleIdentity bundle,
        CaseMeasurement measurement, CaseResult result) {

    public CaseContents {
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(bundle, "bundle");
        values = List.copyOf(values);
        Set<String> ids = new HashSet<>();
        for (EnteredValue v : values) {
            if (!ids.add(v.predictorId())) {
                throw new IllegalArgumentException("two entered values for " + v.predictorId());
            }
        }
    }
}
