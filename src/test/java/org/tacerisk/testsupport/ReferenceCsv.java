package org.tacerisk.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.tacerisk.stats.DataTable;

/** A reference CSV from {@code ../shared/reference} (R's numbers at 17 digits), looked up by a key column. */
public final class ReferenceCsv {

    private final DataTable table;

    private ReferenceCsv(DataTable table) {
        this.table = table;
    }

    /** Reads {@code reference/...} from the shared folder, skipping the test when it is absent. */
    public static ReferenceCsv require(String relative) {
        Path path = SharedData.require(relative);
        try {
            return new ReferenceCsv(DataTable.read(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public DataTable table() {
        return table;
    }

    public int rows() {
        return table.rowCount();
    }

    /** The value in {@code column} of the first row whose {@code keyColumn} equals {@code key}. */
    public double value(String keyColumn, String key, String column) {
        for (int r = 0; r < table.rowCount(); r++) {
            if (table.text(r, keyColumn).equals(key)) {
                return table.numeric(column)[r];
            }
        }
        throw new AssertionError("no row " + keyColumn + " = " + key + " in " + table.source());
    }

    public double[] column(String column) {
        return table.numeric(column);
    }

    public String text(int row, String column) {
        return table.text(row, column);
    }
}
