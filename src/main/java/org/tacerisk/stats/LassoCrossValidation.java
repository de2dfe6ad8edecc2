package org.tacerisk.stats;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.tacerisk.common.Cancelled;
import org.tacerisk.common.Progress;

/**
 * K-fold cross-validation of a binomial LASSO path with user-given fold ids, as R's
 * {@code cv.glmnet(x, y, family = "binomial", foldid = foldid)} (glmnet 4.1-6) does it:
 * <ol>
 * <li>the full data are fitted once; its λ's are the λ's of the curve;</li>
 * <li>each fold's complement is fitted with its <em>own</em> λ sequence (cv.glmnet passes {@code lambda = NULL}
 * to the fold fits unless the user gave one), and the held-out rows are predicted at the full-data λ's by
 * interpolating the fold's coefficients linearly in λ ({@link LambdaInterpolation});</li>
 * <li>each fold is scored ({@link CvMeasure}), and {@code cvm}/{@code cvsd} are the fold-size-weighted mean and
 * standard error over the K folds (cv.glmnet's grouped computation);</li>
 * <li>λ_min and λ_1se follow {@code getOptcv.glmnet}.</li>
 * </ol>
 * The fold fits are done once; {@link #summarise} scores them with either measure.
 */
public final class LassoCrossValidation {

    private final LassoPath path;
    private final LassoPath[] foldPaths;
    private final double[] y;
    private final int[][] heldOut;
    /** Held-out linear predictors: {@code eta[fold][step][i]} for the fold's rows at each full-data λ. */
    private final double[][][] eta;

    private LassoCrossValidation(LassoPath path, LassoPath[] foldPaths, double[] y, int[][] heldOut,
            double[][][] eta) {
        this.path = path;
        this.foldPaths = foldPaths;
        this.y = y;
        this.heldOut = heldOut;
        this.eta = eta;
    }

    /**
     * Fits the full path and the K fold paths.
     *
     * @param x       predictors, column-major ({@code x[j][i]})
     * @param y       outcome, 0/1
     * @param foldid  each observation's fold (any integers; at least three distinct values)
     * @param terms   predictor names
     * @param options glmnet settings, used for the full fit and every fold fit
     */
    public static LassoCrossValidation run(double[][] x, double[] y, int[] foldid, List<String> terms,
            LassoOptions options) {
        return run(x, y, foldid, terms, options, Progress.NONE);
    }

    /**
     * As {@link #run(double[][], double[], int[], List, LassoOptions)}, checking {@code cancel} before the full fit
     * and before each fold's (a path takes up to a few tenths of a second on a few hundred rows and features).
     *
     * @throws Cancelled when {@code cancel} is cancelled
     */
    public static LassoCrossValidation run(double[][] x, double[] y, int[] foldid, List<String> terms,
            LassoOptions options, Progress cancel) {
        if (foldid.length != y.length) {
            throw new IllegalArgumentException(foldid.length + " fold ids for " + y.length + " observations");
        }
        int[] folds = new TreeSet<>(Arrays.stream(foldid).boxed().toList()).stream().mapToInt(Integer::intValue)
                .toArray();
        if (folds.length < 3) {
            throw new IllegalArgumentException("cross-validation needs at least 3 folds (as cv.glmnet); found "
                    + folds.length);
        }
        cancel.checkCancelled();
        LassoPath full = LassoLogistic.fit(x, y, terms, options);
        double[] lambda = full.lambda();
        int[][] heldOut = new int[folds.length][];
        double[][][] eta = new double[folds.length][][];
        LassoPath[] foldPaths = new LassoPath[folds.length];
        for (int f = 0; f < folds.length; f++) {
            int id = folds[f];
            heldOut[f] = rowsWhere(foldid, id, true);
            cancel.checkCancelled();
            LassoPath foldFit;
            try {
                foldFit = LassoLogistic.fit(x, y, rowsWhere(foldid, id, false), terms, options);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the fit without fold " + id + ": " + e.getMessage(), e);
            }
            foldPaths[f] = foldFit;
            eta[f] = new double[lambda.length][];
            for (int k = 0; k < lambda.length; k++) {
                eta[f][k] = foldFit.coefficientsAt(lambda[k]).linearPredictor(x, heldOut[f]);
            }
        }
        return new LassoCrossValidation(full, foldPaths, y, heldOut, eta);
    }

