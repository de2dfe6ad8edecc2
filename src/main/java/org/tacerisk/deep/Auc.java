package org.tacerisk.deep;

import java.util.Arrays;
import java.util.Comparator;

/** Mann–Whitney AUC (ties count ½), for early stopping; the full ROC analysis lives in the stats package. */
final class Auc {

    private Auc() {
    }

    /** P(p_event > p_non-event) + ½·P(tie), by ranks; NaN when one class is absent. */
    static double of(int[] y, double[] p) {
        Integer[] order = new Integer[p.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        double rankSumPos = 0;
        long pos = 0;
        for (int i = 0; i < order.length;) {
            int j = i;
            while (j + 1 < order.length && p[order[j + 1]] == p[order[i]]) {
                j++;
            }
            double midRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (y[order[k]] == 1) {
                    rankSumPos += midRank;
                    pos++;
                }
            }
            i = j + 1;
        }
        long neg = p.length - pos;
        if (pos == 0 || neg == 0) {
            return Double.NaN;
        }
        return (rankSumPos - pos * (pos + 1) / 2.0) / ((double) pos * neg);
    }
}
