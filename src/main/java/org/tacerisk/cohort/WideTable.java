package org.tacerisk.cohort;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tacerisk.common.BadInputException;

/**
 * The wide table of {@code cohort extract}: {@code patient_id, cohort, outcome}, the clinical columns in manifest
 * order, then the feature columns in extraction order (docs/cohort.md). With one settings file every case yields
 * the same columns; should one not, the union is taken in manifest order and its missing cells are empty.
 */
final class WideTable {

    private WideTable() {
    }

    static List<String> fixedColumns(CohortManifest manifest) {
        List<String> header = new ArrayList<>(List.of(CohortManifest.PATIENT_ID, CohortManifest.COHORT,
                CohortManifest.OUTCOME));
        header.addAll(manifest.clinicalColumns());
        return header;
    }

    static void write(Path out, CohortManifest manifest, List<CohortManifest.Row> rows,
            CaseRunner.Outcome[] outcomes) throws IOException {
        List<String> fixed = fixedColumns(manifest);
        Set<String> features = new LinkedHashSet<>();
        for (CaseRunner.Outcome o : outcomes) {
            if (o.features() != null) {
                features.addAll(o.features().names());
            }
        }
        for (String column : fixed) {
            if (features.contains(column)) {
                throw new BadInputException(manifest.source(), "the clinical column \"" + column + "\" has the name"
                        + " of a feature column; rename it (the extracted features are cached, a rerun is quick)");
            }
        }
        List<String> header = new ArrayList<>(fixed);
        header.addAll(features);
        List<List<String>> table = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (outcomes[i].features() != null) {
                table.add(row(rows.get(i), outcomes[i].features(), features));
            }
        }
        Tables.write(out, header, table);
    }

    private static List<String> row(CohortManifest.Row r, CaseFeatures f, Set<String> columns) {
        List<String> cells = new ArrayList<>(3 + r.clinical().size() + columns.size());
        cells.add(r.patientId());
        cells.add(r.cohort().label());
        cells.add(r.outcome() == null ? "" : r.outcome().toString());
        cells.addAll(r.clinical());
        Map<String, Double> byName = new HashMap<>();
        for (int i = 0; i < f.values().length; i++) {
            byName.put(f.names().get(i), f.values()[i]);
        }
        for (String column : columns) {
            Double v = byName.get(column);
            cells.add(v == null ? "" : Tables.number(v));
        }
        return cells;
    }
}
