package org.tacerisk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.stats.DataTable;
import org.tacerisk.testsupport.ReferenceCsv;
import org.tacerisk.testsupport.SharedData;
import org.tacerisk.testsupport.Tolerance;
import picocli.CommandLine;

/** {@code tacerisk stats fit|predict|nomogram}: the JSON contract, the CSV output and the exit codes. */
class StatsCliTest extends CommandLineTestBase {

    private static final String HCC_PREDICTORS = "dlr_score,tumor_size_cm,nodules,log10(afp_ng_ml)";

    @TempDir
    Path dir;

    private static Path hcc() {
        return SharedData.require("reference/stats/data/hcc_synth.csv");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void fitJsonFollowsTheContractAndMatchesR() throws IOException {
        ReferenceCsv ref = ReferenceCsv.require("reference/stats/glm/hcc_coef.csv");
        assertEquals(0, run("stats", "fit", "--data", hcc().toString(), "--outcome", "metastasis", "--predictors",
                HCC_PREDICTORS, "--where", "cohort=train", "--json"), err::toString);
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertTrue(names(root).containsAll(List.of("coefficients", "null_deviance", "residual_deviance", "aic",
                "iterations", "covariance", "n", "events")), names(root)::toString);
        assertEquals(266, root.get("n").asInt());
        assertEquals(70, root.get("events").asInt());
        assertEquals(5, root.get("covariance").size());
        assertEquals(5, root.get("covariance").get(0).size());
        Tolerance tol = new Tolerance();
        tol.assertClose(160.28030619898678, root.get("residual_deviance").asDouble(), 1e-12, "deviance");
        tol.assertClose(306.60975596659085, root.get("null_deviance").asDouble(), 1e-12, "null deviance");
        tol.assertClose(170.28030619898678, root.get("aic").asDouble(), 1e-12, "aic");
        JsonNode coefs = root.get("coefficients");
        assertEquals(5, coefs.size());
        for (int j = 0; j < coefs.size(); j++) {
            JsonNode c = coefs.get(j);
            assertEquals(List.of("name", "estimate", "se", "z", "p", "odds_ratio", "or_ci_low", "or_ci_high",
                    "profile_ci_low", "profile_ci_high"), names(c));
            String term = c.get("name").asText();
            assertEquals(ref.text(j, "term"), term);
            tol.assertClose(ref.value("term", term, "estimate_tight"), c.get("estimate").asDouble(), 1e-9, term);
            tol.assertClose(ref.value("term", term, "std_error_tight"), c.get("se").asDouble(), 1e-8, term + " se");
            tol.assertClose(Math.exp(ref.value("term", term, "beta_profile_exact_upper")),
                    c.get("profile_ci_high").asDouble(), 1e-8, term + " profile high");
        }
        assertEquals(6, root.get("r_glm_iterations").asInt());
    }

    @Test
    void fitSavePredictAndNomogramEndToEnd() throws IOException {
        Path model = dir.resolve("model.json");
        assertEquals(0, run("stats", "fit", "--data", hcc().toString(), "--outcome", "metastasis", "--predictors",
                HCC_PREDICTORS, "--where", "cohort=train", "--out", model.toString()), err::toString);
        assertTrue(out.toString().contains("log10(afp_ng_ml)"), out::toString);
        JsonNode saved = new ObjectMapper().readTree(model.toFile());
        assertEquals("log10", saved.at("/model/predictors/3/transform").asText());
        assertEquals(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0), new ObjectMapper().convertValue(
                saved.at("/model/predictors/2/distinct_values"), List.class));

        Path predictions = dir.resolve("pred.csv");
        assertEquals(0, run("stats", "predict", "--model", model.toString(), "--data", hcc().toString(), "--out",
                predictions.toString()), err::toString);
        DataTable pred = DataTable.read(predictions);
        assertEquals(475, pred.rowCount());
        assertTrue(pred.columns().subList(pred.columns().size() - 4, pred.columns().size())
                .equals(List.of("linear_predictor", "probability", "prob_ci_low", "prob_ci_high")));
        ReferenceCsv ref = ReferenceCsv.require("reference/stats/glm/hcc_pred.csv");
        Tolerance tol = new Tolerance();
        double[] lp = pred.numeric("linear_predictor");
        double[] p = pred.numeric("probability");
        for (int i = 0; i < 475; i++) {
            tol.assertClose(ref.column("lp_tight")[i], lp[i], 1e-9, 1e-3, "lp row " + (i + 1));
            tol.assertClose(ref.column("p_tight")[i], p[i], 1e-9, "p row " + (i + 1));
        }

        assertEquals(0, run("stats", "nomogram", "--model", model.toString(), "--data", hcc().toString(), "--where",
                "cohort=test", "--json"), err::toString);
        JsonNode nom = new ObjectMapper().readTree(out.toString());
        assertEquals(4, nom.get("axes").size());
        assertEquals(140, nom.at("/total_points_axis/14").asInt());
        assertEquals(114, nom.get("patients").size());
        ReferenceCsv pts = ReferenceCsv.require("reference/stats/nomogram/patients_test_first10.csv");
        for (int i = 0; i < 10; i++) {
            JsonNode patient = nom.get("patients").get(i);
            assertEquals(pts.text(i, "id"), patient.get("id").asText());
            tol.assertClose(pts.column("total_points")[i], patient.get("total_points").asDouble(), 1e-7, "total");
            tol.assertClose(pts.column("points_log10_afp")[i], patient.at("/points/log10(afp_ng_ml)").asDouble(),
                    1e-7, 1e-3, "afp points");
            tol.assertClose(pts.column("probability_lrm")[i], patient.get("probability").asDouble(), 1e-7, "risk");
        }
        assertEquals(0, run("stats", "nomogram", "--model", model.toString()));
        assertTrue(out.toString().contains("Points per unit of linear predictor: 6.4969"), out::toString);
    }

