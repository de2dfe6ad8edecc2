package org.tacerisk.stats;

/**
 * Coefficients between the λ's of a fitted path, as R's {@code predict.glmnet(fit, s = ...)} gets them
 * ({@code glmnet:::lambda.interp}): λ is mapped to the fraction (λ₁ − s)/(λ₁ − λ_K) of the path, clamped to the
 * path's ends (so s above λ₁ gives the first solution and s below λ_K the last), the neighbouring grid points are
 * found by {@code approx()}'s bisection, and the coefficients are the linear blend
 * {@code frac·b[left] + (1 − frac)·b[right]}. cv.glmnet predicts held-out folds at the full-data λ's this way.
 *
 * @param left  0-based index of the larger neighbouring λ
 * @param right 0-based index of the smaller neighbouring λ (equal to {@code left} on a grid point)
 * @param frac  weight of {@code left}
 */
public record LambdaInterpolation(int left, int right, double frac) {

    /** Where {@code s} falls on the decreasing sequence {@code lambda}. */
    public static LambdaInterpolation at(double[] lambda, double s) {
        int k = lambda.length;
        if (k == 1) {
            return new LambdaInterpolation(0, 0, 1);
        }
        double first = lambda[0];
        double span = first - lambda[k - 1];
        double[] position = new double[k];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < k; i++) {
            position[i] = (first - lambda[i]) / span;
            lo = Math.min(lo, position[i]);
            hi = Math.max(hi, position[i]);
        }
        double sfrac = Math.min(hi, Math.max(lo, (first - s) / span));
        // approx(position, 1..k, sfrac): bisection for position[i] <= sfrac <= position[j], j = i + 1.
        int i = 0;
        int j = k - 1;
        while (i < j - 1) {
            int mid = (i + j) >>> 1;
            if (sfrac < position[mid]) {
                j = mid;
            } else {
                i = mid;
            }
        }
        if (sfrac == position[j]) {
            return new LambdaInterpolation(j, j, 1);
        }
        if (sfrac == position[i]) {
            return new LambdaInterpolation(i, i, 1);
        }
        double gap = position[i] - position[j];
        if (Math.abs(gap) < Math.ulp(1.0)) {
            return new LambdaInterpolation(i, j, 1);
        }
        return new LambdaInterpolation(i, j, (sfrac - position[j]) / gap);
    }

    /** The blended value of a per-λ quantity. */
    public double blend(double atLeft, double atRight) {
        return frac * atLeft + (1 - frac) * atRight;
    }
}
