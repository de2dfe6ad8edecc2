package org.tacerisk.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.Finding;

/** {@link CompleteCases}: the one missing-value and 0/1-outcome rule of stats fit, lasso and evaluate. */
class CompleteCasesTest {

    private static DataTable table(String... rows) {
        return DataTable.of(List.of("y", "a", "b", "fold"),
                java.util.Arrays.stream(rows).map(r -> r.split(",", -1)).toList());
    }

    /** Six rows: row 2 lacks y, row 3 lacks a and b, row 5 lacks b; the fold column is not asked for. */
    @Test
    void leavesOutEveryRowWithAMissingValueAndCountsThemPerColumn() {
        DataTable t = table("0,1.5,2,1", "NA,2.5,3,1", "1,,NA,", "1,4.5,5,2", "0,5.5,,2", "1,6.5,7,");
        CompleteCases cases = CompleteCases.of(t, "y", List.of("a", "b"));
        assertArrayEquals(new int[] {0, 3, 5}, cases.rows());
        assertEquals(3, cases.leftOut());
        assertEquals(Map.of("y", 1, "a", 1, "b", 2), cases.missingByColumn());
        assertEquals(List.of("y", "a", "b"), List.copyOf(cases.missingByColumn().keySet()), "outcome first");
        assertArrayEquals(new double[] {0, 1, 1}, cases.outcomes());
        assertArrayEquals(new double[] {1.5, 4.5, 6.5}, cases.values("a"));
        assertEquals(3, cases.table().rowCount());
        Finding f = cases.findings().get(0);
        assertEquals(CompleteCases.ROWS_WITH_MISSING_VALUES, f.code());
        assertEquals("3 of 6 rows left out for missing values (y 1, a 1, b 2)", f.message());
        CompleteCases withFold = CompleteCases.of(t, "y", List.of("a", "b", "fold", "a"));
        assertEquals(4, withFold.leftOut(), "row 6 also lacks its fold; a column named twice counts once");
        assertEquals("4 of 6 rows left out for missing values (y 1, a 1, b 2, fold 2)",
                withFold.findings().get(0).message());
    }

    @Test
    void noWarningWhenEveryRowIsComplete() {
        CompleteCases cases = CompleteCases.of(table("0,1,2,1", "1,2,3,1"), "y", List.of("a"));
        assertEquals(0, cases.leftOut());
        assertEquals(List.of(), cases.findings());
    }

    @Test
    void anOutcomeOtherThan0Or1OnAKeptRowIsRefusedNamingTheRow() {
        DataTable t = table("0,1,2,1", "2,,3,1", "1,2,3,1", "0.5,2,3,1");
        BadInputException e = assertThrows(BadInputException.class, () -> CompleteCases.of(t, "y", List.of("a")));
        assertTrue(e.getMessage().contains("row 4: the outcome \"y\" must be 0 or 1, got 0.5"), e.getMessage());
    }

    @Test
    void noCompleteRowIsRefusedWithTheCounts() {
        DataTable t = table("0,,2,1", "1,NA,3,1");
        BadInputException e = assertThrows(BadInputException.class, () -> CompleteCases.of(t, "y", List.of("a")));
        assertTrue(e.getMessage().contains("no row has a value in every column the analysis needs [y, a]: all 2 rows"
                + " have a missing value (a 2)"), e.getMessage());
        e = assertThrows(BadInputException.class, () -> CompleteCases.of(t, "y", List.of("c")));
        assertTrue(e.getMessage().contains("no column \"c\""), e.getMessage());
    }
}
