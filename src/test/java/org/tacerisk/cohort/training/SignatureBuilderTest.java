package org.tacerisk.cohort.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tacerisk.common.BadInputException;
import org.tacerisk.stats.DataTable;

class SignatureBuilderTest {

    /** 30 features; f01 and f02 carry the signal; the last {@code test} rows are a test cohort. */
    static DataTable table(int train, int test, long seed, double testShift) {
        Random r = new Random(seed);
        List<String> cols = new ArrayList<>(List.of("patient_id", "cohort", "outcome"));
        for (int j = 1; j <= 30; j++) {
            cols.add(String.format("f%02d", j));
        }
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < train + test; i++) {
            boolean isTest = i >= train;
            double[] x = new double[30];
            for (int j = 0; j < 30; j++) {
                x[j] = r.nextGaussian() * (j + 1) + 10 * j + (isTest ? testShift : 0);
            }
            double lp = -0.5 + 1.5 * (x[0] - (isTest ? testShift : 0)) - 1.2 * (x[1] - 10 - (isTest ? testShift : 0))
                    / 2;
            int y = r.nextDouble() < 1 / (1 + Math.exp(-lp)) ? 1 : 0;
            String[] row = new String[33];
            row[0] = "p" + i;
            row[1] = isTest ? "test" : "train";
            row[2] = Integer.toString(y);
            for (int j = 0; j < 30; j++) {
                row[3 + j] = Double.toString(x[j]);
            }
            rows.add(row);
        }
        return DataTable.of(cols, rows);
    }

    static List<String> features(DataTable t) {
        return t.columns().subList(3, t.columns().size());
    }

    static int[] train(DataTable t) {
        return IntStream.range(0, t.rowCount()).filter(i -> t.text(i, "cohort").equals("train")).toArray();
    }

    static double[] y(DataTable t, int[] rows) {
        double[] all = t.numeric("outcome");
        return IntStream.of(rows).mapToDouble(i -> all[i]).toArray();
    }

    @Test
    void selectsTheSignalFeaturesAndDropsMostNoise() {
        DataTable t = table(300, 100, 7, 0);
        int[] tr = train(t);
        FeatureSignature s = RadSignatureBuilder.build("rad", t, tr, y(t, tr), features(t), TrainingConfig.defaults());
        assertTrue(s.features().contains("f01"), s.features().toString());
        assertTrue(s.features().contains("f02"), s.features().toString());
        assertTrue(s.features().size() <= 6, "noise mostly dropped: " + s.features());
        assertEquals(30, s.candidates().size());
        assertTrue(s.screened().size() < 30);
        int j = s.features().indexOf("f01");
        assertTrue(s.coefficients()[j] > 0);
        assertTrue(s.coefficients()[s.features().indexOf("f02")] < 0);
        double[] score = s.score(t);
        assertEquals(t.rowCount(), score.length);
    }

    @Test
    void standardisationUsesTrainingRowsOnly() {
        DataTable a = table(300, 100, 7, 0);
        DataTable b = table(300, 100, 7, 50);
        FeatureSignature sa = RadSignatureBuilder.build("rad", a, train(a), y(a, train(a)), features(a),
                TrainingConfig.defaults());
        FeatureSignature sb = RadSignatureBuilder.build("rad", b, train(b), y(b, train(b)), features(b),
                TrainingConfig.defaults());
        assertEquals(sa.features(), sb.features());
        assertArrayEquals(sa.mean(), sb.mean(), 0);
        assertArrayEquals(sa.sd(), sb.sd(), 0);
        assertArrayEquals(sa.coefficients(), sb.coefficients(), 0);
        int j = sa.features().indexOf("f01");
        double expected = RadSignatureBuilder.mean(IntStream.of(train(a)).mapToDouble(i -> a.numeric("f01")[i])
                .toArray());
        assertEquals(expected, sa.mean()[j], 1e-12);
    }

    @Test
    void foldsAreStratifiedAndSeeded() {
        double[] y = new double[100];
        for (int i = 0; i < 30; i++) {
            y[i] = 1;
        }
        int[] f = RadSignatureBuilder.stratifiedFolds(y, 10, 3);
        assertArrayEquals(f, RadSignatureBuilder.stratifiedFolds(y, 10, 3));
        for (int k = 1; k <= 10; k++) {
            int events = 0;
            int n = 0;
            for (int i = 0; i < y.length; i++) {
                if (f[i] == k) {
                    n++;
                    events += (int) y[i];
                }
            }
            assertEquals(10, n);
            assertEquals(3, events);
        }
    }

    @Test
    void configDefaultsOverridesAndUnknownKeys() {
        TrainingConfig d = TrainingConfig.parse("", null);
        assertEquals(TrainingConfig.defaults(), d);
        assertEquals("log10", d.transformOf("AFP_ng_ml"));
        assertEquals("none", d.transformOf("tumor_size_cm"));
        TrainingConfig c = TrainingConfig.parse("screening: {method: t_test, p: 0.1}\nlasso: {folds: 5, seed: 9,"
                + " lambda: lambda_min}\nclinical: {transforms: {afp: none}}\nrisk_groups: {cutoff: 0.3}\n"
                + "synthetic: true\n", null);
        assertEquals("t_test", c.screening());
        assertEquals(5, c.folds());
        assertEquals("lambda_min", c.lambdaRule());
        assertEquals("none", c.transformOf("afp"));
        assertEquals(0.3, c.riskCutoff());
        assertTrue(c.synthetic());
        BadInputException e = assertThrows(BadInputException.class,
                () -> TrainingConfig.parse("lasso: {fold: 5}\n", null));
        assertTrue(e.getMessage().contains("lasso.fold"), e.getMessage());
        assertThrows(BadInputException.class, () -> TrainingConfig.parse("screeening: {}\n", null));
        assertThrows(BadInputException.class, () -> TrainingConfig.parse("lasso: {lambda: best}\n", null));
    }
}
