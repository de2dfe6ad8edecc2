package org.tacerisk.casefile;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tacerisk.common.BadInputException;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.model.EntryUnit;
import org.tacerisk.model.PredictorSpecification;
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

    /**
     * The entered values as step 2 takes them (predictor id → value in the predictor's own unit): a value typed in
     * another unit (AFP in IU/mL) is converted from its text by {@link EntryUnit}, exactly as the form converted it;
     * a level code or a value of a predictor the manifest does not have is passed on as saved.
     *
     * @throws BadInputException when a value's unit cannot be converted to its predictor's unit
     */
    public Map<String, Double> enteredInPredictorUnits(BundleManifest manifest) {
        Map<String, Double> entered = new LinkedHashMap<>();
        for (EnteredValue v : values) {
            PredictorSpecification p = manifest.predictor(v.predictorId());
            if (p == null || p.categorical() || v.unit().equals(p.unit())) {
                entered.put(v.predictorId(), v.value());
            } else {
                EntryUnit unit = EntryUnit.choicesFor(p.unit()).stream().filter(u -> u.name().equals(v.unit()))
                        .findFirst().orElseThrow(() -> new BadInputException(null, "the case gives "
                                + v.predictorId() + " in " + v.unit() + ", which cannot be converted to " + p.unit()));
                entered.put(v.predictorId(), unit.toPredictorUnit(v.text().strip()));
            }
        }
        return entered;
    }
}
