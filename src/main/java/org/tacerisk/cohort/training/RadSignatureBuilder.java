package org.tacerisk.cohort.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.apache.commons.math3.stat.inference.TTest;
import org.tacerisk.common.Cancelled;
import org.tacerisk.common.Progress;
import org.tacerisk.stats.DataTable;
import org.tacerisk.stats.LassoCoefficients;
import org.tacerisk.stats.LassoCrossValidation;
import org.tacerisk.stats.LassoCvResult;
import org.tacerisk.stats.LassoOptions;
import org.tacerisk.stats.LassoPath;

/**
 * Builds a feature signature on the training rows: z-score standardisation (training mean and sd only), univariable
 * screening (Mann–Whitney or Welch t-test, p below the threshold), correlation filter (of a pair with |r| above the
 * threshold the one with the larger p goes), then LASSO-logistic with K-fold cross-validation on seeded folds
 * stratified by outcome, at λ_1se or λ_min. Fallbacks, each recorded in the notes: no feature passes the screening
 * → the one with the smallest p; the chosen λ selects nothing → the first λ of the path that selects a feature.
 */
public final class RadSignatureBuilder {

    private RadSignatureBuilder() {
    }

    /**
     * @param table    every patient (rows of other cohorts do not influence anything)
     * @param train    indexes of the training rows in {@code table}
     * @param y        outcome of each training row (0/1), in {@code train} order
     * @param features candidate feature columns
     */
    public static FeatureSignature build(String name, DataTable table, int[] train, double[] y, List<String> features,
            TrainingConfig config) {
        return build(name, table, train, y, features, config, Progress.NONE);
    }

