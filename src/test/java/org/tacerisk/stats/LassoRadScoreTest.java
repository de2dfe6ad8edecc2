package org.tacerisk.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tacerisk.common.BadInputException;
import org.tacerisk.testsupport.SharedData;

/** The Rad-score of the deviance λ_1se signature, scored on the test and external cohorts. */
class LassoRadScoreTest {

    private static final List<String> TERMS = LassoReferenceData.PREDICTORS;

    @Test
    void scoresNewRowsWithGlmnetsCoefficients() throws IOException {
        LassoReferenceData train = LassoReferenceData.trainCohort();
        LassoPath fit = LassoLogistic.fit(train.x, train.y, TERMS, LassoOptions.glmnetDefaults());
        double lambda1se = LassoReferenceData.lasso("cv_summary.csv").numeric("lambda_1se")[0];
        RadScore score = RadScore.from(fit, lambda1se);

        double[] r = LassoReferenceData.lasso("coef_selected.csv").numeric("dev_lambda_1se");
        List<String> selected = new ArrayList<>();
        for (int j = 0; j < TERMS.size(); j++) {
            if (r[j + 1] != 0) {
                selected.add(TERMS.get(j));
            }
        }
        assertEquals(selected, score.features(), "the features glmnet selected, in predictor order");
        assertEquals(r[0], score.intercept(), 1e-10);

        DataTable all = DataTable.read(SharedData.require("reference/stats/data/hcc_synth.csv"));
        double[] scores = score.score(all);
        int checked = 0;
        for (int i = 0; i < all.rowCount(); i++) {
            if (all.text(i, "cohort").equals("train")) {
                continue;
            }
            double expected = r[0];
            Map<String, Double> row = new HashMap<>();
            for (int j = 0; j < TERMS.size(); j++) {
                double v = Double.parseDouble(all.text(i, TERMS.get(j)));
                expected += r[j + 1] * v;
                row.put(TERMS.get(j), v);
            }
            assertEquals(expected, scores[i], 1e-9, "row " + (i + 1));
            assertEquals(scores[i], score.score(row), 1e-12);
            checked++;
        }
        assertEquals(209, checked, "test (114) and external (95) rows");
    }

    @Test
    void missingValuesAndColumns() {
        LassoCoefficients coef = new LassoCoefficients(0.1, -1.0, new double[] {2.0, 0.0}, List.of("a", "b"));
        RadScore score = RadScore.from(coef);
        assertEquals(List.of("a"), score.features());
        assertEquals(0.0, score.weight("b"));
        DataTable table = DataTable.of(List.of("a", "b"), List.of(new String[] {"1.5", "NA"},
                new String[] {"NA", "2"}));
        double[] s = score.score(table);
        assertEquals(2.0, s[0], 0.0, "b is not selected, so its NA does not matter");
        assertTrue(Double.isNaN(s[1]));
        assertThrows(BadInputException.class, () -> score.score(DataTable.of(List.of("b"), List.of())));
        assertThrows(IllegalArgumentException.class, () -> score.score(Map.of("b", 1.0)));
        assertEquals(List.of("(Intercept)", "a"), List.copyOf(score.asMap().keySet()));
    }
}
