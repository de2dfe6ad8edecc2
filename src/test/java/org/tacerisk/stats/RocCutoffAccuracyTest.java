package org.tacerisk.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Sensitivity, specificity, PPV, NPV and accuracy at a cut-off, with Wilson score intervals. */
class RocCutoffAccuracyTest {

    /** z = qnorm(0.975) as R prints it with 17 digits. */
    private static final double Z = 1.959963984540054;

    /**
     * Newcombe (Stat Med 1998;17:857), Table I, method 3 (score interval without continuity correction), to the
     * four decimals printed there.
     */
    @Test
    void wilsonMatchesNewcombesPublishedExamples() {
        double[][] cases = {{81, 263, 0.2553, 0.3662}, {15, 148, 0.0624, 0.1605}, {0, 20, 0.0000, 0.1611},
            {1, 29, 0.0061, 0.1718}};
        for (double[] c : cases) {
            WilsonInterval w = WilsonInterval.of((long) c[0], (long) c[1]);
            assertEquals(c[2], w.lower(), 5e-5, () -> c[0] + "/" + c[1]);
            assertEquals(c[3], w.upper(), 5e-5, () -> c[0] + "/" + c[1]);
        }
    }

    /** By hand: at x = 0 the interval is [0, z²/(n + z²)]; at x = n it is [n/(n + z²), 1]. */
    @Test
    void wilsonAtTheBoundariesByHand() {
        WilsonInterval none = WilsonInterval.of(0, 20);
        assertEquals(0.0, none.lower(), 1e-15);
        assertEquals(Z * Z / (20 + Z * Z), none.upper(), 1e-14);
        WilsonInterval all = WilsonInterval.of(20, 20);
        assertEquals(20 / (20 + Z * Z), all.lower(), 1e-14);
        assertEquals(1.0, all.upper(), 1e-15);
        assertTrue(Double.isNaN(WilsonInterval.of(0, 0).estimate()));
    }

    /** By hand: 8/10 → centre (8 + z²/2)/(10 + z²), half-width z/(10 + z²)·√(8·2/10 + z²/4). */
    @Test
    void wilsonInTheMiddleByHand() {
        double centre = (8 + Z * Z / 2) / (10 + Z * Z);
        double half = Z / (10 + Z * Z) * Math.sqrt(1.6 + Z * Z / 4);
        WilsonInterval w = WilsonInterval.of(8, 10);
        assertEquals(0.8, w.estimate(), 0);
        assertEquals(centre - half, w.lower(), 1e-14);
        assertEquals(centre + half, w.upper(), 1e-14);
        assertEquals(0.4901625, w.lower(), 5e-7); // the formula above evaluated separately: 0.49016247…
    }

    /** The 2 × 2 table at pROC's Youden threshold of hcc/test equals that row of the coords file. */
    @Test
    void tableAtTheYoudenThresholdOfHccTest() {
        StatsReference.Cohort c = StatsReference.hcc("test");
        RocCurve roc = RocCurve.of(c.y(), c.p());
        RocCurve.Point best = roc.youden();
        DiagnosticAccuracy acc = roc.atCutoff(best.threshold());
        assertEquals(best.tp(), acc.tp());
        assertEquals(best.fp(), acc.fp());
        assertEquals(best.tn(), acc.tn());
        assertEquals(best.fn(), acc.fn());
        assertEquals(best.sensitivity(), acc.sensitivity().estimate(), 1e-15);
        assertEquals(best.specificity(), acc.specificity().estimate(), 1e-15);
        assertEquals((double) acc.tp() / (acc.tp() + acc.fp()), acc.ppv().estimate(), 1e-15);
        assertEquals((double) acc.tn() / (acc.tn() + acc.fn()), acc.npv().estimate(), 1e-15);
        assertEquals((double) (acc.tp() + acc.tn()) / 114, acc.accuracy().estimate(), 1e-15);
        assertEquals(WilsonInterval.of(acc.tp(), 30), acc.sensitivity());
    }
}
