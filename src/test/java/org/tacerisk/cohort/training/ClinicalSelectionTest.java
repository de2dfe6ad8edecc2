package org.tacerisk.cohort.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacerisk.stats.DataTable;
import org.tacerisk.stats.PredictorSpec;
import org.tacerisk.stats.PredictorTable;
import org.tacerisk.testsupport.ReferenceCsv;

/**
 * Issue 11 E: the clinical selection keeps the predictors that stay significant in the multivariable model, unless
 * the settings force one. Data: MASS::birthwt, whose multivariable glm(low ~ age + lwt + smoke + ht + ui + ptl) R
 * fitted for {@code ../shared/reference/stats/glm/birthwt_coef.csv}. At p &lt; 0.15 all six pass univariably, so
 * the multivariable model is exactly R's, and R's p-values decide: age (p = 0.222) is dropped, lwt 0.031, smoke
 * 0.109, ht 0.0066, ui 0.107, ptl 0.089 are kept.
 */
class ClinicalSelectionTest {

    private static final List<String> COLUMNS = List.of("age", "lwt", "smoke", "ht", "ui", "ptl");

    private static TrainingConfig config(String force) {
        return TrainingConfig.parse("clinical: {p: 0.15, force: [" + force + "]}\n", null);
    }

    @Test
    void keepsOnlyThePredictorsSignificantInTheMultivariableModel() {
        DataTable birthwt = ReferenceCsv.require("reference/stats/data/birthwt.csv").table();
        DataTable r = ReferenceCsv.require("reference/stats/glm/birthwt_coef.csv").table();
        ClinicalSelection s = ClinicalSelection.select(birthwt, "low", COLUMNS, config(""));
        assertEquals(COLUMNS, s.univariable().stream().map(PredictorSpec::column).toList(),
                "every candidate passes univariably, so the multivariable model is R's");
        for (int i = 0; i < r.rowCount(); i++) {
            String term = r.text(i, "term");
            if (term.equals("(Intercept)")) {
                continue;
            }
            PredictorTable.Row row = s.table().rows().stream().filter(x -> x.predictor().equals(term)).findFirst()
                    .orElseThrow();
            double expected = r.numeric("p_value_tight")[i];
            assertEquals(expected, row.multivariable().p(), 1e-6 * expected, term);
        }
        assertEquals(List.of("lwt", "smoke", "ht", "ui", "ptl"), s.selected().stream().map(PredictorSpec::column)
                .toList(), "age (multivariable p 0.222 >= 0.15) is not kept");
        assertEquals(List.of(), s.forced());
    }

    @Test
    void aForcedPredictorIsKeptAndReportedAsForced() {
        DataTable birthwt = ReferenceCsv.require("reference/stats/data/birthwt.csv").table();
        ClinicalSelection s = ClinicalSelection.select(birthwt, "low", COLUMNS, config("age"));
        assertEquals(COLUMNS, s.selected().stream().map(PredictorSpec::column).toList());
        assertEquals(List.of("age"), s.forced().stream().map(PredictorSpec::column).toList());
        assertTrue(s.notes().contains("age is forced into the clinical and combined models (clinical.force): its"
                + " multivariable p is 0.222, it would not have been kept at p < 0.15"), s.notes().toString());
    }

    @Test
    void aForcedPredictorEntersTheMultivariableModelEvenWhenNotUnivariablySignificant() {
        DataTable birthwt = ReferenceCsv.require("reference/stats/data/birthwt.csv").table();
        TrainingConfig strict = TrainingConfig.parse("clinical: {p: 0.001, force: [lwt]}\n", null);
        ClinicalSelection s = ClinicalSelection.select(birthwt, "low", COLUMNS, strict);
        assertEquals(List.of("lwt"), s.selected().stream().map(PredictorSpec::column).toList());
        assertTrue(s.table().rows().stream().filter(x -> x.predictor().equals("lwt")).findFirst().orElseThrow()
                .multivariable() != null);
    }
}
