package org.tacerisk.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The empirical ROC curve as pROC 1.18 builds it with
 * {@code roc(response = y, predictor = p, levels = c(0, 1), direction = "<")}: a case is called positive when
 * {@code p >= threshold}, and the thresholds are pROC's ({@code roc.utils.thresholds}): −∞, the midpoints
 * {@code (a + b)/2} of consecutive distinct sorted predictor values, and +∞. Higher predictions mean the event.
 * Immutable.
 */
public final class RocCurve {

    /**
     * One row of pROC's {@code coords(r, "all")}.
     *
     * @param threshold   call positive when {@code p >= threshold}
     * @param sensitivity tp / cases
     * @param specificity tn / controls
     */
    public record Point(double threshold, double sensitivity, double specificity, int tp, int fp, int tn, int fn) {

        /** pROC's "youden" criterion with r = 1: sensitivity + specificity. */
        public double sensPlusSpec() {
            return sensitivity + specificity;
        }

        /** Youden's J = sensitivity + specificity − 1. */
        public double youdenJ() {
            return sensitivity + specificity - 1;
        }
    }

    private final int[] y;
    private final double[] p;
    private final int cases;
    private final int controls;
    private final List<Point> points;

    private RocCurve(int[] y, double[] p) {
        this.y = y;
        this.p = p;
        this.cases = BinaryOutcome.events(y);
        this.controls = y.length - cases;
        if (cases == 0 || controls == 0) {
            throw new IllegalArgumentException("a ROC curve needs cases and controls; got " + cases + " cases and "
                    + controls + " controls");
        }
        this.points = buildPoints();
    }

    /** Outcomes 0/1 (1 = case) and predictions (any finite score, higher = more likely a case). */
    public static RocCurve of(double[] outcomes, double[] predictions) {
        int[] y = BinaryOutcome.outcomes(outcomes);
        return new RocCurve(y, BinaryOutcome.predictions(y, predictions));
    }

    static RocCurve ofChecked(int[] y, double[] p) {
        return new RocCurve(y, p);
    }

    private List<Point> buildPoints() {
        double[] sorted = p.clone();
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        double[] values = Arrays.copyOf(sorted, distinct);
        // Cases and controls at each distinct value, then counts at or above each value.
        int[] casesAt = new int[distinct];
        int[] controlsAt = new int[distinct];
        for (int i = 0; i < p.length; i++) {
            int k = Arrays.binarySearch(values, p[i]);
            if (y[i] == 1) {
                casesAt[k]++;
            } else {
                controlsAt[k]++;
            }
        }
        List<Point> out = new ArrayList<>(distinct + 1);
        int tp = cases;
        int fp = controls;
        for (int k = 0; k <= distinct; k++) {
            double threshold = k == 0 ? Double.NEGATIVE_INFINITY
                    : k == distinct ? Double.POSITIVE_INFINITY : (values[k - 1] + values[k]) / 2;
            if (k > 0) {
                tp -= casesAt[k - 1];
                fp -= controlsAt[k - 1];
            }
            out.add(new Point(threshold, (double) tp / cases, (double) (controls - fp) / controls,
                    tp, fp, controls - fp, cases - tp));
        }
        return List.copyOf(out);
    }

    /** Every point, thresholds increasing (sensitivity falling), as {@code coords(r, x = "all")}. */
    public List<Point> points() {
        return points;
    }

    /**
     * At most {@code maxPoints} of {@link #points()}, in their order, to store the curve and redraw it: every point
     * when there are no more than {@code maxPoints}; otherwise the first and last points (the plot's corners (0, 0)
     * and (1, 1)), the {@link #youden()} point, and a point wherever the curve has moved at least
     * {@code 2 / (maxPoints - 3)} from the last point kept, measured as |Δsensitivity| + |Δspecificity|. The whole
     * curve is 2 long in that measure (it only rises and moves right), so at most {@code maxPoints - 3} points are
     * kept for distance; a point left out lies within that distance of the point kept before it (0.004 for 500).
     *
     * @param maxPoints at least 4
     */
    public List<Point> thinned(int maxPoints) {
        if (maxPoints < 4) {
            throw new IllegalArgumentException("a thinned ROC curve keeps at least 4 points, not " + maxPoints);
        }
        if (points.size() <= maxPoints) {
            return points;
        }
        double step = 2.0 / (maxPoints - 3);
        Point youden = youden();
        List<Point> kept = new ArrayList<>(maxPoints);
        Point last = points.get(0);
        kept.add(last);
        for (Point pt : points.subList(1, points.size() - 1)) {
            double moved = Math.abs(pt.sensitivity() - last.sensitivity())
                    + Math.abs(pt.specificity() - last.specificity());
            if (moved >= step || pt == youden) {
                kept.add(pt);
                last = pt;
            }
        }
        kept.add(points.get(points.size() - 1));
        return List.copyOf(kept);
    }

    public int cases() {
        return cases;
    }

    public int controls() {
        return controls;
    }

    public int size() {
        return y.length;
    }

    /**
     * The area under the curve, pROC's {@code auc(r)}: the Mann–Whitney probability that a case scores higher than
     * a control, ties counting ½ (computed from the DeLong placements, so it equals their mean).
     */
    public double auc() {
        return DeLongPlacements.of(this).auc();
    }

    /**
     * The Youden-optimal points, as pROC's {@code coords(r, "best", best.method = "youden")} with r = 1: every
     * point whose sensitivity + specificity is the maximum (usually one). pROC's thresholds are the midpoints,
     * so the threshold is pROC's, not a data value.
     */
    public List<Point> youdenOptima() {
        double best = Double.NEGATIVE_INFINITY;
        for (Point pt : points) {
            best = Math.max(best, pt.sensPlusSpec());
        }
        List<Point> optima = new ArrayList<>();
        for (Point pt : points) {
            if (pt.sensPlusSpec() == best) {
                optima.add(pt);
            }
        }
        return List.copyOf(optima);
    }

    /** The Youden-optimal point (the lowest threshold when several tie). */
    public Point youden() {
        return youdenOptima().get(0);
    }

    /** Sensitivity, specificity, PPV, NPV and accuracy at a cut-off (positive when {@code p >= cutoff}). */
    public DiagnosticAccuracy atCutoff(double cutoff) {
        int tp = 0;
        int fp = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] >= cutoff) {
                if (y[i] == 1) {
                    tp++;
                } else {
                    fp++;
                }
            }
        }
        return DiagnosticAccuracy.of(cutoff, tp, fp, controls - fp, cases - tp);
    }

    int[] outcomes() {
        return y;
    }

    double[] predictions() {
        return p;
    }
}
