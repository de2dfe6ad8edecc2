package org.tacerisk.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one reader for the small hand-edited CSV files users give us (case manifests for {@code deep train} and
 * {@code cohort extract}, feature tables to merge): a header line, comma-separated fields, optional double quotes
 * around a field (for paths with commas; {@code ""} inside quotes is one quote), a UTF-8 byte-order mark tolerated,
 * blank lines skipped. One record per line: quoted fields cannot span lines, which keeps line numbers in messages
 * equal to what an editor shows. A malformed line does not stop the read; it comes back with its error, so a
 * caller can refuse the whole file or only that row.
 */
public final class CsvRecords {

    /**
     * One non-blank data line.
     *
     * @param number 1-based line number in the file (the header is line 1)
     * @param cells  the fields as written (not trimmed); empty when {@code error} is set
     * @param error  why the line could not be split (an unclosed quote), else null
     */
    public record Line(int number, List<String> cells, String error) {
    }

    /** The header's fields (not trimmed; empty for an empty file) and the data lines. */
    public record Table(List<String> header, List<Line> lines) {
    }

    private CsvRecords() {
    }

    public static Table read(Path csv) throws IOException {
        List<String> text = Files.readAllLines(csv, StandardCharsets.UTF_8);
        if (text.isEmpty() || text.get(0).isBlank()) {
            return new Table(List.of(), List.of());
        }
        String first = text.get(0).startsWith("\uFEFF") ? text.get(0).substring(1) : text.get(0);
        List<String> header = split(first);
        if (header == null) {
            throw new BadInputException(csv, "line 1 (the header) has an unclosed double quote");
        }
        List<Line> lines = new ArrayList<>();
        for (int n = 1; n < text.size(); n++) {
            if (text.get(n).isBlank()) {
                continue;
            }
            List<String> cells = split(text.get(n));
            lines.add(cells == null ? new Line(n + 1, List.of(), "line " + (n + 1) + " has an unclosed double quote")
                    : new Line(n + 1, cells, null));
        }
        return new Table(header, List.copyOf(lines));
    }

    /** Splits one line at commas outside double quotes; null when a quote is left open. */
    public static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        if (quoted) {
            return null;
        }
        out.add(cell.toString());
        return out;
    }

    /** A field as written to CSV: quoted only when it holds a comma, a quote or a line break. */
    public static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    /** Fields joined into one CSV line (without the line break). */
    public static String join(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(quote(cells.get(i)));
        }
        return sb.toString();
    }
}
