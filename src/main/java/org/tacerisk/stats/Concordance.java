package org.tacerisk.stats;

/**
 * The concordance probability C (= AUC) of predicted risks with a 0/1 outcome, and Somers' Dxy = 2C − 1, both
 * exactly (Mann–Whitney, ties ½; {@code Hmisc::somers2} and pROC) and binned the way rms 6.5-0 computes the C and
 * Dxy that {@code lrm} and {@code val.prob} print: the Fortran {@code lrm.fit} counts pairs on a 5001-cell frequency
 * table with cell = floor(5000·p + 1) (width 0.0002), so event/non-event pairs in one cell count ½ even when their
 * risks differ. The binned C can therefore differ from the AUC in the fourth decimal.
 */
public final class Concordance {

    private static final int CELLS = 5001;

    private Concordance() {
    }

    /** The exact C: the Mann–Whitney AUC. */
    public static double exact(double[] y, double[] p) {
        int[] outcomes = BinaryOutcome.outcomes(y);
        return exact(outcomes, BinaryOutcome.predictions(outcomes, p));
    }

    static double exact(int[] y, double[] p) {
        return DeLongPlacements.of(y, p).auc();
    }

    /** rms's binned C (val.prob's "C (ROC)"); risks must lie in [0, 1]. */
    public static double rmsBinned(double[] y, double[] p) {
        int[] outcomes = BinaryOutcome.outcomes(y);
        return rmsBinned(outcomes, BinaryOutcome.risks(outcomes, p));
    }

    static double rmsBinned(int[] y, double[] p) {
        long[] events = new long[CELLS + 1];
        long[] nonEvents = new long[CELLS + 1];
        for (int i = 0; i < y.length; i++) {
            int cell = (int) Math.floor(5000 * p[i] + 1);
            if (y[i] == 1) {
                events[cell]++;
            } else {
                nonEvents[cell]++;
            }
        }
        long nEvents = 0;
        for (long e : events) {
            nEvents += e;
        }
        long nNonEvents = y.length - nEvents;
        // Each non-event pairs with the events in higher cells (concordant) and in its own cell (½).
        double concordant = 0;
        long eventsAbove = nEvents;
        for (int c = 0; c <= CELLS; c++) {
            eventsAbove -= events[c];
            concordant += nonEvents[c] * (eventsAbove + 0.5 * events[c]);
        }
        return concordant / ((double) nEvents * nNonEvents);
    }

    /** Somers' Dxy from a C: 2C − 1. */
    public static double dxy(double c) {
        return 2 * c - 1;
    }
}
