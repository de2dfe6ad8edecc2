package org.tacerisk.cohort.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tacerisk.cohort.CohortManifest;
import org.tacerisk.common.BadInputException;
import org.tacerisk.stats.DataTable;

/**
 * The features table must describe the manifest's patients: a feature row of a patient the manifest does not list
 * (a table extracted from another or a larger manifest) would be trained on without anyone having chosen it, and a
 * row whose cohort differs from the manifest's would move a test patient into training. Both are refused, naming
 * the first patients and the count.
 */
final class ManifestMatch {

    /** How many patient ids a message names before "and N more". */
    static final int NAMED = 5;

    private ManifestMatch() {
    }

    static void check(DataTable features, CohortManifest manifest) {
        Map<String, String> cohortOf = new HashMap<>();
        for (CohortManifest.Row r : manifest.rows()) {
            cohortOf.put(r.patientId(), r.cohort().label());
        }
        List<String> unknown = new ArrayList<>();
        List<String> moved = new ArrayList<>();
        for (int i = 0; i < features.rowCount(); i++) {
            String id = features.text(i, CohortTrainer.ID);
            String cohort = cohortOf.get(id);
            if (cohort == null) {
                unknown.add(id);
            } else if (!cohort.equals(features.text(i, CohortTrainer.COHORT))) {
                moved.add(id + " (" + features.text(i, CohortTrainer.COHORT) + " in the features, " + cohort
                        + " in the manifest)");
            }
        }
        if (!unknown.isEmpty()) {
            throw new BadInputException(features.source(), "the features table has " + count(unknown, "patient")
                    + " that the manifest " + manifest.source() + " does not list (or lists on an invalid row): "
                    + named(unknown) + "; train on the features extracted from this manifest, or give the manifest"
                    + " they were extracted from");
        }
        if (!moved.isEmpty()) {
            throw new BadInputException(features.source(), "the features table puts " + count(moved, "patient")
                    + " in another cohort than the manifest " + manifest.source() + ": " + named(moved)
                    + "; extract the features again from this manifest");
        }
    }

    private static String count(List<String> items, String noun) {
        return items.size() + " " + noun + (items.size() == 1 ? "" : "s");
    }

    /** The first {@value #NAMED}, then "and N more". */
    static String named(List<String> items) {
        String first = String.join(", ", items.subList(0, Math.min(NAMED, items.size())));
        return items.size() <= NAMED ? first : first + " and " + (items.size() - NAMED) + " more";
    }
}
