package org.tacerisk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stats fit}, {@code stats lasso} and {@code stats evaluate} leave out the same rows for missing values and
 * say so in the same words (stats.CompleteCases): 40 rows, the outcome missing in row 6 and the risk {@code p} in
 * rows 10 and 14.
 */
class StatsMissingRowsCommandTest extends CommandLineTestBase {

    private static final String WARNING = "WARNING ROWS_WITH_MISSING_VALUES: 3 of 40 rows left out for missing values"
            + " (y 1, p 2)";

    @TempDir
    Path dir;

    private Path csv;

    @BeforeEach
    void writeData() throws IOException {
        Random random = new Random(5);
        StringBuilder sb = new StringBuilder("y,p,z,fold\n");
        for (int i = 0; i < 40; i++) {
            double p = 0.1 + 0.8 * random.nextDouble();
            int y = random.nextDouble() < p ? 1 : 0;
            sb.append(i == 5 ? "NA" : Integer.toString(y)).append(',')
                    .append(i == 9 || i == 13 ? "" : String.format(Locale.ROOT, "%.4f", p)).append(',')
                    .append(String.format(Locale.ROOT, "%.4f", random.nextGaussian())).append(',')
                    .append(1 + i % 4).append('\n');
        }
        csv = Files.writeString(dir.resolve("data.csv"), sb);
    }

    @Test
    void fitLassoAndEvaluateLeaveOutTheSameRowsWithTheSameMessage() throws IOException {
        assertEquals(0, run("stats", "fit", "--data", csv.toString(), "--outcome", "y", "--predictors", "p,z",
                "--json"), err::toString);
        assertTrue(err.toString().contains(WARNING), err::toString);
        JsonNode fit = new ObjectMapper().readTree(out.toString());
        assertEquals(3, fit.get("n_dropped_missing").asInt());
        assertEquals(37, fit.get("n").asInt());

        assertEquals(0, run("stats", "lasso", "--data", csv.toString(), "--outcome", "y", "--predictors", "p,z",
                "--foldid", "fold", "--json"), err::toString);
        assertTrue(err.toString().contains(WARNING), err::toString);
        JsonNode lasso = new ObjectMapper().readTree(out.toString());
        assertEquals(3, lasso.get("n_left_out_missing").asInt());
        assertEquals(37, lasso.get("n").asInt());

        assertEquals(0, run("stats", "evaluate", "--data", csv.toString(), "--outcome", "y", "--prediction", "p",
                "--json"), err::toString);
        assertTrue(err.toString().contains(WARNING), err::toString);
        JsonNode evaluation = new ObjectMapper().readTree(out.toString());
        assertEquals(3, evaluation.get("n_excluded_missing").asInt());
        assertEquals(37, evaluation.get("n").asInt());
    }

    @Test
    void anOutcomeOtherThan0Or1IsRefusedInTheSameWords() throws IOException {
        Files.writeString(csv, Files.readString(csv).replaceFirst("\n[01],", "\n2,"));
        String message = "row 1: the outcome \"y\" must be 0 or 1, got 2";
        assertEquals(ExitCodes.BAD_INPUT, run("stats", "fit", "--data", csv.toString(), "--outcome", "y",
                "--predictors", "p,z"));
        assertTrue(err.toString().contains(message), err::toString);
        assertEquals(ExitCodes.BAD_INPUT, run("stats", "lasso", "--data", csv.toString(), "--outcome", "y",
                "--predictors", "p,z", "--foldid", "fold"));
        assertTrue(err.toString().contains(message), err::toString);
        assertEquals(ExitCodes.BAD_INPUT, run("stats", "evaluate", "--data", csv.toString(), "--outcome", "y",
                "--prediction", "p"));
        assertTrue(err.toString().contains(message), err::toString);
    }
}
