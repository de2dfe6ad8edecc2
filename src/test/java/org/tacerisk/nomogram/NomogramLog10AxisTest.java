package org.tacerisk.nomogram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A log10 predictor's axis: ticks labelled in the entered unit, placed at their log10. */
class NomogramLog10AxisTest {

    @Test
    void aWideRangeGetsWholeDecades() {
        NomogramPredictor afp = NomogramPredictor.log10("afp", 0.5, 1, 100000);
        assertEquals(List.of("1", "10", "100", "1000", "10000", "100000"), afp.labels());
        assertArrayEquals(new double[] {0, 1, 2, 3, 4, 5}, afp.values(), 1e-15);
        assertArrayEquals(new double[] {0, 0.5, 1, 1.5, 2, 2.5}, afp.xbeta(), 1e-15);
    }

    @Test
    void decadesCoverTheRangeAsPrettyDoes() {
        assertEquals(List.of(1.0, 10.0, 100.0, 1000.0), NomogramPredictor.logTicks(3, 400));
        assertEquals(List.of(0.1, 1.0, 10.0, 100.0, 1000.0), NomogramPredictor.logTicks(0.2, 812));
        assertEquals(List.of("0.1", "1", "10", "100", "1000"),
                NomogramPredictor.log10("x", 1, 0.2, 812).labels());
    }

    @Test
    void aNarrowRangeGetsOneTwoFive() {
        assertEquals(List.of(2.0, 5.0, 10.0), NomogramPredictor.logTicks(2.5, 8));
        assertEquals(List.of(2.0, 5.0, 10.0, 20.0, 50.0), NomogramPredictor.logTicks(3, 40));
        assertEquals(List.of(2.0, 5.0, 10.0, 20.0), NomogramPredictor.logTicks(2, 20));
        assertEquals(List.of(0.5, 1.0, 2.0), NomogramPredictor.logTicks(0.7, 1.9));
    }

    @Test
    void aLog10AxisNeedsPositiveValues() {
        assertThrows(IllegalArgumentException.class, () -> NomogramPredictor.log10("afp", 1, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> NomogramPredictor.log10("afp", 1, 5, 5));
    }
}
