package org.tacerisk.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacerisk.common.BadInputException;

/** Inputs a logistic fit must refuse, each with a message that names the problem. */
class LogisticEdgeCaseTest {

    /** A small table: y, x (noisy signal), z (other), c (constant 3), g (group a/b/c). */
    static DataTable table(List<String> columns, double[]... columnsData) {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < columnsData[0].length; i++) {
            String[] row = new String[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                double v = columnsData[c][i];
                row[c] = Double.isNaN(v) ? "NA" : PredictorSpec.number(v);
            }
            rows.add(row);
        }
        return DataTable.of(columns, rows);
    }

    static double[] seq(int n, java.util.function.IntToDoubleFunction f) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = f.applyAsDouble(i);
        }
        return v;
    }

    private static final int N = 60;
    private static final double[] X = seq(N, i -> (i * 37 % 60) / 10.0);
    private static final double[] Y = seq(N, i -> ((i * 37 % 60) / 10.0 + (i * 13 % 7) * 0.6 > 4.5) ? 1 : 0);
    private static final double[] Z = seq(N, i -> (i * 11 % 17) - 8);

    private static String fail(DataTable t, String outcome, String predictors) {
        return assertThrows(BadInputException.class,
                () -> LogisticModel.fit(t, outcome, PredictorSpec.parseList(predictors), List.of())).getMessage();
    }

    @Test
    void ordinaryDataFits() {
        LogisticModel m = LogisticModel.fit(table(List.of("y", "x", "z"), Y, X, Z), "y",
                PredictorSpec.parseList("x,z"), List.of());
        assertEquals(List.of("(Intercept)", "x", "z"), m.termNames());
    }

    @Test
    void completeSeparationNamesThePredictor() {
        double[] y = seq(N, i -> X[i] > 3 ? 1 : 0);
        String msg = fail(table(List.of("y", "x", "z"), y, X, Z), "y", "x,z");
        assertTrue(msg.contains("separation") && msg.contains("predicted by x"), msg);
    }

    @Test
    void quasiCompleteSeparationByABinaryPredictorNamesIt() {
        double[] flag = seq(N, i -> i % 5 == 0 ? 1 : 0);
        double[] y = seq(N, i -> flag[i] == 1 ? 1 : Y[i]);
        String msg = fail(table(List.of("y", "z", "flag"), y, Z, flag), "y", "z,flag");
        assertTrue(msg.contains("quasi-complete separation") && msg.contains("predicted by flag"), msg);
        assertTrue(!msg.contains("predicted by z"), msg);
    }

    @Test
    void constantPredictorIsNamed() {
        double[] c = seq(N, i -> 3);
        String msg = fail(table(List.of("y", "x", "c"), Y, X, c), "y", "x,c");
        assertTrue(msg.contains("predictor c is constant"), msg);
    }

    @Test
    void allOneOrAllZeroOutcomeIsRefused() {
        String ones = fail(table(List.of("y", "x"), seq(N, i -> 1), X), "y", "x");
        assertTrue(ones.contains("is 1 in all 60 rows") && ones.contains("needs both outcomes"), ones);
        String zeros = fail(table(List.of("y", "x"), seq(N, i -> 0), X), "y", "x");
        assertTrue(zeros.contains("is 0 in all 60 rows"), zeros);
    }

    @Test
    void outcomeOtherThanZeroOneIsRefused() {
        String msg = fail(table(List.of("y", "x"), seq(N, i -> i % 3), X), "y", "x");
        assertTrue(msg.contains("must be 0 or 1, got 2"), msg);
    }

    @Test
    void fewerEventsThanPredictorsIsRefused() {
        double[] y = seq(N, i -> i < 2 ? 1 : 0);
        String msg = fail(table(List.of("y", "x", "z", "w"), y, X, Z, seq(N, i -> i % 4)), "y", "x,z,w");
        assertTrue(msg.contains("only 2 events") && msg.contains("fewer events than predictors"), msg);
    }

    @Test
    void singularDesignNamesTheAliasedTerm() {
        double[] x2 = seq(N, i -> 2 * X[i] + 1);
        String msg = fail(table(List.of("y", "x", "x2"), Y, X, x2), "y", "x,x2");
        assertTrue(msg.contains("singular") && msg.contains("term x2"), msg);
    }

    @Test
    void rowsWithMissingValuesAreDroppedAndCounted() {
        double[] xm = X.clone();
        double[] ym = Y.clone();
        xm[3] = Double.NaN;
        ym[10] = Double.NaN;
        LogisticModel withMissing = LogisticModel.fit(table(List.of("y", "x", "z"), ym, xm, Z), "y",
                PredictorSpec.parseList("x,z"), List.of());
        assertEquals(2, withMissing.droppedMissing());
        assertEquals(N - 2, withMissing.fit().n());
        assertTrue(withMissing.fit().findings().stream().anyMatch(f -> f.code().equals("ROWS_WITH_MISSING_VALUES")
                && f.message().startsWith("2 of 60 rows")));
        // the same as fitting the complete rows only (R's na.omit)
        double[] keep = seq(N - 2, i -> i < 3 ? i : i < 9 ? i + 1 : i + 2);
        DataTable complete = table(List.of("y", "x", "z"), seq(N - 2, i -> Y[(int) keep[i]]),
                seq(N - 2, i -> X[(int) keep[i]]), seq(N - 2, i -> Z[(int) keep[i]]));
        LogisticModel ref = LogisticModel.fit(complete, "y", PredictorSpec.parseList("x,z"), List.of());
        for (int j = 0; j < 3; j++) {
            assertEquals(ref.fit().estimate(j), withMissing.fit().estimate(j), 1e-12);
        }
        // predictions for a row with a missing predictor are missing, not an error
        assertTrue(withMissing.predict(table(List.of("y", "x", "z"), ym, xm, Z))[3].missing());
    }

    @Test
    void log10OfNonPositiveValueIsRefused() {
        double[] x0 = seq(N, i -> X[i] + 1);
        x0[4] = 0;
        String msg = fail(table(List.of("y", "x"), Y, x0), "y", "log10(x)");
        assertTrue(msg.contains("row 5") && msg.contains("log10 needs a positive"), msg);
    }

    @Test
    void factorsAreDummyCodedWithRNamesAndReferenceLevel() {
        double[] g = seq(N, i -> 1 + i % 3);
        DataTable t = table(List.of("y", "x", "g"), Y, X, g);
        assertEquals(List.of("(Intercept)", "x", "g2", "g3"),
                LogisticModel.fit(t, "y", PredictorSpec.parseList("x,factor(g)"), List.of()).termNames());
        LogisticModel ref3 = LogisticModel.fit(t, "y", PredictorSpec.parseList("x,factor(g, ref=3)"), List.of());
        assertEquals(List.of("(Intercept)", "x", "g1", "g2"), ref3.termNames());
        DataTable tz = table(List.of("y", "x", "z"), Y, X, Z);
        LogisticModel cut = LogisticModel.fit(tz, "y", PredictorSpec.parseList("x,cut(z, -2, 3.5)"), List.of());
        assertEquals(List.of("(Intercept)", "x", "z(-2,3.5]", "z(3.5,Inf]"), cut.termNames());
        // reparametrising the factor leaves the fit unchanged
        LogisticModel ref1 = LogisticModel.fit(t, "y", PredictorSpec.parseList("x,factor(g)"), List.of());
        assertEquals(ref1.fit().deviance(), ref3.fit().deviance(), 1e-9);
        assertEquals(ref1.fit().estimate(3), -ref3.fit().estimate(2), 1e-9);
    }
}
