package org.tacerisk.stats;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.tacerisk.testsupport.ReferenceCsv;

/**
 * The R reference files under {@code ../shared/reference/stats} (README there): predictions of the fitted glms and
 * the tables to compare with. Tests that use it are skipped when the shared folder is absent.
 */
final class StatsReference {

    /** Outcomes and predictions of one data set and cohort ({@code birthwt/all}, {@code hcc/test}, ...). */
    record Cohort(String dataset, String cohort, double[] y, double[] p, double[] pDlrOnly, String[] ids) {

        String label() {
            return dataset + "/" + cohort;
        }
    }

    private StatsReference() {
    }

    static DataTable table(String relative) {
        return ReferenceCsv.require("reference/stats/" + relative).table();
    }

    /** {@code birthwt/all} (glm {@code p}) and {@code hcc/train|test|external} (train-fit {@code p}). */
    static List<Cohort> cohorts() {
        List<Cohort> out = new ArrayList<>();
        out.add(birthwt());
        for (String c : List.of("train", "test", "external")) {
            out.add(hcc(c));
        }
        return out;
    }

    static Cohort birthwt() {
        DataTable t = table("glm/birthwt_pred.csv");
        return new Cohort("birthwt", "all", t.numeric("low"), t.numeric("p"), null, ids(t));
    }

    static Cohort hcc(String cohort) {
        DataTable all = table("glm/hcc_pred.csv");
        int[] rows = java.util.stream.IntStream.range(0, all.rowCount())
                .filter(r -> all.text(r, "cohort").equals(cohort)).toArray();
        DataTable t = all.select(rows);
        return new Cohort("hcc", cohort, t.numeric("metastasis"), t.numeric("p"), t.numeric("p_dlr_only"),
                ids(t));
    }

    private static String[] ids(DataTable t) {
        String[] ids = new String[t.rowCount()];
        for (int r = 0; r < ids.length; r++) {
            ids[r] = t.text(r, "id");
        }
        return ids;
    }

    /** Rows of {@code t} whose dataset and cohort columns match. */
    static DataTable rows(DataTable t, String dataset, String cohort) {
        int[] rows = java.util.stream.IntStream.range(0, t.rowCount())
                .filter(r -> t.text(r, "dataset").equals(dataset) && t.text(r, "cohort").equals(cohort)).toArray();
        return t.select(rows);
    }

    /** Relative difference |a − e|/|e| (absolute when e is 0); equal infinities and NaNs count as 0. */
    static double relErr(double actual, double expected) {
        if (actual == expected || (Double.isNaN(actual) && Double.isNaN(expected))) {
            return 0;
        }
        double d = Math.abs(actual - expected);
        return expected == 0 ? d : d / Math.abs(expected);
    }

    static void assertRel(double expected, double actual, double tol, String what) {
        double e = relErr(actual, expected);
        assertTrue(e <= tol, () -> what + ": expected " + expected + " got " + actual + " (relative error " + e
                + " > " + tol + ")");
    }

    static void assertAbs(double expected, double actual, double tol, String what) {
        double e = Math.abs(actual - expected);
        assertTrue(e <= tol || actual == expected, () -> what + ": expected " + expected + " got " + actual
                + " (absolute error " + e + " > " + tol + ")");
    }
}
