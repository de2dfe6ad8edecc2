package org.tacerisk.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacerisk.testsupport.ReferenceCsv;
import org.tacerisk.testsupport.SharedData;
import org.tacerisk.testsupport.Tolerance;

/** Table 2 of the HCC model: univariable dlr_score against R's dlr-only glm, multivariable against the full glm. */
class PredictorTableTest {

    @Test
    void hccTableMatchesRsUnivariableAndMultivariableFits() throws IOException {
        ReferenceCsv multi = ReferenceCsv.require("reference/stats/glm/hcc_coef.csv");
        ReferenceCsv uni = ReferenceCsv.require("reference/stats/glm/hcc_dlr_only_coef.csv");
        DataTable train = RowSelection.where(DataTable.read(SharedData.require("reference/stats/data/hcc_synth.csv")),
                List.of("cohort=train"));
        List<PredictorSpec> candidates = PredictorSpec.parseList("dlr_score,tumor_size_cm,nodules,log10(afp_ng_ml)");
        PredictorTable t = PredictorTable.of(train, "metastasis", candidates, List.of());
        assertEquals(4, t.rows().size());
        assertEquals(266, t.n());
        assertEquals(70, t.events());
        Tolerance tol = new Tolerance();
        for (PredictorTable.Row row : t.rows()) {
            String term = row.term();
            double b = multi.value("term", term, "estimate_tight");
            double se = multi.value("term", term, "std_error_tight");
            tol.assertClose(Math.exp(b), row.multivariable().oddsRatio(), 1e-9, term + " OR");
            tol.assertClose(Math.exp(b - 1.959963984540054 * se), row.multivariable().ciLow(), 1e-8, term + " low");
            tol.assertClose(Math.exp(b + 1.959963984540054 * se), row.multivariable().ciHigh(), 1e-8, term + " high");
            tol.assertClose(multi.value("term", term, "p_value_tight"), row.multivariable().p(), 1e-7, term + " p");
            tol.assertClose(Math.exp(multi.value("term", term, "beta_profile_exact_lower")),
                    row.multivariable().profileLow(), 1e-8, term + " profile low");
        }
        PredictorTable.Row dlr = t.rows().get(0);
        // the dlr-only reference is a default-control glm: estimate within 1e-8 of the MLE, SE within 5e-5
        tol.assertClose(Math.exp(uni.value("term", "dlr_score", "estimate")), dlr.univariable().oddsRatio(), 1e-7,
                "univariable dlr OR");
        double se = uni.value("term", "dlr_score", "std_error");
        double b = uni.value("term", "dlr_score", "estimate");
        tol.assertClose(Math.exp(b - 1.959963984540054 * se), dlr.univariable().ciLow(), 1e-4, "univariable low");
        System.out.println(tol.report("glm/hcc_coef.csv + hcc_dlr_only_coef.csv via PredictorTable"));
    }

    @Test
    void predictorOutsideTheMultivariableModelHasNoAdjustedEffect() throws IOException {
        DataTable bw = DataTable.read(SharedData.require("reference/stats/data/birthwt.csv"));
        PredictorTable t = PredictorTable.of(bw, "low", PredictorSpec.parseList("age,lwt,smoke,factor(race)"),
                PredictorSpec.parseList("lwt,smoke"));
        assertEquals(List.of("age", "lwt", "smoke", "race2", "race3"),
                t.rows().stream().map(PredictorTable.Row::term).toList());
        assertNull(t.rows().get(0).multivariable());
        assertNull(t.rows().get(3).multivariable());
    }
}
