package org.tacerisk.cohort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.CsvRecords;

/**
 * {@code cohort merge}: joins the tables of {@code cohort extract --shard} runs into one. Refuses rather than
 * guesses: parts must have the same columns (a part extracted with other settings would silently mix feature
 * definitions) and no patient may be in two parts. Rows are put in manifest order when the manifest is given, so
 * merging all shards gives exactly the unsharded table; without it, in patient_id order (documented in
 * docs/cohort.md). The parts' {@code .errors.csv} files, where present, are merged the same way.
 */
public final class CohortMerge {

    /** What was written: rows, parts read, and parts skipped because they hold no rows. */
    public record Result(Path out, int rows, int parts, List<Path> emptyParts) {
    }

    private record Part(Path file, List<String> header, List<List<String>> rows) {
    }

    private static final int MAX_NAMES = 8;

    private CohortMerge() {
    }

    /**
     * @param manifest the cohort manifest for the row order, or null (patient_id order)
     * @throws BadInputException when a part cannot be read, the columns differ or a patient is in two parts
     */
    public static Result merge(List<Path> parts, Path manifest, Path out) throws IOException {
        if (parts.isEmpty()) {
            throw new BadInputException(null, "no parts to merge");
        }
        List<Part> read = new ArrayList<>();
        for (Path p : parts) {
            read.add(read(p));
        }
        List<Path> empty = read.stream().filter(p -> p.rows().isEmpty()).map(Part::file).toList();
        List<Part> nonEmpty = read.stream().filter(p -> !p.rows().isEmpty()).toList();
        List<String> header = nonEmpty.isEmpty() ? read.get(0).header() : nonEmpty.get(0).header();
        Map<String, Path> owner = new HashMap<>();
        List<List<String>> rows = new ArrayList<>();
        for (Part p : nonEmpty) {
            int[] columnOf = sameColumns(nonEmpty.get(0), p);
            for (List<String> row : p.rows()) {
                Path first = owner.putIfAbsent(row.get(0), p.file());
                if (first != null) {
                    throw new BadInputException(p.file(), "patient \"" + row.get(0) + "\" is also in " + first
                            + (first.equals(p.file()) ? " (twice in this part)" : "") + "; each patient must be in"
                            + " one part only (were the parts made with different shard counts?)");
                }
                List<String> reordered = new ArrayList<>(row.size());
                for (int c : columnOf) {
                    reordered.add(row.get(c));
                }
                rows.add(reordered);
            }
        }
        Comparator<List<String>> order = order(manifest);
        rows.sort(order);
        Tables.write(out, header, rows);
        mergeErrors(parts, out);
        return new Result(out, rows.size(), parts.size(), empty);
    }

    private static Part read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file, "no such feature table");
        }
        CsvRecords.Table t = CsvRecords.read(file);
        if (t.header().isEmpty() || !t.header().get(0).equals(CohortManifest.PATIENT_ID)) {
            throw new BadInputException(file, "not a table written by cohort extract (the first column must be"
                    + " patient_id)");
        }
        List<List<String>> rows = new ArrayList<>();
        for (CsvRecords.Line line : t.lines()) {
            if (line.error() != null || line.cells().size() != t.header().size()) {
                throw new BadInputException(file, line.error() != null ? line.error() : "line " + line.number()
                        + " has " + line.cells().size() + " fields but the header has " + t.header().size());
            }
            rows.add(line.cells());
        }
        return new Part(file, t.header(), rows);
    }

    /** For each column of the reference, its index in {@code p}; refuses parts whose column sets differ. */
    private static int[] sameColumns(Part reference, Part p) {
        Set<String> ref = new LinkedHashSet<>(reference.header());
        Set<String> mine = new LinkedHashSet<>(p.header());
        if (ref.size() != reference.header().size() || mine.size() != p.header().size()) {
            throw new BadInputException(ref.size() != reference.header().size() ? reference.file() : p.file(),
                    "a column name appears twice in the header");
        }
        if (!ref.equals(mine)) {
            List<String> missing = reference.header().stream().filter(c -> !mine.contains(c)).toList();
            List<String> extra = p.header().stream().filter(c -> !ref.contains(c)).toList();
            throw new BadInputException(p.file(), "its columns differ from " + reference.file() + ": "
                    + (missing.isEmpty() ? "" : "missing " + names(missing)) + (missing.isEmpty() || extra.isEmpty()
                    ? "" : "; ") + (extra.isEmpty() ? "" : "extra " + names(extra)) + "; merge only parts extracted"
                    + " with the same settings, deep model and manifest");
        }
        int[] columnOf = new int[reference.header().size()];
        for (int c = 0; c < columnOf.length; c++) {
            columnOf[c] = p.header().indexOf(reference.header().get(c));
        }
        return columnOf;
    }

    private static String names(List<String> columns) {
        List<String> shown = columns.subList(0, Math.min(MAX_NAMES, columns.size()));
        return String.join(", ", shown) + (columns.size() > MAX_NAMES ? " and " + (columns.size() - MAX_NAMES)
                + " more" : "");
    }

    /** Manifest line order (ids not in the manifest are refused), else patient_id order. */
    private static Comparator<List<String>> order(Path manifest) throws IOException {
        if (manifest == null) {
            return Comparator.comparing(r -> r.get(0));
        }
        CohortManifest m = CohortManifest.read(manifest);
        Map<String, Integer> lineOf = new HashMap<>();
        // bad rows count too: on the merging machine the images may not be there, but the order still is
        m.rows().forEach(r -> lineOf.putIfAbsent(r.patientId(), r.line()));
        m.findings().forEach(f -> lineOf.merge(f.patientId(), f.line(), Math::min));
        return Comparator.comparingInt(r -> {
            Integer line = lineOf.get(r.get(0));
            if (line == null) {
                throw new BadInputException(manifest, "patient \"" + r.get(0) + "\" of the parts is not in the"
                        + " manifest; give the manifest the parts were extracted from");
            }
            return line;
        });
    }

    /** Joins the parts' errors files (line order) when any exists, so failures are not lost in the merge. */
    private static void mergeErrors(List<Path> parts, Path out) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        boolean any = false;
        for (Path p : parts) {
            Path errors = Tables.errorsFile(p);
            if (Files.isRegularFile(errors)) {
                any = true;
                CsvRecords.read(errors).lines().stream().filter(l -> l.error() == null
                        && l.cells().size() == Tables.ERRORS_HEADER.size()).forEach(l -> rows.add(l.cells()));
            }
        }
        if (any) {
            rows.sort(Comparator.comparingInt((List<String> r) -> lineNumber(r.get(1))).thenComparing(r -> r.get(0)));
            Tables.write(Tables.errorsFile(out), Tables.ERRORS_HEADER, rows);
        }
    }

    private static int lineNumber(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