    @Test
    void separationIsBadInputNamingThePredictor() throws IOException {
        StringBuilder csv = new StringBuilder("y,x,z\n");
        for (int i = 0; i < 40; i++) {
            csv.append(i >= 20 ? 1 : 0).append(',').append(i).append(',').append(i * 7 % 11).append('\n');
        }
        Path file = dir.resolve("sep.csv");
        Files.writeString(file, csv);
        assertEquals(ExitCodes.BAD_INPUT, run("stats", "fit", "--data", file.toString(), "--outcome", "y",
                "--predictors", "x,z", "--json"));
        assertTrue(err.toString().contains("separation") && err.toString().contains("predicted by x"), err::toString);
        // with --json the failure is a JSON error object on stdout, never a partial result
        JsonNode error = new ObjectMapper().readTree(out.toString()).get("error");
        assertEquals("bad_input", error.get("code").asText());
        assertTrue(error.get("message").asText().contains("predicted by x"), out::toString);
    }

    @Test
    void usageAndInputErrorsHaveTheirExitCodes() throws IOException {
        assertEquals(0, run("stats", "fit", "--help"));
        assertEquals(ExitCodes.USAGE, run("stats", "fit", "--data", "x.csv", "--predictors", "a"));
        assertEquals(ExitCodes.USAGE, run("stats"));
        assertEquals(ExitCodes.BAD_INPUT, run("stats", "fit", "--data", dir.resolve("none.csv").toString(),
                "--outcome", "y", "--predictors", "a"));
        assertEquals(ExitCodes.BAD_INPUT, run("stats", "fit", "--data", hcc().toString(), "--outcome", "metastasis",
                "--predictors", "no_such_column"));
        assertTrue(err.toString().contains("no column \"no_such_column\""), err::toString);
        assertEquals(ExitCodes.BAD_INPUT, run("stats", "fit", "--data", hcc().toString(), "--outcome", "metastasis",
                "--predictors", "dlr_score", "--where", "cohort=nowhere"));
        Path notModel = dir.resolve("not-model.json");
        Files.writeString(notModel, "{\"a\": 1}");
        assertEquals(ExitCodes.BAD_INPUT, run("stats", "predict", "--model", notModel.toString(), "--data",
                hcc().toString()));
        assertTrue(err.toString().contains("not a TACE-Risk logistic model file"), err::toString);
    }
}
