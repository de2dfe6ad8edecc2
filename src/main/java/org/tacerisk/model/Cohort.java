package org.tacerisk.model;

import static org.tacerisk.model.ManifestChecks.count;
import static org.tacerisk.model.ManifestChecks.invalid;

import java.util.List;

/**
 * A cohort the model was developed or validated on.
 *
 * @param name        short identifier used by calibration, DCA and performance rows, e.g. "train", "external"
 * @param n           patients
 * @param events      patients with the outcome (metastasis)
 * @param centres     contributing centres (names or codes, no patient data)
 * @param dates       inclusion period as text, e.g. "2015-01 to 2019-12"
 * @param description who was included, in words
 */
public record Cohort(String name, Integer n, Integer events, List<String> centres, String dates, String description) {

    public Cohort {
        ManifestChecks.id("cohorts[].name", name);
        String f = "cohorts[" + name + "].";
        count(f + "n", n);
        count(f + "events", events);
        if (events > n) {
            throw invalid(f + "events", "cannot exceed n (" + events + " > " + n + ")");
        }
        centres = ManifestChecks.list(f + "centres", centres);
        dates = dates == null ? "" : dates;
        description = description == null ? "" : description;
    }
}
