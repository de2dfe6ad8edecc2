package org.tacerisk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.stats.DataTable;
import org.tacerisk.testsupport.SharedData;
import picocli.CommandLine;

/**
 * {@code tacerisk stats evaluate} on the hcc test cohort (train-fit predictions, {@code glm/hcc_pred.csv}); every
 * number in the JSON is compared with the R reference files (pROC, rms::val.prob, hoslem.test, dcurves).
 */
class StatsEvaluateCommandTest extends CommandLineTestBase {

    @TempDir
    Path dir;

    private static DataTable reference(String relative) throws IOException {
        return DataTable.read(SharedData.require("reference/stats/" + relative));
    }

    /** The one row of {@code t} with {@code column == value} (and dataset hcc where there is such a column). */
    private static int row(DataTable t, String column, String value) {
        return IntStream.range(0, t.rowCount())
                .filter(r -> t.text(r, column).equals(value)
                        && (!t.hasColumn("dataset") || t.text(r, "dataset").equals("hcc")))
                .findFirst().orElseThrow();
    }

    private static void near(double expected, JsonNode actual, double relTol, String what) {
        assertTrue(actual != null && actual.isNumber(), what + " missing");
        double a = actual.asDouble();
        double tol = relTol * Math.max(Math.abs(expected), 1e-300);
        assertEquals(expected, a, tol, what);
    }

    @Test
    void hccTestCohortJsonEqualsTheRReferences() throws IOException {
        Path data = SharedData.require("reference/stats/glm/hcc_pred.csv");
        assertEquals(0, run("stats", "evaluate", "--data", data.toString(), "--outcome", "metastasis",
                "--prediction", "p", "--compare", "p_dlr_only", "--where", "cohort=test", "--json"), err::toString);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals(114, json.get("n").asInt());

        DataTable auc = reference("roc/auc_summary.csv");
        int a = row(auc, "cohort", "test");
        near(auc.numeric("auc")[a], json.get("auc"), 1e-12, "auc");
        near(auc.numeric("ci_delong_lower")[a], json.get("auc_ci_low"), 1e-12, "auc_ci_low");
        near(auc.numeric("ci_delong_upper")[a], json.get("auc_ci_high"), 1e-12, "auc_ci_high");
        DataTable youden = reference("roc/youden_best.csv");
        near(youden.numeric("threshold")[row(youden, "cohort", "test")], json.get("youden_threshold"), 1e-15,
                "youden_threshold");

        DataTable vp = reference("calibration/val_prob.csv");
        String[][] names = {{"Dxy", "Dxy"}, {"C", "C (ROC)"}, {"R2", "R2"}, {"D", "D"}, {"U", "U"}, {"Q", "Q"},
            {"Brier", "Brier"}, {"Intercept", "Intercept"}, {"Slope", "Slope"}, {"Emax", "Emax"}, {"E90", "E90"},
            {"Eavg", "Eavg"}, {"S_z", "S:z"}, {"S_p", "S:p"}};
        for (String[] name : names) {
            int r = IntStream.range(0, vp.rowCount()).filter(i -> vp.text(i, "dataset").equals("hcc")
                    && vp.text(i, "cohort").equals("test") && vp.text(i, "statistic").equals(name[1]))
                    .findFirst().orElseThrow();
            // rms's Intercept/Slope stop at lrm.fit's tolerance (README §3); the rest agree to rounding.
            double tol = name[0].equals("Intercept") || name[0].equals("Slope") ? 1e-7 : 1e-9;
            near(vp.numeric("value")[r], json.at("/val_prob/" + name[0]), tol, "val_prob." + name[0]);
        }

        DataTable hl = reference("calibration/hosmer_lemeshow.csv");
        int h = row(hl, "cohort", "test");
        near(hl.numeric("chisq")[h], json.at("/hosmer_lemeshow/statistic"), 1e-12, "HL statistic");
        assertEquals(8, json.at("/hosmer_lemeshow/df").asInt());
        near(hl.numeric("p_value")[h], json.at("/hosmer_lemeshow/p"), 1e-12, "HL p");
        DataTable groups = reference("calibration/hosmer_lemeshow_groups.csv");
        int g0 = row(groups, "cohort", "test");
        JsonNode groupsJson = json.at("/hosmer_lemeshow/groups");
        assertEquals(10, groupsJson.size());
        for (int k = 0; k < 10; k++) {
            assertEquals(Integer.parseInt(groups.text(g0 + k, "n")), groupsJson.get(k).get("n").asInt());
            assertEquals(Integer.parseInt(groups.text(g0 + k, "observed_events")),
                    groupsJson.get(k).get("observed_events").asInt());
            near(groups.numeric("expected_events")[g0 + k], groupsJson.get(k).get("expected_events"), 1e-12,
                    "HL group " + (k + 1));
        }

        DataTable dca = reference("dca/hcc_test_net_benefit.csv");
        JsonNode dcaJson = json.get("dca");
        assertEquals(99, dcaJson.size());
        for (int k = 0; k < 99; k++) {
            assertEquals(dca.numeric("threshold")[k], dcaJson.get(k).get("threshold").asDouble(), 0);
            assertEquals(dca.numeric("nb_model")[k], dcaJson.get(k).get("net_benefit_model").asDouble(), 1e-12);
            assertEquals(dca.numeric("nb_treat_all")[k], dcaJson.get(k).get("net_benefit_all").asDouble(), 1e-12);
        }

        DataTable delong = reference("roc/delong_test_full_vs_dlr.csv");
        int d = row(delong, "cohort", "test");
        near(delong.numeric("z")[d], json.at("/delong_test/z"), 1e-10, "delong z");
        near(delong.numeric("p_value")[d], json.at("/delong_test/p"), 1e-10, "delong p");
        assertTrue(json.at("/bootstrap").isMissingNode());
    }

