package org.tacerisk.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tacerisk.stats.StatsReference.assertRel;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Decile calibration points: the HL groups of R ({@code hosmer_lemeshow_groups.csv}) as proportions. */
class CalibrationDecilesTest {

    @Test
    void decilesOfHccTestAreTheReferenceGroupsAsProportions() {
        DataTable t = StatsReference.rows(StatsReference.table("calibration/hosmer_lemeshow_groups.csv"), "hcc",
                "test");
        StatsReference.Cohort c = StatsReference.hcc("test");
        List<CalibrationDeciles.Bin> bins = CalibrationDeciles.of(c.y(), c.p());
        assertEquals(10, bins.size());
        for (int r = 0; r < 10; r++) {
            CalibrationDeciles.Bin b = bins.get(r);
            int n = Integer.parseInt(t.text(r, "n"));
            int events = Integer.parseInt(t.text(r, "observed_events"));
            assertEquals(n, b.n());
            assertEquals(events, b.events());
            assertRel(t.numeric("expected_events")[r] / n, b.meanPredicted(), 1e-12, "mean predicted " + (r + 1));
            assertEquals((double) events / n, b.observed().estimate(), 0);
            assertEquals(WilsonInterval.of(events, n), b.observed());
        }
    }

    /** Birthwt has tied predictions: groups of 18–20, all 189 observations placed once. */
    @Test
    void tiedPredictionsStillPlaceEveryObservationOnce() {
        StatsReference.Cohort c = StatsReference.birthwt();
        List<CalibrationDeciles.Bin> bins = CalibrationDeciles.of(c.y(), c.p());
        assertEquals(189, bins.stream().mapToInt(CalibrationDeciles.Bin::n).sum());
        assertEquals(59, bins.stream().mapToInt(CalibrationDeciles.Bin::events).sum());
    }

    /** Issue 11 H: seven patients make one group (ten would leave empty ones); twelve make two, split at the median. */
    @Test
    void adaptiveGroupsFitTheCohortSizeAndAreNeverEmpty() {
        double[] y7 = {0, 1, 0, 0, 1, 0, 0};
        double[] p7 = {0.1, 0.7, 0.2, 0.3, 0.4, 0.05, 0.15};
        assertEquals(true, CalibrationDeciles.of(y7, p7).stream().anyMatch(b -> b.n() == 0));
        List<CalibrationDeciles.Bin> one = CalibrationDeciles.adaptive(y7, p7);
        assertEquals(1, one.size());
        assertEquals(7, one.get(0).n());
        assertEquals(1.9 / 7, one.get(0).meanPredicted(), 1e-15);
        assertEquals(2.0 / 7, one.get(0).observed().estimate(), 0);

        double[] y12 = {0, 0, 1, 0, 0, 1, 0, 1, 1, 0, 1, 1};
        double[] p12 = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.15, 0.25, 0.35};
        List<CalibrationDeciles.Bin> two = CalibrationDeciles.adaptive(y12, p12);
        // median of the 12 risks 0.375: [0.1, 0.375] holds 0.1 0.15 0.2 0.25 0.3 0.35 (events at 0.25, 0.3, 0.35)
        // and (0.375, 0.9] holds 0.4 ... 0.9 (events at 0.6, 0.8, 0.9)
        assertEquals(2, two.size());
        assertEquals(6, two.get(0).n());
        assertEquals((0.1 + 0.2 + 0.3 + 0.15 + 0.25 + 0.35) / 6, two.get(0).meanPredicted(), 1e-15);
        assertEquals(3.0 / 6, two.get(0).observed().estimate(), 0);
        assertEquals((0.4 + 0.5 + 0.6 + 0.7 + 0.8 + 0.9) / 6, two.get(1).meanPredicted(), 1e-15);
        assertEquals(3.0 / 6, two.get(1).observed().estimate(), 0);
        assertEquals(10, CalibrationDeciles.groupsFor(50));
        assertEquals(9, CalibrationDeciles.groupsFor(49));
        assertEquals(1, CalibrationDeciles.groupsFor(9));
    }
}
