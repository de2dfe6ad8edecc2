package org.tacerisk.stats;

import java.util.List;

/**
 * The two models of {@code reference/stats/validate} (README §7): {@code lrm(metastasis ~ dlr_score +
 * tumor_size_cm + nodules + log10_afp)} on the hcc train cohort and {@code lrm(low ~ age + lwt + smoke + ht + ui +
 * ptl)} on birthwt, as model frames, with R's seed {@code set.seed(20251116)} runs and seed spreads.
 */
final class ValidateReference {

    /** B of every reference run. */
    static final int B = 200;
    /** The seed of our own runs (SplittableRandom; R's draws cannot be reproduced, so any fixed seed will do). */
    static final long SEED = 20251116L;
    /** Monte-Carlo tolerance: the seed-spread mean ± this many seed-spread SDs (README §7). */
    static final double SPREAD_SDS = 4;

    static final List<String> DATASETS = List.of("hcc", "birthwt");

    private ValidateReference() {
    }

    static ModelFrame frame(String dataset) {
        if (dataset.equals("hcc")) {
            DataTable train = RowSelection.where(StatsReference.table("data/hcc_synth.csv"), List.of("cohort=train"));
            return ModelFrame.build(train, "metastasis",
                    PredictorSpec.parseList("dlr_score,tumor_size_cm,nodules,log10_afp"));
        }
        return ModelFrame.build(StatsReference.table("data/birthwt.csv"), "low",
                PredictorSpec.parseList("age,lwt,smoke,ht,ui,ptl"));
    }

    static DataTable file(String dataset, String suffix) {
        return StatsReference.table("validate/" + dataset + "_" + suffix + ".csv");
    }
}