    /**
     * As {@link #build(String, DataTable, int[], double[], List, TrainingConfig)}, checking {@code cancel} per
     * feature in the screening and the correlation filter, and per fold in the LASSO's cross-validation (each a few
     * milliseconds to tens of milliseconds on the demo cohort).
     *
     * @throws Cancelled when {@code cancel} is cancelled
     */
    public static FeatureSignature build(String name, DataTable table, int[] train, double[] y, List<String> features,
            TrainingConfig config, Progress cancel) {
        List<String> notes = new ArrayList<>();
        List<String> usable = new ArrayList<>();
        List<double[]> z = new ArrayList<>();
        List<Double> means = new ArrayList<>();
        List<Double> sds = new ArrayList<>();
        for (String f : features) {
            cancel.checkCancelled();
            double[] all = table.numeric(f);
            double[] x = new double[train.length];
            boolean finite = true;
            for (int i = 0; i < train.length; i++) {
                x[i] = all[train[i]];
                finite &= Double.isFinite(x[i]);
            }
            double m = mean(x);
            double s = sd(x, m);
            if (!finite || !(s > 0)) {
                notes.add(f + ": left out (" + (finite ? "constant" : "missing or non-finite") + " in training)");
                continue;
            }
            for (int i = 0; i < x.length; i++) {
                x[i] = (x[i] - m) / s;
            }
            usable.add(f);
            z.add(x);
            means.add(m);
            sds.add(s);
        }
        if (usable.isEmpty()) {
            throw new IllegalArgumentException("signature " + name + ": no usable feature among " + features.size());
        }
        double[] p = new double[usable.size()];
        for (int j = 0; j < p.length; j++) {
            cancel.checkCancelled();
            p[j] = screeningP(config.screening(), z.get(j), y);
        }
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < p.length; j++) {
            if (config.screening().equals("none") || p[j] < config.screeningP()) {
                order.add(j);
            }
        }
        if (order.isEmpty()) {
            int best = 0;
            for (int j = 1; j < p.length; j++) {
                best = p[j] < p[best] ? j : best;
            }
            order.add(best);
            notes.add("no feature passed the screening; kept the one with the smallest p, " + usable.get(best));
        }
        order.sort(Comparator.comparingDouble((Integer j) -> p[j]).thenComparing(j -> j));
        List<String> screened = order.stream().map(usable::get).toList();
        List<Integer> kept = new ArrayList<>();
        PearsonsCorrelation pearson = new PearsonsCorrelation();
        for (int j : order) {
            cancel.checkCancelled();
            boolean ok = true;
            for (int k : kept) {
                ok &= Math.abs(pearson.correlation(z.get(j), z.get(k))) <= config.correlation();
            }
            if (ok) {
                kept.add(j);
            }
        }
        kept.sort(null);
        List<String> uncorrelated = kept.stream().map(usable::get).toList();
        double[][] x = kept.stream().map(z::get).toArray(double[][]::new);
        cancel.checkCancelled();
        LassoCoefficients coef = lasso(x, y, uncorrelated, config, notes, cancel);
        List<String> selected = new ArrayList<>();
        List<double[]> msc = new ArrayList<>();
        for (int k = 0; k < kept.size(); k++) {
            if (coef.beta(k) != 0) {
                int j = kept.get(k);
                selected.add(usable.get(j));
                msc.add(new double[] {means.get(j), sds.get(j), coef.beta(k)});
            }
        }
        return new FeatureSignature(name, usable, screened, uncorrelated, coef.lambda(), coef.intercept(), selected,
                msc.stream().mapToDouble(a -> a[0]).toArray(), msc.stream().mapToDouble(a -> a[1]).toArray(),
                msc.stream().mapToDouble(a -> a[2]).toArray(), notes);
    }

    private static LassoCoefficients lasso(double[][] x, double[] y, List<String> terms, TrainingConfig config,
            List<String> notes, Progress cancel) {
        int[] folds = stratifiedFolds(y, config.folds(), config.seed());
        LassoCvResult cv = LassoCrossValidation.run(x, y, folds, terms, LassoOptions.glmnetDefaults(), cancel)
                .summarise(config.measure());
        LassoCoefficients coef = config.lambdaRule().equals("lambda_min") ? cv.coefMin() : cv.coef1se();
        if (coef.df() == 0) {
            LassoPath path = cv.path();
            for (int k = 0; k < path.size(); k++) {
                if (path.df(k) > 0) {
                    notes.add(config.lambdaRule() + " selected no feature; used the largest λ that selects one ("
                            + path.lambda(k) + ")");
                    return path.at(k);
                }
            }
            throw new IllegalArgumentException("the LASSO selected no feature at any λ");
        }
        return coef;
    }

    /**
     * Fold ids 1..K: events and non-events are each shuffled with {@code seed} and dealt round-robin, so every fold
     * holds about the same share of both (fewer folds when a class has fewer than K members would leave folds
     * without it; the CV's AUC then skips them, deviance does not need both).
     */
    public static int[] stratifiedFolds(double[] y, int k, long seed) {
        Random random = new Random(seed);
        int[] fold = new int[y.length];
        int next = 0;
        for (int cls = 0; cls <= 1; cls++) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < y.length; i++) {
                if (y[i] == cls) {
                    members.add(i);
                }
            }
            java.util.Collections.shuffle(members, random);
            for (int i : members) {
                fold[i] = next % k + 1;
                next++;
            }
        }
        return fold;
    }

    static double screeningP(String method, double[] x, double[] y) {
        List<Double> a = new ArrayList<>();
        List<Double> b = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            (y[i] == 1 ? a : b).add(x[i]);
        }
        double[] xa = a.stream().mapToDouble(Double::doubleValue).toArray();
        double[] xb = b.stream().mapToDouble(Double::doubleValue).toArray();
        if (method.equals("t_test")) {
            double p = new TTest().tTest(xa, xb);
            return Double.isNaN(p) ? 1 : p;
        }
        return new MannWhitneyUTest().mannWhitneyUTest(xa, xb);
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    static double sd(double[] x, double mean) {
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        return Math.sqrt(ss / (x.length - 1));
    }
}