    /** The full-data fit. */
    public LassoPath path() {
        return path;
    }

    /** The path fitted without fold {@code fold} (0-based, in order of fold id), with its own λ's. */
    public LassoPath foldPath(int fold) {
        return foldPaths[fold];
    }

    /** Number of held-out rows of fold {@code fold}. */
    public int foldSize(int fold) {
        return heldOut[fold].length;
    }

    /** The CV curve under {@code measure} and the λ's it selects. */
    public LassoCvResult summarise(CvMeasure measure) {
        int nfolds = heldOut.length;
        int nlambda = path.size();
        double[][] byFold = new double[nfolds][nlambda];
        double[] weight = new double[nfolds];
        for (int f = 0; f < nfolds; f++) {
            double[] yf = new double[heldOut[f].length];
            for (int i = 0; i < yf.length; i++) {
                yf[i] = y[heldOut[f][i]];
            }
            weight[f] = yf.length;
            for (int k = 0; k < nlambda; k++) {
                byFold[f][k] = measure.foldValue(yf, eta[f][k]);
            }
        }
        double[] cvm = new double[nlambda];
        double[] cvsd = new double[nlambda];
        for (int k = 0; k < nlambda; k++) {
            // weighted.mean(..., na.rm = TRUE): a fold without both classes has no AUC and is left out.
            double sw = 0;
            double sum = 0;
            int used = 0;
            for (int f = 0; f < nfolds; f++) {
                if (!Double.isNaN(byFold[f][k])) {
                    sw += weight[f];
                    sum += weight[f] * byFold[f][k];
                    used++;
                }
            }
            cvm[k] = sum / sw;
            double ss = 0;
            for (int f = 0; f < nfolds; f++) {
                if (!Double.isNaN(byFold[f][k])) {
                    double dev = byFold[f][k] - cvm[k];
                    ss += weight[f] * (dev * dev);
                }
            }
            cvsd[k] = Math.sqrt(ss / sw / (used - 1));
        }
        int stepMin = bestStep(cvm, measure.largerIsBetter());
        int step1se = oneStandardErrorStep(cvm, cvsd, stepMin, measure.largerIsBetter());
        return new LassoCvResult(measure, path, cvm, cvsd, byFold, stepMin, step1se);
    }

    /** getOptcv.glmnet: the best cvm, and among equal ones the largest λ (the earliest step). */
    static int bestStep(double[] cvm, boolean larger) {
        int best = -1;
        for (int k = 0; k < cvm.length; k++) {
            double value = larger ? -cvm[k] : cvm[k];
            if (!Double.isNaN(value) && (best < 0 || value < (larger ? -cvm[best] : cvm[best]))) {
                best = k;
            }
        }
        return best;
    }

    /** getOptcv.glmnet: the largest λ with cvm within one cvsd of the best (signs flipped for AUC). */
    static int oneStandardErrorStep(double[] cvm, double[] cvsd, int best, boolean larger) {
        double sign = larger ? -1 : 1;
        double bound = sign * cvm[best] + cvsd[best];
        for (int k = 0; k < cvm.length; k++) {
            if (sign * cvm[k] <= bound) {
                return k;
            }
        }
        return best;
    }

    private static int[] rowsWhere(int[] foldid, int id, boolean inFold) {
        return java.util.stream.IntStream.range(0, foldid.length).filter(i -> (foldid[i] == id) == inFold)
                .toArray();
    }
}
