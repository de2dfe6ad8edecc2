package org.tacerisk.stats;

import java.util.Arrays;

/**
 * Checked input of every discrimination and calibration statistic here: outcomes 0/1 and predicted risks, same
 * length, nothing missing. The arrays are copied, so the statistics never see later changes.
 */
final class BinaryOutcome {

    private BinaryOutcome() {
    }

    /** The outcomes as 0/1 ints; anything else (2, 0.5, NaN) is an {@link IllegalArgumentException}. */
    static int[] outcomes(double[] y) {
        int[] out = new int[y.length];
        for (int i = 0; i < y.length; i++) {
            if (y[i] == 0.0) {
                out[i] = 0;
            } else if (y[i] == 1.0) {
                out[i] = 1;
            } else {
                throw new IllegalArgumentException("outcome " + (i + 1) + " is " + y[i] + "; expected 0 or 1");
            }
        }
        return out;
    }

    /** Checks that {@code p} has the outcomes' length and only finite values; returns a copy. */
    static double[] predictions(int[] y, double[] p) {
        if (p.length != y.length) {
            throw new IllegalArgumentException(p.length + " predictions for " + y.length + " outcomes");
        }
        for (int i = 0; i < p.length; i++) {
            if (!Double.isFinite(p[i])) {
                throw new IllegalArgumentException("prediction " + (i + 1) + " is " + p[i]);
            }
        }
        return p.clone();
    }

    /** Checks 0 ≤ p ≤ 1 (risks, not scores), as rms::val.prob and the decision curves need. */
    static double[] risks(int[] y, double[] p) {
        double[] copy = predictions(y, p);
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] < 0 || copy[i] > 1) {
                throw new IllegalArgumentException("prediction " + (i + 1) + " is " + copy[i]
                        + "; a risk must lie in [0, 1]");
            }
        }
        return copy;
    }

    static int events(int[] y) {
        return Arrays.stream(y).sum();
    }
}
