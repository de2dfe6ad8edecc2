package org.tacerisk.deep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.CsvRecords;

/**
 * The list of training cases for {@code tacerisk deep train}: a CSV with the columns {@code patient_id, image,
 * mask, outcome} and optionally {@code series} (of a DICOM image folder) and {@code roi} (ROI, segment or NIfTI
 * label) (any order; more columns are ignored). Image and mask paths are
 * relative to the manifest's folder (absolute paths are kept); the outcome is 0 or 1. Fields may be quoted with
 * double quotes (for paths with commas); the CSV layer is {@link CsvRecords}, shared with the cohort manifest.
 */
public record TrainingManifest(Path source, List<Entry> entries) {

    /** One row: where its line is in the file (for messages), the resolved paths and the outcome. */
    public record Entry(int line, String patientId, Path image, String series, Path mask, String roi, int outcome) {
    }

    private static final List<String> REQUIRED = List.of("patient_id", "image", "mask", "outcome");

    public static TrainingManifest read(Path csv) throws IOException {
        CsvRecords.Table table = CsvRecords.read(csv);
        if (table.header().isEmpty()) {
            throw new BadInputException(csv, "the manifest is empty; expected a header line with "
                    + String.join(",", REQUIRED) + "[,series][,roi]");
        }
        List<String> columns = table.header().stream().map(c -> c.trim().toLowerCase(Locale.ROOT)).toList();
        for (String r : REQUIRED) {
            if (!columns.contains(r)) {
                throw new BadInputException(csv, "the manifest has no \"" + r + "\" column; expected "
                        + String.join(",", REQUIRED) + "[,series][,roi], found " + String.join(",", columns));
            }
        }
        int seriesColumn = columns.indexOf("series");
        int roiColumn = columns.indexOf("roi");
        Path base = csv.toAbsolutePath().getParent();
        List<Entry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (CsvRecords.Line line : table.lines()) {
            int lineNumber = line.number();
            if (line.error() != null) {
                throw new BadInputException(csv, line.error());
            }
            List<String> cells = line.cells();
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
            entries.add(new Entry(lineNumber, id, path(base, cell(cells, columns, "image"), csv, lineNumber),
                    optional(cells, seriesColumn), path(base, cell(cells, columns, "mask"), csv, lineNumber),
                    optional(cells, roiColumn), Integer.parseInt(outcome)));
        }
        if (entries.isEmpty()) {
            throw new BadInputException(csv, "the manifest lists no cases");
        }
        return new TrainingManifest(csv, List.copyOf(entries));
    }

    private static String cell(List<String> cells, List<String> columns, String name) {
        return cells.get(columns.indexOf(name)).trim();
    }

    /** An optional column's value; null when the column is absent or the cell empty. */
    private static String optional(List<String> cells, int column) {
        String value = column < 0 ? "" : cells.get(column).trim();
        return value.isEmpty() ? null : value;
    }

    private static Path path(Path base, String value, Path csv, int line) {
        if (value.isEmpty()) {
            throw new BadInputException(csv, "line " + line + ": an image or mask path is empty");
        }
        return base.resolve(value).normalize();
    }
}
