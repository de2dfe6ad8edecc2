package org.tacerisk.cohort.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tacerisk.stats.DataTable;

class IccFilterTest {

    /**
     * 4 patients × 2 segmentations: (1, 2), (2, 3), (3, 3), (4, 5). By hand: grand mean 23/8 = 2.875; patient means
     * 1.5, 2.5, 3, 4.5 → SSB = 2·4.6875 = 9.375, BMS = 9.375/3 = 3.125; rater means 2.5, 3.25 → SSJ = 4·0.28125 =
     * 1.125 = JMS; SST = 10.875 → SSE = 10.875 − 9.375 − 1.125 = 0.375, EMS = 0.375/3 = 0.125. ICC(3,1) = (3.125 −
     * 0.125)/(3.125 + 0.125) = 12/13; ICC(2,1) = 3/(3.25 + 2·(1.125 − 0.125)/4) = 3/3.75 = 0.8.
     */
    @Test
    void twoRaterExampleByHand() {
        double[][] x = {{1, 2}, {2, 3}, {3, 3}, {4, 5}};
        double[] ms = IccFilter.meanSquares(x);
        assertEquals(3.125, ms[0], 1e-12);
        assertEquals(1.125, ms[1], 1e-12);
        assertEquals(0.125, ms[2], 1e-12);
        assertEquals(0.8, IccFilter.icc21(x), 1e-12);
        assertEquals(12.0 / 13, IccFilter.icc31(x), 1e-12);
    }

    /** Shrout &amp; Fleiss (1979), Table 2 (6 targets, 4 judges): ICC(2,1) = .29, ICC(3,1) = .71. */
    @Test
    void shroutFleissTable() {
        double[][] x = {{9, 2, 5, 8}, {6, 1, 3, 2}, {8, 4, 6, 8}, {7, 1, 2, 6}, {10, 5, 6, 9}, {6, 2, 4, 7}};
        assertEquals(0.29, IccFilter.icc21(x), 0.005);
        assertEquals(0.71, IccFilter.icc31(x), 0.005);
    }

    @Test
    void dropsTheNoisyFeatureOverTrainingPatientsInBothTables() {
        Random r = new Random(3);
        List<String[]> rows = new ArrayList<>();
        List<String[]> repeat = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            double stable = r.nextGaussian() * 10;
            double noisy = r.nextGaussian();
            String cohort = i < 30 ? "train" : "test";
            rows.add(new String[] {"p" + i, cohort, "" + stable, "" + noisy, "1"});
            if (i % 10 != 0) {
                repeat.add(new String[] {"p" + i, "" + (stable + 0.5 * r.nextGaussian()),
                        "" + (noisy + 2 * r.nextGaussian())});
            }
        }
        DataTable t = DataTable.of(List.of("patient_id", "cohort", "stable", "noisy", "only_here"), rows);
        DataTable rep = DataTable.of(List.of("patient_id", "stable", "noisy"), repeat);
        int[] train = java.util.stream.IntStream.range(0, 30).toArray();
        IccFilter f = IccFilter.apply(t, train, rep, List.of("stable", "noisy", "only_here"), 0.75);
        assertEquals(27, f.patients());
        assertEquals(List.of("stable", "only_here"), f.kept());
        assertEquals(List.of("noisy"), f.dropped());
        assertEquals(List.of("only_here"), f.notAssessed());
        assertTrue(f.icc().get("stable") > 0.95, f.icc().toString());
        assertTrue(f.icc().get("noisy") < 0.5, f.icc().toString());
        assertTrue(f.markdown().contains("| 2 | 1 | 1 | 1 |"), f.markdown());
    }
}
