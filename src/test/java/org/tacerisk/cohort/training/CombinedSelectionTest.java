package org.tacerisk.cohort.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacerisk.stats.DataTable;
import org.tacerisk.stats.PredictorSpec;
import org.tacerisk.testsupport.ReferenceCsv;

/**
 * Issue 11 E, the combined model's step: clinical predictors that are not significant next to the DLR score leave
 * the combined model (backward, largest p first) unless forced. Data: MASS::birthwt with lwt in the DLR score's
 * place; the first model is then R's glm(low ~ age + lwt + smoke + ht + ui + ptl) of
 * {@code reference/stats/glm/birthwt_coef.csv}, in which age has p = 0.222 (the largest) and smoke 0.109, ui 0.107,
 * ptl 0.089, ht 0.0066.
 */
class CombinedSelectionTest {

    private static final PredictorSpec DLR = PredictorSpec.identity("lwt");
    private static final List<String> CLINICAL = List.of("age", "smoke", "ht", "ui", "ptl");

    private static ClinicalSelection selected(List<String> forced) {
        List<PredictorSpec> specs = CLINICAL.stream().map(PredictorSpec::identity).toList();
        return new ClinicalSelection(specs, specs, forced.stream().map(PredictorSpec::identity).toList(), specs, null,
                List.of());
    }

    private static DataTable birthwt() {
        return ReferenceCsv.require("reference/stats/data/birthwt.csv").table();
    }

    @Test
    void aClinicalPredictorNotSignificantWithTheDlrScoreLeavesTheCombinedModel() {
        CombinedSelection s = CombinedSelection.backward(birthwt(), "low", DLR, selected(List.of()), 0.15);
        assertEquals(List.of("age"), s.dropped().stream().map(PredictorSpec::column).toList());
        assertEquals(List.of("smoke", "ht", "ui", "ptl"), s.kept().stream().map(PredictorSpec::column).toList());
        assertEquals(List.of("age is left out of the combined model: with the DLR score its p is 0.222 (not below"
                + " 0.15); it stays in the clinical model"), s.notes());
    }

    @Test
    void theLeastSignificantGoesFirst() {
        CombinedSelection s = CombinedSelection.backward(birthwt(), "low", DLR, selected(List.of()), 0.05);
        assertEquals("age", s.dropped().get(0).column(), "age has the largest p (0.222) in R's model");
        assertTrue(s.kept().stream().anyMatch(p -> p.column().equals("ht")), "ht (p = 0.0066) stays");
    }

    @Test
    void aForcedPredictorStays() {
        CombinedSelection s = CombinedSelection.backward(birthwt(), "low", DLR, selected(List.of("age")), 0.15);
        assertEquals(List.of(), s.dropped());
        assertEquals(CLINICAL, s.kept().stream().map(PredictorSpec::column).toList());
    }
}