    @Test
    void withoutCompareThereIsNoDeLongTestAndOutWritesTheSameJson() throws IOException {
        Path data = SharedData.require("reference/stats/glm/hcc_pred.csv");
        Path file = dir.resolve("eval.json");
        assertEquals(0, run("stats", "evaluate", "--data", data.toString(), "--outcome", "metastasis",
                "--prediction", "p", "--where", "cohort=external", "--thresholds", "0.05:0.5:0.05",
                "--bootstrap", "200", "--seed", "3", "--json", "--out", file.toString()), err::toString);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertFalse(json.has("delong_test"));
        assertEquals(10, json.get("dca").size());
        assertEquals(0.05, json.at("/dca/0/threshold").asDouble(), 0);
        assertEquals(200, json.at("/bootstrap/resamples").asInt());
        assertTrue(json.at("/bootstrap/auc_ci_low").asDouble() < json.get("auc").asDouble());
        assertTrue(json.at("/dca/0/net_benefit_model_ci_low").isNumber());
        assertEquals(json, new ObjectMapper().readTree(Files.readString(file)));
    }

    @Test
    void humanSummaryWithoutJson() {
        Path data = SharedData.require("reference/stats/glm/birthwt_pred.csv");
        assertEquals(0, run("stats", "evaluate", "--data", data.toString(), "--outcome", "low", "--prediction", "p"),
                err::toString);
        assertTrue(out.toString().contains("AUC 0.7377"), out::toString);
    }

    @Test
    void usageAndBadInputExitCodes() throws IOException {
        Path csv = dir.resolve("d.csv");
        Files.writeString(csv, "y,p\n0,0.2\n1,0.7\n2,0.5\n");
        assertEquals(0, run("stats", "evaluate", "--help"));
        assertTrue(out.toString().contains("--compare") && !err.toString().contains("WARN"), err::toString);
        assertEquals(ExitCodes.USAGE, run("stats", "evaluate", "--data", csv.toString(), "--outcome", "y"));
        assertEquals(ExitCodes.USAGE, run("stats", "evaluate", "--data", csv.toString(), "--outcome", "y",
                "--prediction", "p", "--thresholds", "0.1-0.5"));
        assertEquals(ExitCodes.BAD_INPUT, run("stats", "evaluate", "--data", csv.toString(), "--outcome", "y",
                "--prediction", "p"));
        assertTrue(err.toString().contains("row 3: the outcome \"y\" must be 0 or 1, got 2"), err::toString);
        assertEquals(ExitCodes.BAD_INPUT, run("stats", "evaluate", "--data", csv.toString(), "--outcome", "nope",
                "--prediction", "p"));
        assertEquals(ExitCodes.BAD_INPUT, run("stats", "evaluate", "--data", dir.resolve("none.csv").toString(),
                "--outcome", "y", "--prediction", "p"));
    }
}
