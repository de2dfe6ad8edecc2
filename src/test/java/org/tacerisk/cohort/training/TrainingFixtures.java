package org.tacerisk.cohort.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tacerisk.stats.DataTable;

/** Public access to {@link TrainingFixture} for tests of other packages. */
public final class TrainingFixtures {

    private TrainingFixtures() {
    }

    /**
     * Writes the cohort manifest the fixture's table of {@code n} patients would have been extracted from: its
     * patients, cohorts, outcomes and clinical values, every row pointing at one placeholder image and mask (the
     * manifest checks that they exist; training never opens them).
     */
    public static Path writeManifest(Path csv, int n, long seed) throws IOException {
        Path folder = csv.toAbsolutePath().getParent();
        Files.write(folder.resolve("ct.nii.gz"), new byte[0]);
        Files.write(folder.resolve("mask.nii.gz"), new byte[0]);
        DataTable t = TrainingFixture.table(n, seed, true);
        StringBuilder sb = new StringBuilder("patient_id,cohort,image,mask,outcome,afp,size_cm\n");
        for (int i = 0; i < t.rowCount(); i++) {
            sb.append(String.join(",", t.text(i, "patient_id"), t.text(i, "cohort"), "ct.nii.gz", "mask.nii.gz",
                    t.text(i, "outcome"), t.text(i, "afp"), t.text(i, "size_cm"))).append('\n');
        }
        Files.writeString(csv, sb);
        return csv;
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
