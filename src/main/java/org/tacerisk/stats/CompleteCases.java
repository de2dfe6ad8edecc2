package org.tacerisk.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.Finding;

/**
 * The rows an analysis of a 0/1 outcome uses, by the one rule of every statistic fitted or evaluated from a table
 * (a logistic fit, the LASSO, an evaluation of predicted risks): like R's default {@code na.action = na.omit}, a row
 * with a missing outcome or a missing value in any column the analysis needs is left out, counted per column and
 * reported as the warning {@code ROWS_WITH_MISSING_VALUES}, never silently; the outcome of every row kept must be
 * 0 or 1. Immutable.
 */
public final class CompleteCases {

    /** The code of the warning about rows left out. */
    public static final String ROWS_WITH_MISSING_VALUES = "ROWS_WITH_MISSING_VALUES";

    private final DataTable table;
    private final String outcome;
    private final int[] rows;
    private final Map<String, Integer> missing;

    private CompleteCases(DataTable table, String outcome, int[] rows, Map<String, Integer> missing) {
        this.table = table;
        this.outcome = outcome;
        this.rows = rows;
        this.missing = missing;
    }

    /**
     * The complete rows of {@code table} for {@code outcome} and {@code columns}.
     *
     * @throws BadInputException naming the table's file when a column is unknown, no row is complete, or a kept
     *                           row's outcome is not 0 or 1 (naming the row and its value)
     */
    public static CompleteCases of(DataTable table, String outcome, List<String> columns) {
        List<String> needed = new ArrayList<>();
        needed.add(outcome);
        columns.stream().filter(c -> !needed.contains(c)).forEach(needed::add);
        boolean[] drop = new boolean[table.rowCount()];
        Map<String, Integer> missing = new LinkedHashMap<>();
        for (String c : needed) {
            boolean[] m = table.missing(c);
            int count = 0;
            for (int r = 0; r < drop.length; r++) {
                if (m[r]) {
                    count++;
                    drop[r] = true;
                }
            }
            if (count > 0) {
                missing.put(c, count);
            }
        }
        int[] rows = java.util.stream.IntStream.range(0, drop.length).filter(r -> !drop[r]).toArray();
        if (rows.length == 0) {
            throw new BadInputException(table.source(), "no row has a value in every column the analysis needs "
                    + needed + ": " + (drop.length == 0 ? "the table has no rows" : "all " + drop.length
                            + " rows have a missing value (" + counts(missing) + ")"));
        }
        double[] y = table.numeric(outcome);
        for (int r : rows) {
            if (y[r] != 0 && y[r] != 1) {
                throw new BadInputException(table.source(), "row " + (r + 1) + ": the outcome \"" + outcome
                        + "\" must be 0 or 1, got " + table.text(r, outcome));
            }
        }
        return new CompleteCases(table, outcome, rows, java.util.Collections.unmodifiableMap(missing));
    }

    /** Indexes (into the table) of the rows kept. */
    public int[] rows() {
        return rows.clone();
    }

    /** Rows left out for missing values. */
    public int leftOut() {
        return table.rowCount() - rows.length;
    }

    /** Column → rows with a missing value in it (columns without any left out), outcome first. */
    public Map<String, Integer> missingByColumn() {
        return missing;
    }

    /** The outcomes of the rows kept (0 or 1). */
    public double[] outcomes() {
        return values(outcome);
    }

    /** A column's values on the rows kept (none missing). */
    public double[] values(String column) {
        double[] all = table.numeric(column);
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = all[rows[i]];
        }
        return out;
    }

    /** The rows kept, as a table. */
    public DataTable table() {
        return table.select(rows);
    }

    /** The {@value #ROWS_WITH_MISSING_VALUES} warning when rows were left out; else empty. */
    public List<Finding> findings() {
        if (leftOut() == 0) {
            return List.of();
        }
        return List.of(Finding.warning(ROWS_WITH_MISSING_VALUES, leftOut() + " of " + table.rowCount()
                + " rows left out for missing values (" + counts(missing) + ")",
                "check the data, or impute the missing values before the analysis"));
    }

    private static String counts(Map<String, Integer> missing) {
        List<String> parts = new ArrayList<>();
        missing.forEach((c, n) -> parts.add(c + " " + n));
        return String.join(", ", parts);
    }
}
