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
}
