package org.tacerisk.stats;

import java.util.Arrays;
import java.util.Locale;

/**
 * What cross-validation scores a held-out fold with, as {@code cv.glmnet(type.measure = ...)} does for the
 * binomial family. Each value is a per-fold summary; cv.glmnet then averages the folds weighted by their size.
 */
public enum CvMeasure {

    /**
     * Mean binomial deviance {@code −2[y log p + (1 − y) log(1 − p)]} of the fold, with p clamped to
     * [1e-5, 1 − 1e-5] as cv.glmnet's {@code cv.lognet} clamps it. Smaller is better.
     */
    DEVIANCE(false),

    /** Mann–Whitney AUC within the fold (ties count ½). Larger is better. */
    AUC(true);

    /** cv.lognet's {@code prob_min}. */
    static final double PROB_MIN = 1e-5;

    private final boolean larger;

    CvMeasure(boolean largerIsBetter) {
        this.larger = largerIsBetter;
    }

    /** True when the best λ maximises the measure (AUC), false when it minimises it (deviance). */
    public boolean largerIsBetter() {
        return larger;
    }

    /** The name used by cv.glmnet's {@code type.measure} and by the command line. */
    public String rName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CvMeasure fromRName(String name) {
        for (CvMeasure m : values()) {
            if (m.rName().equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown measure \"" + name + "\"; use deviance or auc");
    }

    /** The fold's value from its outcomes and held-out linear predictors. */
    double foldValue(double[] y, double[] eta) {
        return this == DEVIANCE ? meanDeviance(y, eta) : auc(y, eta);
    }

    static double meanDeviance(double[] y, double[] eta) {
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            double p = 1 / (1 + Math.exp(-eta[i]));
            p = Math.min(Math.max(p, PROB_MIN), 1 - PROB_MIN);
            sum += -2 * (y[i] * Math.log(p) + (1 - y[i]) * Math.log(1 - p));
        }
        return sum / y.length;
    }

    /** (Σ ranks of the events − n₁(n₁ + 1)/2) / (n₁ n₀) with mid-ranks for ties; NaN without both classes. */
    static double auc(double[] y, double[] score) {
        int n = y.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(score[a], score[b]));
        double rankSum = 0;
        int events = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && score[order[j + 1]] == score[order[i]]) {
                j++;
            }
            double midRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (y[order[k]] == 1) {
                    rankSum += midRank;
                    events++;
                }
            }
            i = j + 1;
        }
        int controls = n - events;
        if (events == 0 || controls == 0) {
            return Double.NaN;
        }
        return (rankSum - events * (events + 1) / 2.0) / ((double) events * controls);
    }
}
