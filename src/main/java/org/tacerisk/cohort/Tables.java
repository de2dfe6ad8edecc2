package org.tacerisk.cohort;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.tacerisk.common.AtomicFiles;
import org.tacerisk.common.CsvRecords;

/** Writing the wide feature table and its errors file (shared by extract and merge). */
final class Tables {

    static final List<String> ERRORS_HEADER = List.of("patient_id", "line", "reason");

    private Tables() {
    }

    /** Writes atomically: a scheduler that kills the job never leaves a half table that looks complete. */
    static void write(Path out, List<String> header, List<List<String>> rows) throws IOException {
        StringBuilder sb = new StringBuilder(CsvRecords.join(header)).append('\n');
        for (List<String> row : rows) {
            sb.append(CsvRecords.join(row)).append('\n');
        }
        AtomicFiles.writeString(out, sb.toString());
    }

    /** FEATURES.csv → FEATURES.errors.csv (next to it); other names get ".errors.csv" appended. */
    static Path errorsFile(Path out) {
        String name = out.getFileName().toString();
        String stem = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return out.resolveSibling(stem + ".errors.csv");
    }

    /** A value as the table holds it: full precision (reads back to the same double); "NaN"; "Inf"/"-Inf" as R. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Inf" : "-Inf";
        }
        return Double.toString(v);
    }
}
