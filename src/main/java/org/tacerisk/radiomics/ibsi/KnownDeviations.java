package org.tacerisk.radiomics.ibsi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tacerisk.common.BadInputException;

/**
 * Reference values the engine does not match after real effort, each with its analysis
 * ({@code docs/ibsi/known-deviations.csv}: data,ibsi_code,aggregation_code,variant,analysis). The acceptance test
 * requires every other row to pass and every listed row to still fail, so the list cannot go stale silently.
 */
public final class KnownDeviations {

    private final Map<String, String> analysisByRow;

    private KnownDeviations(Map<String, String> analysisByRow) {
        this.analysisByRow = analysisByRow;
    }

    public static KnownDeviations none() {
        return new KnownDeviations(Map.of());
    }

    public static KnownDeviations read(Path csv) throws IOException {
        if (!Files.exists(csv)) {
            return none();
        }
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        Map<String, String> map = new LinkedHashMap<>();
        for (int n = 1; n < lines.size(); n++) {
            if (lines.get(n).isBlank()) {
                continue;
            }
            List<String> f = IbsiReference.splitQuoted(lines.get(n));
            if (f.size() != 5) {
                throw new BadInputException(csv, "line " + (n + 1) + ": expected data,ibsi_code,aggregation_code,"
                        + "variant,analysis");
            }
            map.put(f.get(0) + "|" + f.get(1) + "|" + f.get(2) + "|" + f.get(3), f.get(4));
        }
        return new KnownDeviations(map);
    }

    /** The analysis for this row, or null when the row is expected to pass. */
    public String analysis(ReferenceRow row) {
        return analysisByRow.get(row.dataSet() + "|" + row.key());
    }

    public int size() {
        return analysisByRow.size();
    }
}
