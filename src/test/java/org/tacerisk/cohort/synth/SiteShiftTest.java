package org.tacerisk.cohort.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A mis-calibrated site ({@code synth --intercept-shift/--slope}) changes the outcomes' log-odds and nothing else. */
class SiteShiftTest {

    @Test
    void theShiftMovesTheTrueLogOddsAndKeepsEveryOtherDraw() {
        SiteShift site = new SiteShift(1.5, 0.5);
        List<SyntheticPatient> plain = SyntheticCohortWriter.draw(11, 400);
        List<SyntheticPatient> shifted = SyntheticCohortWriter.draw(11, 400, site);
        for (int i = 0; i < plain.size(); i++) {
            SyntheticPatient a = plain.get(i);
            SyntheticPatient b = shifted.get(i);
            assertEquals(1.5 + 0.5 * a.trueLp(), b.trueLp(), 1e-12);
            assertEquals(OutcomeModel.plogis(b.trueLp()), b.probability(), 1e-15);
            assertEquals(a.tumourSizeCm(), b.tumourSizeCm());
            assertEquals(a.afpNgMl(), b.afpNgMl());
            assertEquals(a.heterogeneityZ(), b.heterogeneityZ());
            assertEquals(a.imageSeed(), b.imageSeed());
        }
        int before = plain.stream().mapToInt(SyntheticPatient::outcome).sum();
        int after = shifted.stream().mapToInt(SyntheticPatient::outcome).sum();
        assertTrue(after > before + 40, before + " events before the shift, " + after + " after");
        assertEquals(plain, SyntheticCohortWriter.draw(11, 400, SiteShift.NONE));
    }
}
