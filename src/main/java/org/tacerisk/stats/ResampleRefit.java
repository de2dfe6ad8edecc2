package org.tacerisk.stats;

import java.util.List;

/**
 * What one bootstrap resample refits, for {@link Resamples}: given the resample's rows (n indexes into the original
 * n rows, drawn with replacement, so with duplicates), fit the model <em>as the whole modelling procedure fits
 * it</em> on those rows and return its linear predictor on the resample rows and on the original rows.
 *
 * <p>Why a function and not a design matrix: {@code rms::validate} refits only a model whose terms are fixed, so its
 * optimism misses every data-driven step taken before the final fit (screening, LASSO, predictor selection) and is
 * too small (F. E. Harrell, Regression Modeling Strategies, 2nd ed., 2015, §5.3: the bootstrap must repeat every
 * step that looked at the outcome). A caller that repeats its whole procedure per resample passes it here; the plain
 * refit of fixed columns is {@link #logistic(double[][], double[])}.
 *
 * <p>A refit is called from several threads at once (one resample each) and must not share mutable state between
 * calls. It signals a failed resample by returning {@link Refit#failed(String)} or by throwing a
 * {@link RuntimeException}; either is counted in the bootstrap's {@code failed}, as {@code predab.resample} counts
 * refits that fail.
 */
@FunctionalInterface
public interface ResampleRefit {

    /**
     * @param rows the resample: n row indexes into the original rows (with duplicates)
     * @return the refitted model's linear predictors, or {@link Refit#failed(String)}
     */
    Refit refit(int[] rows);

    /**
     * One resample's refit.
     *
     * @param training the refitted model's linear predictor of each resample row, in resample order (NaN where it
     *                 cannot predict the row, e.g. a predictor is missing; such rows are left out of the measures)
     * @param test     the refitted model's linear predictor of each original row, in original order (NaN likewise)
     * @param selected what the refitted procedure selected (feature or predictor names), for selection stability;
     *                 empty when nothing is selected from the data
     * @param failure  why the refit failed, or null when it did not (then training and test are null)
     */
    record Refit(double[] training, double[] test, List<String> selected, String failure) {

        public Refit {
            selected = List.copyOf(selected);
        }

        public static Refit of(double[] training, double[] test, List<String> selected) {
            return new Refit(training.clone(), test.clone(), selected, null);
        }

        public static Refit failed(String why) {
            return new Refit(null, null, List.of(), why == null ? "failed" : why);
        }

        public boolean isFailed() {
            return failure != null;
        }

        /** This refit with {@code names} as its selection. */
        public Refit withSelected(List<String> names) {
            return isFailed() ? this : new Refit(training, test, names, null);
        }
    }

    /**
     * The refit of {@code rms::validate} / {@code rms::calibrate}: the logistic model with the fixed design
     * {@code x} (intercept column first) refitted on each resample as lrm.fit refits it ({@link #lrm}). With it,
     * {@link BootstrapValidation#ofProcedure} reproduces {@link BootstrapValidation#of(double[][], double[], int,
     * long)} exactly.
     */
    static ResampleRefit logistic(double[][] x, double[] y) {
        return rows -> {
            double[][] xb = new double[rows.length][];
            double[] yb = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                xb[i] = x[rows[i]];
                yb[i] = y[rows[i]];
            }
            return lrm(xb, yb, x);
        };
    }

    /**
     * The last step of a procedure as rms refits it in a resample: {@code lrm.fit(x, y)} with its default stopping
     * rule ({@link LrmFit}; a separated resample gives finite, inflated coefficients instead of failing), fitted to
     * the rows of {@code xResample} without a NaN, and the linear predictors on {@code xResample} and
     * {@code xOriginal} (NaN in rows with a NaN). Failed as lrm.fit fails (no convergence, singular information,
     * constant outcome).
     *
     * @param xResample the resample's design (intercept column first; a row with a NaN is not fitted)
     * @param yResample its 0/1 outcomes
     * @param xOriginal the original rows' design under the same coding
     */
    static Refit lrm(double[][] xResample, double[] yResample, double[][] xOriginal) {
        int complete = 0;
        for (double[] row : xResample) {
            complete += hasNaN(row) ? 0 : 1;
        }
        double[][] xf = xResample;
        double[] yf = yResample;
        if (complete < xResample.length) {
            xf = new double[complete][];
            yf = new double[complete];
            for (int i = 0, k = 0; i < xResample.length; i++) {
                if (!hasNaN(xResample[i])) {
                    xf[k] = xResample[i];
                    yf[k++] = yResample[i];
                }
            }
        }
        if (complete == 0) {
            return Refit.failed("no complete row in the resample");
        }
        LrmFit.Result fit = LrmFit.fit(xf, yf);
        if (fit.failed()) {
            return Refit.failed(fit.failure());
        }
        double[] training = fit.linearPredictors();
        if (complete < xResample.length) {
            training = new double[xResample.length];
            double[] lp = fit.linearPredictors();
            for (int i = 0, k = 0; i < xResample.length; i++) {
                training[i] = hasNaN(xResample[i]) ? Double.NaN : lp[k++];
            }
        }
        double[] test = LogisticRegression.linear(xOriginal, fit.coefficients(), new double[xOriginal.length]);
        return new Refit(training, test, List.of(), null);
    }

    private static boolean hasNaN(double[] row) {
        for (double v : row) {
            if (Double.isNaN(v)) {
                return true;
            }
        }
        return false;
    }
}
