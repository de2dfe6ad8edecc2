package org.tacerisk.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link RocCurve#thinned}: the points a model bundle stores to redraw a curve. */
class RocCurveThinningTest {

    /**
     * Predictions 1..8 with outcomes 0 0 1 0 1 1 0 1 (4 cases, 4 controls): 9 points, by hand (sensitivity,
     * specificity): k0 (1, 0), k1 (1, .25), k2 (1, .5), k3 (.75, .5), k4 (.75, .75), k5 (.5, .75), k6 (.25, .75),
     * k7 (.25, 1), k8 (0, 1). Youden: k2 and k4 tie at 1.5, the lower threshold (2.5) wins.
     */
    private static RocCurve handCase() {
        return RocCurve.of(new double[] {0, 0, 1, 0, 1, 1, 0, 1}, new double[] {1, 2, 3, 4, 5, 6, 7, 8});
    }

    @Test
    void keepsEveryPointUpToTheLimit() {
        RocCurve roc = handCase();
        assertEquals(9, roc.points().size());
        assertSame(roc.points(), roc.thinned(9));
        assertThrows(IllegalArgumentException.class, () -> roc.thinned(3));
    }

    /**
     * Limit 5: step 2/(5 − 3) = 1. From k0 the curve reaches the Youden point k2 (kept as Youden; moved 0.5); from k2,
     * k6 is the first point 1 away (|1 − .25| + |.5 − .75|); k8 is the end: k0, k2, k6, k8.
     */
    @Test
    void keepsTheEndsTheYoudenPointAndAPointPerStepByHand() {
        List<RocCurve.Point> kept = handCase().thinned(5);
        assertEquals(List.of(Double.NEGATIVE_INFINITY, 2.5, 6.5, Double.POSITIVE_INFINITY),
                kept.stream().map(RocCurve.Point::threshold).toList());
        assertEquals(List.of(1.0, 1.0, 0.25, 0.0), kept.stream().map(RocCurve.Point::sensitivity).toList());
        assertEquals(List.of(0.0, 0.5, 0.75, 1.0), kept.stream().map(RocCurve.Point::specificity).toList());
    }

    /** 3000 patients, about 3000 points, thinned to 500: in order, ends and Youden kept, nothing far from the line. */
    @Test
    void aLongCurveStaysWithinOneStepOfEveryPointLeftOut() {
        Random random = new Random(12);
        int n = 3000;
        double[] y = new double[n];
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = random.nextDouble() < 0.3 ? 1 : 0;
            p[i] = random.nextGaussian() + y[i];
        }
        RocCurve roc = RocCurve.of(y, p);
        List<RocCurve.Point> all = roc.points();
        List<RocCurve.Point> kept = roc.thinned(500);
        assertTrue(all.size() > 2900, "size " + all.size());
        assertTrue(kept.size() <= 500 && kept.size() > 450, "kept " + kept.size());
        assertSame(all.get(0), kept.get(0));
        assertSame(all.get(all.size() - 1), kept.get(kept.size() - 1));
        assertTrue(kept.contains(roc.youden()));
        double step = 2.0 / 497;
        int k = 0;
        RocCurve.Point before = kept.get(0);
        for (RocCurve.Point pt : all) {
            if (k < kept.size() && pt == kept.get(k)) {
                before = pt;
                k++;
            } else {
                double away = Math.abs(pt.sensitivity() - before.sensitivity())
                        + Math.abs(pt.specificity() - before.specificity());
                assertTrue(away < step, "a point left out lies " + away + " from the one kept before it");
            }
        }
        assertEquals(kept.size(), k, "the kept points are a subsequence of the curve");
        // the trapezoidal area under the kept points is the AUC up to the thinning's error
        double area = 0;
        for (int i = 1; i < kept.size(); i++) {
            area += (kept.get(i).specificity() - kept.get(i - 1).specificity())
                    * (kept.get(i).sensitivity() + kept.get(i - 1).sensitivity()) / 2;
        }
        assertEquals(roc.auc(), area, 0.002);
    }
}
