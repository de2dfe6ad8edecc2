package org.tacerisk.radiomics;

import org.tacerisk.common.Progress;

/**
 * The progress of parts of one call that run at the same time (the families of one ROI, the image types on a
 * pool): each part reports its own fraction, and the call's fraction is the mean of the parts' fractions, reported
 * under one lock, so the listener sees it rise monotonically whichever thread reports. Cancelling the whole
 * cancels every part, and after a cancel no part reports any more.
 */
final class ParallelProgress {

    private final Progress whole;
    private final double[] done;

    /** {@code parts} parts of equal weight sharing {@code whole}. */
    ParallelProgress(Progress whole, int parts) {
        this.whole = whole;
        this.done = new double[Math.max(1, parts)];
    }

    /** Part {@code index}: its fractions 0 … 1 count as 1 / parts of the whole. */
    Progress part(int index) {
        return Progress.of((step, fraction) -> update(index, step, fraction), whole::isCancelled);
    }

    private synchronized void update(int index, String step, double fraction) {
        if (whole.isCancelled()) {
            return; // parts still finishing after a cancel report nothing: the call has stopped
        }
        if (!Double.isNaN(fraction)) {
            done[index] = Math.max(done[index], Math.min(1, fraction));
        }
        double sum = 0;
        for (double d : done) {
            sum += d;
        }
        whole.report(step, Math.min(1, sum / done.length));
    }
}
