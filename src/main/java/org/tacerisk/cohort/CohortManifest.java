package org.tacerisk.cohort;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.CsvRecords;
import org.tacerisk.common.Finding;

/**
 * The list of patients for {@code tacerisk cohort extract} (docs/cohort.md): a CSV with the columns
 * {@code patient_id, cohort, image, mask, outcome}, optionally {@code series} and {@code roi}, and any number of
 * clinical columns
 * (every other column, in file order). Paths are relative to the manifest's folder. The file as a whole must have
 * the required columns; after that every row is judged on its own: a bad row is excluded with an ERROR finding
 * that names its line, patient and the problem, and the other rows go on (one typo must not cost a night's run).
 *
 * @param source          the manifest file
 * @param clinicalColumns the clinical column names as written in the header, in file order
 * @param rows            the usable rows, in file order
 * @param findings        per-row findings in line order: ERROR (row excluded) and WARNING (row kept, value changed)
 */
public record CohortManifest(Path source, List<String> clinicalColumns, List<Row> rows, List<RowFinding> findings) {

    /** The three cohorts of a radiomics study; written lower-case. */
    public enum Cohort {
        TRAIN, TEST, EXTERNAL;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One usable row.
     *
     * @param line     1-based line in the file (for messages)
     * @param outcome  0 or 1, or null for a prediction-only row (empty outcome)
     * @param series   the series of a DICOM image folder (UID or number), or null (then it must hold one CT series)
     * @param roi      the RTSTRUCT ROI, SEG segment or NIfTI label (number or name), or null (then the mask must
     *                 hold exactly one)
     * @param clinical one numeric text per clinical column ("" where missing; a censored value already replaced by
     *                 its limit)
     */
    public record Row(int line, String patientId, Cohort cohort, Path image, String series, Path mask, String roi,
            Integer outcome, List<String> clinical) {
    }

    /** A finding about one line; {@code patientId} is "" when the row has none. */
    public record RowFinding(int line, String patientId, Finding finding) {

        public String describe() {
            return "line " + line + (patientId.isEmpty() ? "" : " (" + patientId + ")") + ": " + finding.describe();
        }
    }

    static final String PATIENT_ID = "patient_id";
    static final String COHORT = "cohort";
    static final String IMAGE = "image";
    static final String MASK = "mask";
    static final String SERIES = "series";
    static final String ROI = "roi";
    static final String OUTCOME = "outcome";
    private static final List<String> REQUIRED = List.of(PATIENT_ID, COHORT, IMAGE, MASK, OUTCOME);
    private static final Set<String> FIXED = Set.of(PATIENT_ID, COHORT, IMAGE, SERIES, MASK, ROI, OUTCOME);

    /** The usable rows' findings and the excluded rows' errors, ERROR ones only. */
    public List<RowFinding> errors() {
        return findings.stream().filter(f -> f.finding().isError()).toList();
    }

    /**
     * @throws BadInputException when the file is empty or lacks a required column (nothing can be read then)
     */
    public static CohortManifest read(Path csv) throws IOException {
        CsvRecords.Table table = CsvRecords.read(csv);
        if (table.header().isEmpty()) {
            throw new BadInputException(csv, "the manifest is empty; expected a header line with "
                    + String.join(",", REQUIRED) + "[,series][,roi][,clinical columns...]");
        }
        Map<String, Integer> fixed = new LinkedHashMap<>();
        List<String> clinical = new ArrayList<>();
        List<Integer> clinicalIndex = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < table.header().size(); c++) {
            String name = table.header().get(c).trim();
            String key = name.toLowerCase(Locale.ROOT);
            if (name.isEmpty() || !seen.add(key)) {
                throw new BadInputException(csv, "header column " + (c + 1) + (name.isEmpty() ? " is empty"
                        : " \"" + name + "\" appears twice") + "; every column needs its own name");
            }
            if (FIXED.contains(key)) {
                fixed.put(key, c);
            } else {
                clinical.add(name);
                clinicalIndex.add(c);
            }
        }
        List<String> missing = REQUIRED.stream().filter(r -> !fixed.containsKey(r)).toList();
        if (!missing.isEmpty()) {
            throw new BadInputException(csv, "the manifest has no " + String.join(", ", missing) + " column"
                    + (missing.size() > 1 ? "s" : "") + "; expected " + String.join(",", REQUIRED)
                    + "[,series][,roi][,clinical columns...], found " + String.join(",", table.header()));
        }
        RowChecks checks = new RowChecks(csv.toAbsolutePath().getParent(), fixed, clinical, clinicalIndex,
                table.header().size());
        List<RowChecks.Checked> checked = table.lines().stream().map(checks::check).toList();
        return new CohortManifest(csv, List.copyOf(clinical), usable(checked), findings(checked));
    }

    /** Rows without errors, minus every row whose patient_id is shared with another row (both are named). */
    private static List<Row> usable(List<RowChecks.Checked> checked) {
        Map<String, List<Integer>> linesById = linesById(checked);
        List<Row> rows = new ArrayList<>();
        for (RowChecks.Checked c : checked) {
            if (c.row() != null && linesById.get(c.row().patientId()).size() == 1) {
                rows.add(c.row());
            }
        }
        return List.copyOf(rows);
    }

    private static List<RowFinding> findings(List<RowChecks.Checked> checked) {
        Map<String, List<Integer>> linesById = linesById(checked);
        List<RowFinding> out = new ArrayList<>();
        for (RowChecks.Checked c : checked) {
            List<Integer> same = c.patientId().isEmpty() ? List.of() : linesById.get(c.patientId());
            if (same.size() > 1) {
                out.add(new RowFinding(c.line(), c.patientId(), Finding.error("DUPLICATE_PATIENT_ID",
                        "patient_id \"" + c.patientId() + "\" is on lines " + joined(same)
                                + "; all of them are left out",
                        "keep one row per patient (a patient in two cohorts would leak into the validation)")));
            }
            c.findings().forEach(f -> out.add(new RowFinding(c.line(), c.patientId(), f)));
        }
        return List.copyOf(out);
    }

    private static Map<String, List<Integer>> linesById(List<RowChecks.Checked> checked) {
        Map<String, List<Integer>> linesById = new LinkedHashMap<>();
        for (RowChecks.Checked c : checked) {
            if (!c.patientId().isEmpty()) {
                linesById.computeIfAbsent(c.patientId(), k -> new ArrayList<>()).add(c.line());
            }
        }
        return linesById;
    }

    private static String joined(List<Integer> lines) {
        List<String> s = lines.stream().map(String::valueOf).toList();
        return String.join(s.size() == 2 ? " and " : ", ", s);
    }
}
