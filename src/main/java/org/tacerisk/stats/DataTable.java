package org.tacerisk.stats;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.NumberText;

/**
 * A rectangular CSV table (header line, comma separated, no quoting needed for numbers) as read by the statistics
 * commands. Values stay strings until a column is asked for as numbers: {@code NA}, empty and {@code NaN} are
 * missing; {@code Inf}/{@code -Inf} are infinities (as R writes them). Immutable.
 */
public final class DataTable {

    private final Path source;
    private final List<String> columns;
    private final Map<String, Integer> index;
    private final List<String[]> rows;

    private DataTable(Path source, List<String> columns, List<String[]> rows) {
        this.source = source;
        this.columns = List.copyOf(columns);
        this.index = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            if (index.put(columns.get(c), c) != null) {
                throw new BadInputException(source, "column \"" + columns.get(c) + "\" appears twice in the header");
            }
        }
        this.rows = rows;
    }

    public static DataTable read(Path csv) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null || header.isBlank()) {
                throw new BadInputException(csv, "the file is empty; expected a CSV with a header line");
            }
            List<String> columns = Arrays.stream(split(stripBom(header))).map(String::trim).toList();
            List<String[]> rows = new ArrayList<>();
            String line;
            int lineNumber = 1;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = split(line);
                if (cells.length != columns.size()) {
                    throw new BadInputException(csv, "line " + lineNumber + " has " + cells.length
                            + " fields but the header has " + columns.size());
                }
                for (int c = 0; c < cells.length; c++) {
                    cells[c] = cells[c].trim();
                }
                rows.add(cells);
            }
            return new DataTable(csv, columns, rows);
        }
    }

    /** Builds a table in memory (tests, other packages). */
    public static DataTable of(List<String> columns, List<String[]> rows) {
        return new DataTable(null, columns, new ArrayList<>(rows));
    }

    public Path source() {
        return source;
    }

    public List<String> columns() {
        return columns;
    }

    public int rowCount() {
        return rows.size();
    }

    public boolean hasColumn(String name) {
        return index.containsKey(name);
    }

    public String text(int row, String column) {
        return rows.get(row)[columnIndex(column)];
    }

    /** The column as doubles; missing values are NaN. A non-numeric value is bad input naming row and column. */
    public double[] numeric(String column) {
        int c = columnIndex(column);
        double[] values = new double[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            values[r] = parse(rows.get(r)[c], r, column);
        }
        return values;
    }

    /** True where the value of {@code column} is missing (NA, empty or NaN). */
    public boolean[] missing(String column) {
        int c = columnIndex(column);
        boolean[] missing = new boolean[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            missing[r] = isMissing(rows.get(r)[c]);
        }
        return missing;
    }

    /** The rows whose indexes are given, as a new table (e.g. the training cohort). */
    public DataTable select(int[] rowIndexes) {
        List<String[]> selected = new ArrayList<>(rowIndexes.length);
        for (int r : rowIndexes) {
            selected.add(rows.get(r));
        }
        return new DataTable(source, columns, selected);
    }

    /** A copy of row {@code r}'s cells in column order. */
    public String[] row(int r) {
        return rows.get(r).clone();
    }

    private int columnIndex(String column) {
        Integer c = index.get(column);
        if (c == null) {
            throw new BadInputException(source, "no column \"" + column + "\"; the columns are " + columns);
        }
        return c;
    }

    private double parse(String cell, int row, String column) {
        if (isMissing(cell)) {
            return Double.NaN;
        }
        switch (cell) {
            case "Inf":
            case "+Inf":
                return Double.POSITIVE_INFINITY;
            case "-Inf":
                return Double.NEGATIVE_INFINITY;
            default:
                return NumberText.parse(cell).orElseThrow(() -> new BadInputException(source, "row " + (row + 1)
                        + ", column \"" + column + "\": \"" + cell + "\" is not a number (write plain decimals such as"
                        + " 2, 0.5 or 1e-3; NA or an empty cell for a missing value)"));
        }
    }

    private static boolean isMissing(String cell) {
        return cell.isEmpty() || cell.equals("NA") || cell.equals("NaN");
    }

    private static String[] split(String line) {
        return line.split(",", -1);
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
