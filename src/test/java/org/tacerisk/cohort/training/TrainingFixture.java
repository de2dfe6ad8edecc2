package org.tacerisk.cohort.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.tacerisk.stats.DataTable;

/**
 * An in-memory features table with a known signal: radiomics f01 (+) and f02 (−), deep_f001 (+), AFP (log10, +);
 * tumour size, the other radiomics and deep features are noise. 60 % train, 40 % test.
 */
final class TrainingFixture {

    static final List<String> CLINICAL = List.of("afp", "size_cm");

    private TrainingFixture() {
    }

    static DataTable table(int n, long seed, boolean withDeep) {
        Random r = new Random(seed);
        List<String> cols = new ArrayList<>(List.of("patient_id", "cohort", "outcome", "afp", "size_cm"));
        for (int j = 1; j <= 20; j++) {
            cols.add(String.format("original_f%02d", j));
        }
        if (withDeep) {
            for (int j = 1; j <= 5; j++) {
                cols.add(String.format("deep_f%03d", j));
            }
        }
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> row = new ArrayList<>();
            double[] f = new double[20];
            for (int j = 0; j < 20; j++) {
                f[j] = r.nextGaussian() * (j + 1) + 5 * j;
            }
            double[] d = new double[5];
            for (int j = 0; j < 5; j++) {
                d[j] = r.nextGaussian();
            }
            double logAfp = 1 + r.nextGaussian();
            double lp = -1 + 1.2 * f[0] - 0.6 * (f[1] - 5) + 1.0 * (logAfp - 1) + (withDeep ? 1.0 * d[0] : 0);
            int y = r.nextDouble() < 1 / (1 + Math.exp(-lp)) ? 1 : 0;
            row.add("p" + i);
            row.add(i < n * 0.6 ? "train" : "test");
            row.add(Integer.toString(y));
            row.add(Double.toString(Math.pow(10, logAfp)));
            row.add(Double.toString(3 + Math.abs(r.nextGaussian() * 2)));
            for (double v : f) {
                row.add(Double.toString(v));
            }
            if (withDeep) {
                for (double v : d) {
                    row.add(Double.toString(v));
                }
            }
            rows.add(row.toArray(String[]::new));
        }
        return DataTable.of(cols, rows);
    }
}
