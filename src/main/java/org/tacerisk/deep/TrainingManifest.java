package org.tacerisk.deep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tacerisk.common.BadInputException;

/**
 * The list of training cases for {@code tacerisk deep train}: a CSV with the columns {@code patient_id, image,
 * mask, outcome} and optionally {@code roi} (any order; more columns are ignored). Image and mask paths are
 * relative to the manifest's folder (absolute paths are kept); the outcome is 0 or 1. Fields may be quoted with
 * double quotes (for paths with commas).
 */
public record TrainingManifest(Path source, List<Entry> entries) {

    /** One row: where its line is in the file (for messages), the resolved paths and the outcome. */
    public record Entry(int line, String patientId, Path image, Path mask, String roi, int outcome) {
    }

    private static final List<String> REQUIRED = List.of("patient_id", "image", "mask", "outcome");

    public static TrainingManifest read(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            throw new BadInputException(csv, "the manifest is empty; expected a header line with "
                    + String.join(",", REQUIRED) + "[,roi]");
        }
        String header = lines.get(0).startsWith("\uFEFF") ? lines.get(0).substring(1) : lines.get(0);
        List<String> columns = split(header, csv, 1).stream().map(c -> c.trim().toLowerCase(Locale.ROOT)).toList();
        for (String r : REQUIRED) {
            if (!columns.contains(r)) {
                throw new BadInputException(csv, "the manifest has no \"" + r + "\" column; expected "
                        + String.join(",", REQUIRED) + "[,roi], found " + String.join(",", columns));
            }
        }
        int roiColumn = columns.indexOf("roi");
        Path base = csv.toAbsolutePath().getParent();
        List<Entry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int n = 1; n < lines.size(); n++) {
            if (lines.get(n).isBlank()) {
                continue;
            }
            int lineNumber = n + 1;
            List<String> cells = split(lines.get(n), csv, lineNumber);
            if (cells.size() != columns.size()) {
                throw new BadInputException(csv, "line " + lineNumber + " has " + cells.size()
                        + " fields but the header has " + columns.size());
            }
            String id = cell(cells, columns, "patient_id");
            if (id.isEmpty() || !ids.add(id)) {
                throw new BadInputException(csv, "line " + lineNumber + ": patient_id \"" + id + "\" is "
                        + (id.isEmpty() ? "empty" : "listed twice") + "; each patient must appear once (a patient"
                        + " in both the training and the validation part would inflate the validation AUC)");
            }
            String outcome = cell(cells, columns, "outcome");
            if (!outcome.equals("0") && !outcome.equals("1")) {
                throw new BadInputException(csv, "line " + lineNumber + " (" + id + "): outcome \"" + outcome
                        + "\" must be 0 or 1");
            }
            String roi = roiColumn < 0 ? "" : cells.get(roiColumn).trim();
            entries.add(new Entry(lineNumber, id, path(base, cell(cells, columns, "image"), csv, lineNumber),
                    path(base, cell(cells, columns, "mask"), csv, lineNumber), roi.isEmpty() ? null : roi,
                    Integer.parseInt(outcome)));
        }
        if (entries.isEmpty()) {
            throw new BadInputException(csv, "the manifest lists no cases");
        }
        return new TrainingManifest(csv, List.copyOf(entries));
    }

    private static String cell(List<String> cells, List<String> columns, String name) {
        return cells.get(columns.indexOf(name)).trim();
    }

    private static Path path(Path base, String value, Path csv, int line) {
        if (value.isEmpty()) {
            throw new BadInputException(csv, "line " + line + ": an image or mask path is empty");
        }
        return base.resolve(value).normalize();
    }

    /** Splits one CSV line at commas outside double quotes; "" inside quotes is one quote. */
    static List<String> split(String line, Path csv, int lineNumber) {
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
            throw new BadInputException(csv, "line " + lineNumber + " has an unclosed double quote");
        }
        out.add(cell.toString());
        return out;
    }
}
