package org.tacerisk.cohort.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacerisk.stats.DataTable;

/** Table 1 of the training report, with its tests of difference between cohorts checked by hand. */
class BaselineTableTest {

    @Test
    void kruskalWallisMatchesRsDocumentationExample() {
        // ?kruskal.test (Hollander & Wolfe): Kruskal-Wallis chi-squared = 0.77143, df = 2, p-value = 0.68;
        // by hand H = 0.7714286, p = exp(-H / 2) for 2 df = 0.6799648
        double p = BaselineTable.kruskalWallisP(List.of(new double[] {2.9, 3.0, 2.5, 2.6, 3.2},
                new double[] {3.8, 2.7, 4.0, 2.4}, new double[] {2.8, 3.4, 3.7, 2.2, 2.0}));
        assertEquals(Math.exp(-0.7714285714285714 / 2), p, 1e-12);
    }

    @Test
    void kruskalWallisCorrectsForTies() {
        // {1, 2, 2} vs {2, 3, 4}: midranks 1, 3, 3 | 3, 5, 6; H = 12/42 · (49 + 196)/3 − 21 = 7/3;
        // ties: one run of 3 → 1 − 24/210; H' = 2.6344086; p (1 df) = erfc(√(H'/2)) = 0.1045710
        double p = BaselineTable.kruskalWallisP(List.of(new double[] {1, 2, 2}, new double[] {2, 3, 4}));
        assertEquals(0.10457099306437283, p, 1e-9);
    }

    @Test
    void chiSquareByHand() {
        // expected 15 in every cell: (25 · 4)/15 = 6.667 with 2 df → p = exp(−3.333) = 0.035674
        assertEquals(Math.exp(-100.0 / 15 / 2), BaselineTable.chiSquareP(new long[][] {{10, 20}, {20, 10},
            {15, 15}}), 1e-12);
        assertTrue(Double.isNaN(BaselineTable.chiSquareP(new long[][] {{5, 0}, {7, 0}})), "one level only");
    }

    @Test
    void binaryColumnsAsCountsOthersAsMedianAndMissingCounted() {
        List<String[]> rows = new ArrayList<>();
        String[][] data = {{"train", "1", "1", "4.0"}, {"train", "0", "0", "6.0"}, {"train", "0", "1", "NA"},
            {"test", "1", "0", "8.0"}, {"test", "1", "NA", "10.0"}};
        for (String[] d : data) {
            rows.add(d);
        }
        DataTable t = DataTable.of(List.of("cohort", "outcome", "male", "size"), rows);
        String[] cohortOf = {"train", "train", "train", "test", "test"};
        BaselineTable table = BaselineTable.of(t, cohortOf, List.of("train", "test"), "outcome",
                List.of("male", "size"), c -> c.equals("size") ? "Tumour size (cm)" : c);
        assertEquals(3, table.rows().size());
        assertEquals(List.of("1 (33.3 %)", "2 (100.0 %)"), table.rows().get(0).cells());
        BaselineTable.Row male = table.rows().get(1);
        assertEquals("male = 1, n (%)", male.variable());
        assertEquals(List.of("2 (66.7 %)", "0 (0.0 %)"), male.cells());
        assertEquals(1, male.missing());
        BaselineTable.Row size = table.rows().get(2);
        assertEquals("Tumour size (cm), median [IQR]", size.variable());
        assertEquals(List.of("5.000 [4.500, 5.500]", "9.000 [8.500, 9.500]"), size.cells());
        assertEquals("Kruskal–Wallis", size.test());
        String md = table.markdown();
        assertTrue(md.startsWith("| | train (n = 3) | test (n = 2) | p |\n|---|---|---|---|\n"), md);
        assertTrue(md.contains("| male = 1, n (%) (1 missing) | 2 (66.7 %) | 0 (0.0 %) |"), md);
    }

    @Test
    void reportNumbersNeverShowMinusZero() {
        assertEquals("0.000", TrainingReport.f(-0.0000004, 3));
        assertEquals("-0.001", TrainingReport.f(-0.0006, 3));
        assertEquals("NA", TrainingReport.f(Double.NaN, 3));
    }
}
