package org.tacerisk.cohort;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tacerisk.common.CsvRecords;
import org.tacerisk.common.Finding;
import org.tacerisk.common.NumberText;

/**
 * The per-row rules of {@link CohortManifest} (docs/cohort.md, "Validation"). Every problem of a row is collected,
 * not only the first, so one pass over the manifest shows the user everything to fix.
 */
final class RowChecks {

    /** A row after checking: the row when usable (null otherwise), its id ("" if none) and its findings. */
    record Checked(int line, String patientId, CohortManifest.Row row, List<Finding> findings) {
    }

    /**
     * A censored laboratory value: "&lt;2", "&gt;100000", "&lt;= 2", "&gt;=1e5". The limit is kept as the value
     * (docs/cohort.md: the limit is the closest number we know, and dropping the patient would bias the cohort
     * towards unremarkable values).
     */
    private static final Pattern CENSORED = Pattern.compile("([<>]=?)\\s*(" + NumberText.DECIMAL + ")");

    private final Path base;
    private final Map<String, Integer> fixed;
    private final List<String> clinical;
    private final List<Integer> clinicalIndex;
    private final int width;

    RowChecks(Path base, Map<String, Integer> fixed, List<String> clinical, List<Integer> clinicalIndex,
            int width) {
        this.base = base;
        this.fixed = fixed;
        this.clinical = clinical;
        this.clinicalIndex = clinicalIndex;
        this.width = width;
    }

    Checked check(CsvRecords.Line line) {
        if (line.error() != null) {
            return new Checked(line.number(), "", null, List.of(Finding.error("MALFORMED_LINE", line.error(),
                    "close the quote (a quoted field cannot span lines)")));
        }
        List<String> cells = line.cells();
        if (cells.size() != width) {
            String id = fixed.get(CohortManifest.PATIENT_ID) < cells.size()
                    ? cells.get(fixed.get(CohortManifest.PATIENT_ID)).trim() : "";
            return new Checked(line.number(), id, null, List.of(Finding.error("FIELD_COUNT", "the line has "
                    + cells.size() + " fields but the header has " + width,
                    "quote fields that contain commas; give every column a value (empty is allowed)")));
        }
        List<Finding> findings = new ArrayList<>();
        String id = cell(cells, CohortManifest.PATIENT_ID);
        if (id.isEmpty()) {
            findings.add(Finding.error("EMPTY_PATIENT_ID", "patient_id is empty", "give every row an identifier"));
        }
        CohortManifest.Cohort cohort = cohort(cell(cells, CohortManifest.COHORT), findings);
        Path image = file(cell(cells, CohortManifest.IMAGE), CohortManifest.IMAGE, findings);
        Path mask = file(cell(cells, CohortManifest.MASK), CohortManifest.MASK, findings);
        Integer outcome = outcome(cell(cells, CohortManifest.OUTCOME), findings);
        List<String> values = new ArrayList<>(clinical.size());
        for (int c = 0; c < clinical.size(); c++) {
            values.add(clinicalValue(clinical.get(c), cells.get(clinicalIndex.get(c)).trim(), findings));
        }
        String series = optional(cells, CohortManifest.SERIES);
        String roi = optional(cells, CohortManifest.ROI);
        CohortManifest.Row row = Finding.anyError(findings) ? null : new CohortManifest.Row(line.number(), id,
                cohort, image, series, mask, roi, outcome, List.copyOf(values));
        return new Checked(line.number(), id, row, List.copyOf(findings));
    }

    private String cell(List<String> cells, String column) {
        return cells.get(fixed.get(column)).trim();
    }

    /** An optional column's value; null when the column is absent or the cell empty. */
    private String optional(List<String> cells, String column) {
        String value = fixed.containsKey(column) ? cell(cells, column) : "";
        return value.isEmpty() ? null : value;
    }

    private static CohortManifest.Cohort cohort(String value, List<Finding> findings) {
        for (CohortManifest.Cohort c : CohortManifest.Cohort.values()) {
            if (c.label().equals(value.toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        findings.add(Finding.error("UNKNOWN_COHORT", "cohort \"" + value + "\" is not one of train, test, external",
                "label each patient train, test or external"));
        return null;
    }

    /** The path resolved against the manifest's folder when it exists; the message quotes it as written. */
    private Path file(String value, String column, List<Finding> findings) {
        if (value.isEmpty()) {
            findings.add(Finding.error("MISSING_FILE", column + " is empty", "give the " + column + " path"));
            return null;
        }
        Path path;
        try {
            path = base.resolve(value).normalize();
        } catch (InvalidPathException e) {
            findings.add(Finding.error("MISSING_FILE", column + " \"" + value + "\" is not a valid path",
                    "check the " + column + " path"));
            return null;
        }
        if (!Files.exists(path)) {
            findings.add(Finding.error("MISSING_FILE", column + " \"" + value + "\" does not exist",
                    "paths are relative to the manifest's folder; check the spelling"));
            return null;
        }
        return path;
    }

    /** 0 or 1; empty or NA is a prediction-only row (null), kept. */
    private static Integer outcome(String value, List<Finding> findings) {
        if (value.isEmpty() || value.equals("NA")) {
            return null;
        }
        if (value.equals("0") || value.equals("1")) {
            return Integer.valueOf(value);
        }
        findings.add(Finding.error("BAD_OUTCOME", "outcome \"" + value + "\" must be 0 or 1 (or empty when"
                + " unknown)", "code the outcome as 0 (no event) or 1 (event)"));
        return null;
    }

    /** The value to write: "" when missing, the limit for a censored value (with a warning), else as written. */
    private static String clinicalValue(String column, String value, List<Finding> findings) {
        if (value.isEmpty() || value.equals("NA") || value.equals("NaN")) {
            return "";
        }
        Matcher censored = CENSORED.matcher(value);
        if (censored.matches()) {
            findings.add(Finding.warning("CENSORED_VALUE", "column \"" + column + "\": \"" + value
                    + "\" is censored; " + censored.group(2) + " (the limit) is used", ""));
            return censored.group(2);
        }
        if (NumberText.isDecimal(value)) {
            return value;
        }
        findings.add(Finding.error("NOT_A_NUMBER", "column \"" + column + "\": \"" + value + "\" is not a number",
                "clinical columns are numeric: code categories as numbers (e.g. sex 0/1) and leave unknown values"
                        + " empty"));
        return null;
    }
}
