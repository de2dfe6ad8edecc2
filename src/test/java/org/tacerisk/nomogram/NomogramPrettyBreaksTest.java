package org.tacerisk.nomogram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import org.tacerisk.stats.PrettyBreaks;
import org.tacerisk.testsupport.ReferenceCsv;

/** R's pretty() as rms::nomogram uses it (n = 10): the axes in {@code reference/stats/nomogram}. */
class NomogramPrettyBreaksTest {

    private static double[] seq(double from, double to, double by) {
        int n = (int) Math.round((to - from) / by);
        double[] s = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            s[i] = from + i * by;
        }
        return s;
    }

    @Test
    void predictorAxesFromDatadistRangesAreRsTicks() {
        ReferenceCsv dd = ReferenceCsv.require("reference/stats/nomogram/datadist_limits.csv");
        ReferenceCsv axis = ReferenceCsv.require("reference/stats/nomogram/axis_points.csv");
        for (String v : new String[] {"dlr_score", "tumor_size_cm", "log10_afp"}) {
            double[] ticks = PrettyBreaks.of(dd.value("limit", "Low", v), dd.value("limit", "High", v), 10);
            double[] expected = java.util.stream.IntStream.range(0, axis.rows())
                    .filter(r -> axis.text(r, "predictor").equals(v))
                    .mapToDouble(r -> axis.column("tick_value")[r]).toArray();
            assertArrayEquals(expected, ticks, 0.0, v);
        }
    }

    @Test
    void knownAxes() {
        assertArrayEquals(seq(-3, 3, 0.5), PrettyBreaks.of(-2.8456, 2.9941, 10), 0.0);
        assertArrayEquals(seq(0, 20, 2), PrettyBreaks.of(1.3, 20, 10), 0.0);
        assertArrayEquals(seq(0, 140, 10), PrettyBreaks.of(0, 131.20159171535767, 10), 0.0);
        // pretty(c(0, 1)) and pretty(c(1, 1000)) with R's default n = 5
        assertArrayEquals(new double[] {0, 0.2, 0.4, 0.6000000000000001, 0.8, 1}, PrettyBreaks.of(0, 1, 5), 0.0);
        assertArrayEquals(new double[] {0, 200, 400, 600, 800, 1000}, PrettyBreaks.of(1, 1000, 5), 0.0);
    }

    @Test
    void probabilityTicksAreTheDoublesRWrote() {
        ReferenceCsv prob = ReferenceCsv.require("reference/stats/nomogram/probability_axis.csv");
        // pretty(plogis(c(-12, 8)), 10) is 0, 0.1, ..., 1; 0 and 1 have no finite logit and are dropped
        double[] all = PrettyBreaks.of(1 / (1 + Math.exp(12)), 1 / (1 + Math.exp(-8)), 10);
        double[] inner = java.util.Arrays.copyOfRange(all, 1, all.length - 1);
        assertArrayEquals(prob.column("probability"), inner, 0.0);
    }
}
