package org.tacerisk.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * The LASSO reference set of {@code ../shared/reference/stats} (README §6): the train cohort of
 * {@code data/hcc_synth.csv} with the 24 predictors in R's column order, and the glmnet 4.1-6 output files.
 * Tests using it are skipped when the shared folder is absent.
 */
final class LassoReferenceData {

    static final List<String> PREDICTORS;

    static {
        List<String> names = new ArrayList<>(List.of("dlr_score", "tumor_size_cm", "nodules", "log10_afp"));
        for (int k = 1; k <= 20; k++) {
            names.add(String.format("noise%02d", k));
        }
        PREDICTORS = List.copyOf(names);
    }

    final double[][] x;
    final double[] y;
    final int[] foldid;

    private LassoReferenceData(double[][] x, double[] y, int[] foldid) {
        this.x = x;
        this.y = y;
        this.foldid = foldid;
    }

    /** The synthetic HCC cohort under ../shared, for tests that check it is there. */
    static final String COHORT = "reference/stats/data/hcc_synth.csv";

    /** The train cohort (266 rows), or a skipped test when the reference data is absent. */
    static LassoReferenceData trainCohort() {
        DataTable all = StatsReference.table("data/hcc_synth.csv");
        List<Integer> train = new ArrayList<>();
        for (int r = 0; r < all.rowCount(); r++) {
            if (all.text(r, "cohort").equals("train")) {
                train.add(r);
            }
        }
        DataTable t = all.select(train.stream().mapToInt(Integer::intValue).toArray());
        double[][] x = new double[PREDICTORS.size()][];
        for (int j = 0; j < x.length; j++) {
            x[j] = t.numeric(PREDICTORS.get(j));
        }
        double[] fold = t.numeric("foldid");
        int[] foldid = new int[fold.length];
        for (int i = 0; i < fold.length; i++) {
            foldid[i] = (int) fold[i];
        }
        return new LassoReferenceData(x, t.numeric("metastasis"), foldid);
    }

    /** A file of {@code reference/stats/lasso/}. */
    static DataTable lasso(String file) {
        return StatsReference.table("lasso/" + file);
    }
}
