package org.tacerisk.deep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.CsvRecords;

/**
 * The list of training cases for {@code tacerisk deep train}: a CSV with the columns {@code patient_id, image,
 * mask, outcome} and optionally {@code series} (of a DICOM image folder), {@code roi} (ROI, segment or NIfTI
 * label) and {@code cohort} (any order; more columns are ignored, so the cohort manifest of {@code cohort extract}
 * is one). Image and mask paths are relative to the manifest's folder (absolute paths are kept); the outcome is 0
 * or 1. Fields may be quoted with double quotes (for paths with commas); the CSV layer is {@link CsvRecords},
 * shared with the cohort manifest.
 *
 * <p>Which rows a network may learn from is {@link #rowsOf}'s rule: with a cohort column, the {@value #TRAIN}
 * cohort only unless other cohorts are named (a test or external patient seen in training no longer gives an
 * unbiased evaluation, of this network or of any model built on its features).
 *
 * @param hasCohorts whether the manifest has a {@code cohort} column
 */
public record TrainingManifest(Path source, List<Entry> entries, boolean hasCohorts) {

    /** The cohort a network trains on unless told otherwise. */
    public static final String TRAIN = "train";

    /**
     * One row: where its line is in the file (for messages), the resolved paths, the outcome and the cohort ("" when
     * the manifest has no cohort column).
     */
    public record Entry(int line, String patientId, Path image, String series, Path mask, String roi, int outcome,
            String cohort) {
    }

    /**
     * The rows to train on: those of {@code cohorts}; when null, those of the {@value #TRAIN} cohort, or every row
     * when the manifest has no cohort column. The result may be empty (the caller says what to do).
     */
    public TrainingManifest rowsOf(Collection<String> cohorts) {
        if (cohorts == null && !hasCohorts) {
            return this;
        }
        Set<String> wanted = cohorts == null ? Set.of(TRAIN) : Set.copyOf(cohorts);
        return new TrainingManifest(source, entries.stream().filter(e -> wanted.contains(e.cohort())).toList(),
                hasCohorts);
    }

    /** Rows per cohort, in order of first appearance ("" for a manifest without a cohort column). */
    public Map<String, Integer> rowsByCohort() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        entries.forEach(e -> counts.merge(e.cohort(), 1, Integer::sum));
        return counts;
    }

    /** Patient id → cohort of every row (for the model folder's record of the rows it learnt from). */
    public Map<String, String> cohortById() {
        Map<String, String> byId = new LinkedHashMap<>();
        entries.forEach(e -> byId.put(e.patientId(), e.cohort()));
        return byId;
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
                        + String.join(",", REQUIRED) + "[,series][,roi][,cohort], found " + String.join(",", columns));
            }
        }
        int seriesColumn = columns.indexOf("series");
        int roiColumn = columns.indexOf("roi");
        int cohortColumn = columns.indexOf("cohort");
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
            String cohort = cohortColumn < 0 ? "" : cells.get(cohortColumn).trim().toLowerCase(Locale.ROOT);
            entries.add(new Entry(lineNumber, id, path(base, cell(cells, columns, "image"), csv, lineNumber),
                    optional(cells, seriesColumn), path(base, cell(cells, columns, "mask"), csv, lineNumber),
                    optional(cells, roiColumn), Integer.parseInt(outcome), cohort));
        }
        if (entries.isEmpty()) {
            throw new BadInputException(csv, "the manifest lists no cases");
        }
        return new TrainingManifest(csv, List.copyOf(entries), cohortColumn >= 0);
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
