package org.tacerisk.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tacerisk.stats.StatsReference.assertRel;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hosmer–Lemeshow g = 10 against the explicit type-7/cut computation and {@code ResourceSelection::hoslem.test}
 * ({@code calibration/hosmer_lemeshow.csv}, {@code hosmer_lemeshow_groups.csv}).
 */
class HosmerLemeshowTest {

    private static final double TOL = 1e-12;

    @Test
    void statisticDfAndPForEveryCohortAndBothMethods() {
        DataTable ref = StatsReference.table("calibration/hosmer_lemeshow.csv");
        double worst = 0;
        for (StatsReference.Cohort c : StatsReference.cohorts()) {
            DataTable t = StatsReference.rows(ref, c.dataset(), c.cohort());
            assertEquals(2, t.rowCount());
            HosmerLemeshow hl = HosmerLemeshow.of(c.y(), c.p());
            for (int r = 0; r < 2; r++) {
                String what = c.label() + " " + t.text(r, "method");
                assertEquals(Integer.parseInt(t.text(r, "df")), hl.df(), what);
                assertRel(t.numeric("chisq")[r], hl.statistic(), TOL, what + " chisq");
                assertRel(t.numeric("p_value")[r], hl.p(), TOL, what + " p");
                worst = Math.max(worst, Math.max(StatsReference.relErr(hl.statistic(), t.numeric("chisq")[r]),
                        StatsReference.relErr(hl.p(), t.numeric("p_value")[r])));
            }
        }
        System.out.println("hosmer_lemeshow.csv: worst relative error " + worst);
    }

    @Test
    void groupTablesMatch() {
        DataTable ref = StatsReference.table("calibration/hosmer_lemeshow_groups.csv");
        double worst = 0;
        for (StatsReference.Cohort c : StatsReference.cohorts()) {
            DataTable t = StatsReference.rows(ref, c.dataset(), c.cohort());
            List<HosmerLemeshow.Group> groups = HosmerLemeshow.of(c.y(), c.p()).groups();
            assertEquals(t.rowCount(), groups.size(), c.label());
            for (int r = 0; r < groups.size(); r++) {
                HosmerLemeshow.Group g = groups.get(r);
                String what = c.label() + " group " + (r + 1);
                assertEquals(Integer.parseInt(t.text(r, "group")), g.group(), what);
                assertEquals(Integer.parseInt(t.text(r, "n")), g.n(), what);
                assertEquals(Integer.parseInt(t.text(r, "observed_events")), g.observedEvents(), what);
                assertEquals(Integer.parseInt(t.text(r, "observed_nonevents")), g.observedNonEvents(), what);
                double[][] pairs = {{t.numeric("lower_break")[r], g.lowerBreak()},
                    {t.numeric("upper_break")[r], g.upperBreak()}, {t.numeric("expected_events")[r], g.expectedEvents()},
                    {t.numeric("expected_nonevents")[r], g.expectedNonEvents()}};
                for (double[] pair : pairs) {
                    assertRel(pair[0], pair[1], TOL, what);
                    worst = Math.max(worst, StatsReference.relErr(pair[1], pair[0]));
                }
            }
        }
        System.out.println("hosmer_lemeshow_groups.csv: worst relative error " + worst);
    }
}
