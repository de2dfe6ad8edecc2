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
import org.tacerisk.testsupport.SharedData;
import picocli.CommandLine;

/** {@code tacerisk stats lasso} on the reference cohort: the JSON contract against cv.glmnet's output. */
class StatsLassoCommandTest extends CommandLineTestBase {

    private static final String PREDICTORS;

    static {
        List<String> names = new ArrayList<>(List.of("dlr_score", "tumor_size_cm", "nodules", "log10_afp"));
        for (int k = 1; k <= 20; k++) {
            names.add(String.format("noise%02d", k));
        }
        PREDICTORS = String.join(",", names);
    }

    @TempDir
    Path dir;

    private static Path hcc() {
        return SharedData.require("reference/stats/data/hcc_synth.csv");
    }

    private static DataTable reference(String file) throws IOException {
        return DataTable.read(SharedData.require("reference/stats/lasso/" + file));
    }

    @Test
    void devianceJsonMatchesCvGlmnet() throws IOException {
        Path hcc = hcc();
        assertEquals(0, run("stats", "lasso", "--data", hcc.toString(), "--outcome", "metastasis", "--predictors",
                PREDICTORS, "--foldid", "foldid", "--where", "cohort=train", "--json"), err::toString);
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertContract(root, "deviance", "dev", 0);
        assertEquals(266, root.get("n").asInt());
        assertEquals(0, root.get("n_left_out_missing").asInt());
        assertEquals("", err.toString(), "with --where cohort=train no row has a missing value");
    }

    /** Without --where the test/external rows (foldid NA) are left out, so the fit is the train cohort's. */
    @Test
    void rowsWithMissingFoldIdAreLeftOutAndCounted() throws IOException {
        Path json = dir.resolve("lasso.json");
        assertEquals(0, run("stats", "lasso", "--data", hcc().toString(), "--outcome", "metastasis",
                "--predictors", PREDICTORS, "--foldid", "foldid", "--measure", "auc", "--out", json.toString()),
                err::toString);
        assertTrue(err.toString().contains("209 of 475 rows left out for missing values (foldid 209)"),
                err::toString);
        assertTrue(out.toString().contains("lambda.1se"), "human summary on stdout without --json");
        JsonNode root = new ObjectMapper().readTree(Files.readString(json));
        assertContract(root, "auc", "auc", 1);
        assertEquals(209, root.get("n_left_out_missing").asInt());
    }

    @Test
    void usageAndInputErrors() throws IOException {
        StringBuilder csv = new StringBuilder("y,a,b,fold\n");
        for (int i = 0; i < 30; i++) {
            csv.append(i % 3 == 0 ? 1 : 0).append(',').append(i * 0.37 % 2).append(',').append(i % 5)
                    .append(',').append(1 + i / 3 % 3).append('\n');
        }
        Path file = dir.resolve("small.csv");
        Files.writeString(file, csv);
        String data = file.toString();
        assertEquals(0, run("stats", "lasso", "--data", data, "--outcome", "y", "--predictors", "a,b",
                "--foldid", "fold", "--json"), err::toString);
        assertEquals(ExitCodes.USAGE, run("stats", "lasso", "--data", data, "--outcome", "y",
                "--predictors", "a,b", "--foldid", "fold", "--measure", "mse"));
        assertEquals(ExitCodes.USAGE, run("stats", "lasso", "--data", data, "--outcome", "y",
                "--predictors", "a,b", "--foldid", "fold", "--where", "train"));
        assertEquals(ExitCodes.USAGE, run("stats", "lasso", "--data", data, "--outcome", "y"));
        assertEquals(ExitCodes.BAD_INPUT, run("stats", "lasso", "--data", data, "--outcome", "y",
                "--predictors", "a,no_such_column", "--foldid", "fold"));
        assertTrue(err.toString().contains("no_such_column"), err::toString);
        assertEquals(ExitCodes.BAD_INPUT, run("stats", "lasso", "--data", data, "--outcome", "b",
                "--predictors", "a", "--foldid", "fold"));
        assertTrue(err.toString().contains("must be 0 or 1"), err::toString);
        assertEquals(ExitCodes.BAD_INPUT, run("stats", "lasso", "--data", data, "--outcome", "y",
                "--predictors", "a,b", "--foldid", "fold", "--where", "fold=1"));
        assertTrue(err.toString().contains("at least 3 folds"), err::toString);
        assertEquals(ExitCodes.BAD_INPUT, run("stats", "lasso", "--data", dir.resolve("none.csv").toString(),
                "--outcome", "y", "--predictors", "a", "--foldid", "f"));
    }

    private static void assertContract(JsonNode root, String measure, String prefix, int summaryRow)
            throws IOException {
        DataTable path = reference("cv_path.csv");
        double[] lambda = path.numeric("lambda");
        double[] cvm = path.numeric("cvm_" + measure);
        double[] cvsd = path.numeric("cvsd_" + measure);
        assertEquals(lambda.length, root.get("lambda").size());
        for (int k = 0; k < lambda.length; k++) {
            assertEquals(lambda[k], root.get("lambda").get(k).asDouble(), 1e-10 * lambda[k]);
            assertEquals(cvm[k], root.get("cvm").get(k).asDouble(), 1e-12 * cvm[k]);
            assertEquals(cvsd[k], root.get("cvsd").get(k).asDouble(), 1e-12 * cvsd[k]);
        }
        DataTable summary = reference("cv_summary.csv");
        assertEquals(measure, summary.text(summaryRow, "type_measure"));
        double lambdaMin = summary.numeric("lambda_min")[summaryRow];
        double lambda1se = summary.numeric("lambda_1se")[summaryRow];
        assertEquals(lambdaMin, root.get("lambda_min").asDouble(), 1e-10 * lambdaMin);
        assertEquals(lambda1se, root.get("lambda_1se").asDouble(), 1e-10 * lambda1se);
        assertEquals(summary.numeric("step_min")[summaryRow], root.get("step_min").asInt());
        assertEquals(summary.numeric("step_1se")[summaryRow], root.get("step_1se").asInt());
        DataTable selected = reference("coef_selected.csv");
        for (String which : new String[] {"min", "1se"}) {
            JsonNode coef = root.get("coef_" + which);
            double[] expected = selected.numeric(prefix + "_lambda_" + which);
            assertEquals(expected.length, coef.size());
            List<String> keys = new ArrayList<>();
            coef.fieldNames().forEachRemaining(keys::add);
            assertEquals("(Intercept)", keys.get(0));
            for (int t = 0; t < expected.length; t++) {
                String term = selected.text(t, "term");
                assertEquals(term, keys.get(t));
                assertEquals(expected[t], coef.get(term).asDouble(), 1e-10, which + " " + term);
            }
        }
    }
}
