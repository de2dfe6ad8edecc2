package org.tacerisk.stats;

import java.util.ArrayList;
import java.util.List;
import org.tacerisk.common.BadInputException;

/**
 * Selects rows of a table by {@code column=value} conditions, all of which must hold (for example
 * {@code cohort=train}: the HCC model is fitted on the training cohort only). Values compare as text.
 */
public final class RowSelection {

    private RowSelection() {
    }

    /** The rows matching every condition; no conditions selects all rows. No matching row is bad input. */
    public static DataTable where(DataTable table, List<String> conditions) {
        if (conditions == null || conditions.isEmpty()) {
            return table;
        }
        List<String> columns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (String c : conditions) {
            int eq = c.indexOf('=');
            if (eq <= 0) {
                throw new BadInputException(table.source(), "cannot read the row condition \"" + c
                        + "\"; write it as column=value, e.g. cohort=train");
            }
            String column = c.substring(0, eq).trim();
            if (!table.hasColumn(column)) {
                throw new BadInputException(table.source(), "row condition \"" + c + "\": no column \"" + column
                        + "\"; the columns are " + table.columns());
            }
            columns.add(column);
            values.add(c.substring(eq + 1).trim());
        }
        List<Integer> keep = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            boolean all = true;
            for (int k = 0; k < columns.size() && all; k++) {
                all = table.text(r, columns.get(k)).equals(values.get(k));
            }
            if (all) {
                keep.add(r);
            }
        }
        if (keep.isEmpty()) {
            throw new BadInputException(table.source(), "no row satisfies " + String.join(" and ", conditions));
        }
        return table.select(keep.stream().mapToInt(Integer::intValue).toArray());
    }
}
