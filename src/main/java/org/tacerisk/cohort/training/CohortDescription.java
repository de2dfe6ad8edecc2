package org.tacerisk.cohort.training;

import java.util.List;
import java.util.Set;

/**
 * What the bundle says about one cohort beyond its counts (the {@code cohorts:} block of the training settings):
 * the contributing centres, the inclusion period and who was included. Never patient data.
 *
 * @param centres     centre names or codes; empty when not given
 * @param dates       inclusion period as text, e.g. "2015-01 to 2019-12"; null when not given
 * @param description who was included, in words; null when not given
 */
public record CohortDescription(List<String> centres, String dates, String description) {

    static final Set<String> KEYS = Set.of("centres", "dates", "description");

    public CohortDescription {
        centres = centres == null ? List.of() : List.copyOf(centres);
    }
}
