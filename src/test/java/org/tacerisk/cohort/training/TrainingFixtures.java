package org.tacerisk.cohort.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tacerisk.stats.DataTable;

/** Public access to {@link TrainingFixture} for tests of other packages. */
public final class TrainingFixtures {

    private TrainingFixtures() {
    }

    /** Writes the fixture's table (with deep features) as a features CSV. */
    public static Path writeFeatures(Path csv, int n, long seed) throws IOException {
        DataTable t = TrainingFixture.table(n, seed, true);
        StringBuilder sb = new StringBuilder(String.join(",", t.columns())).append('\n');
        for (int i = 0; i < t.rowCount(); i++) {
            sb.append(String.join(",", t.row(i))).append('\n');
        }
        Files.writeString(csv, sb);
        return csv;
    }
}
