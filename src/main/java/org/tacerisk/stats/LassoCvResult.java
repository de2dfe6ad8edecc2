package org.tacerisk.stats;

/**
 * The cross-validation curve of a LASSO path and the two λ's chosen from it, as {@code cv.glmnet} returns them:
 * {@code lambda}, {@code cvm}, {@code cvsd}, {@code cvup}/{@code cvlo}, {@code nzero}, {@code lambda.min} (best
 * cvm; the largest λ among ties) and {@code lambda.1se} (the largest λ whose cvm is within one cvsd of the best),
 * with the full-data coefficients at both. Steps are 1-based, as R's indices. Immutable.
 */
public final class LassoCvResult {

    private final CvMeasure measure;
    private final LassoPath path;
    private final double[] cvm;
    private final double[] cvsd;
    private final double[][] byFold;
    private final int stepMin;
    private final int step1se;

    LassoCvResult(CvMeasure measure, LassoPath path, double[] cvm, double[] cvsd, double[][] byFold, int stepMin,
            int step1se) {
        this.measure = measure;
        this.path = path;
        this.cvm = cvm;
        this.cvsd = cvsd;
        this.byFold = byFold;
        this.stepMin = stepMin;
        this.step1se = step1se;
    }

    public CvMeasure measure() {
        return measure;
    }

    /** The full-data fit whose λ's the curve is evaluated at. */
    public LassoPath path() {
        return path;
    }

    public double[] lambda() {
        return path.lambda();
    }

    /** Mean of the fold values, weighted by fold size. */
    public double[] cvm() {
        return cvm.clone();
    }

    /** {@code sqrt(Σ w_k (m_k − cvm)² / Σ w_k / (K − 1))}, cv.glmnet's standard error of cvm. */
    public double[] cvsd() {
        return cvsd.clone();
    }

    public double[] cvup() {
        double[] up = new double[cvm.length];
        for (int k = 0; k < up.length; k++) {
            up[k] = cvm[k] + cvsd[k];
        }
        return up;
    }

    public double[] cvlo() {
        double[] lo = new double[cvm.length];
        for (int k = 0; k < lo.length; k++) {
            lo[k] = cvm[k] - cvsd[k];
        }
        return lo;
    }

    /** Non-zero coefficients of the full-data fit at each λ ({@code nzero}). */
    public int[] nzero() {
        int[] nz = new int[path.size()];
        for (int k = 0; k < nz.length; k++) {
            nz[k] = path.df(k);
        }
        return nz;
    }

    /** The measure of fold {@code fold} (0-based, in order of fold id) at each λ. */
    public double[] foldValues(int fold) {
        return byFold[fold].clone();
    }

    public int folds() {
        return byFold.length;
    }

    /** 1-based index of λ_min in the path. */
    public int stepMin() {
        return stepMin + 1;
    }

    /** 1-based index of λ_1se in the path. */
    public int step1se() {
        return step1se + 1;
    }

    public double lambdaMin() {
        return path.lambda(stepMin);
    }

    public double lambda1se() {
        return path.lambda(step1se);
    }

    public LassoCoefficients coefMin() {
        return path.at(stepMin);
    }

    public LassoCoefficients coef1se() {
        return path.at(step1se);
    }
}
