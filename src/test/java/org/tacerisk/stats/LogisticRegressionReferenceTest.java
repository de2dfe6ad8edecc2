package org.tacerisk.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tacerisk.testsupport.ReferenceCsv;
import org.tacerisk.testsupport.SharedData;
import org.tacerisk.testsupport.Tolerance;

/**
 * The logistic fit against R 4.2.2's glm ({@code reference/stats/glm}, script 01_glm.R): the converged Java fit is
 * compared with the {@code _tight} columns (glm.control(epsilon = 1e-14, maxit = 100)).
 */
class LogisticRegressionReferenceTest {

    static LogisticModel fitReference(String dataset) throws IOException {
        if (dataset.equals("birthwt")) {
            DataTable t = DataTable.read(SharedData.require("reference/stats/data/birthwt.csv"));
            return LogisticModel.fit(t, "low", PredictorSpec.parseList("age,lwt,smoke,ht,ui,ptl"), List.of());
        }
        DataTable t = DataTable.read(SharedData.require("reference/stats/data/hcc_synth.csv"));
        return LogisticModel.fit(t, "metastasis",
                PredictorSpec.parseList("dlr_score,tumor_size_cm,nodules,log10(afp_ng_ml)"), List.of("cohort=train"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"birthwt", "hcc"})
    void coefficientsStandardErrorsAndWaldStatisticsMatchTightGlm(String dataset) throws IOException {
        ReferenceCsv ref = ReferenceCsv.require("reference/stats/glm/" + dataset + "_coef.csv");
        LogisticFit fit = fitReference(dataset).fit();
        assertEquals(ref.rows(), fit.terms());
        Tolerance tol = new Tolerance();
        for (int j = 0; j < fit.terms(); j++) {
            String term = ref.text(j, "term");
            assertEquals(term, fit.termNames().get(j));
            double b = ref.value("term", term, "estimate_tight");
            double se = ref.value("term", term, "std_error_tight");
            tol.assertClose(b, fit.estimate(j), 1e-9, term + " estimate");
            // R's tight SEs use the weights of glm's second-to-last iterate (about 1e-9 off the MLE; README §1)
            tol.assertClose(se, fit.standardError(j), 1e-8, term + " se");
            tol.assertClose(ref.value("term", term, "z_value_tight"), fit.z(j), 1e-8, term + " z");
            tol.assertClose(ref.value("term", term, "p_value_tight"), fit.p(j), 1e-7, term + " p");
            tol.assertClose(ref.value("term", term, "odds_ratio"), fit.oddsRatio(j), 1e-7, term + " OR");
            // Wald limits at the MLE: exp(b -/+ qnorm(0.975) se) from R's tight estimate and SE
            tol.assertClose(Math.exp(b - LogisticFit.Z_975 * se), fit.oddsRatioWaldLow(j), 1e-8, term + " OR low");
            tol.assertClose(Math.exp(b + LogisticFit.Z_975 * se), fit.oddsRatioWaldHigh(j), 1e-8, term + " OR high");
            // R's own confint.default used the default-control SEs (up to 5e-5 off the MLE ones)
            new Tolerance().assertClose(ref.value("term", term, "or_wald_lower"), fit.oddsRatioWaldLow(j), 1e-4,
                    term + " OR low (default control)");
            new Tolerance().assertClose(ref.value("term", term, "or_wald_upper"), fit.oddsRatioWaldHigh(j), 1e-4,
                    term + " OR high (default control)");
        }
        System.out.println(tol.report("glm/" + dataset + "_coef.csv (tight columns)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"birthwt", "hcc"})
    void covarianceMatchesTightVcov(String dataset) throws IOException {
        ReferenceCsv ref = ReferenceCsv.require("reference/stats/glm/" + dataset + "_vcov_tight.csv");
        LogisticFit fit = fitReference(dataset).fit();
        Tolerance tol = new Tolerance();
        for (int j = 0; j < fit.terms(); j++) {
            for (int k = 0; k < fit.terms(); k++) {
                String row = fit.termNames().get(j);
                String col = fit.termNames().get(k);
                tol.assertClose(ref.value("term", row, col), fit.covariance()[j][k], 1e-8, "vcov[" + row + "," + col + "]");
            }
        }
        System.out.println(tol.report("glm/" + dataset + "_vcov_tight.csv"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"birthwt", "hcc"})
    void devianceAicLogLikAndCountsMatch(String dataset) throws IOException {
        ReferenceCsv ref = ReferenceCsv.require("reference/stats/glm/" + dataset + "_fit.csv");
        LogisticModel model = fitReference(dataset);
        LogisticFit fit = model.fit();
        Tolerance tol = new Tolerance();
        assertEquals((int) ref.value("quantity", "n", "value"), fit.n());
        assertEquals((int) ref.value("quantity", "n_events", "value"), fit.events());
        assertEquals((int) ref.value("quantity", "df_null", "value"), fit.dfNull());
        assertEquals((int) ref.value("quantity", "df_residual", "value"), fit.dfResidual());
        tol.assertClose(ref.value("quantity", "null_deviance_tight", "value"), fit.nullDeviance(), 1e-12, "null deviance");
        tol.assertClose(ref.value("quantity", "residual_deviance_tight", "value"), fit.deviance(), 1e-12, "deviance");
        tol.assertClose(ref.value("quantity", "aic_tight", "value"), fit.aic(), 1e-12, "aic");
        tol.assertClose(ref.value("quantity", "loglik_tight", "value"), fit.logLik(), 1e-12, "logLik");
        // glm's fit$iter under its default control and under the tight control, reproduced by running R's IRLS
        assertEquals((int) ref.value("quantity", "fisher_scoring_iterations", "value"), fit.rGlmIterations());
        assertEquals((int) ref.value("quantity", "fisher_scoring_iterations_tight", "value"),
                fit.rGlmIterationsTight());
        System.out.println(tol.report("glm/" + dataset + "_fit.csv") + "; own iterations " + fit.iterations());
    }
}
