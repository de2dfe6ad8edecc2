package org.tacerisk.nomogram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Axis labels are the tick values as a person writes them, whatever floating-point noise the ticks carry. */
class NomogramLabelTest {

    @Test
    void ticksWithFloatingPointNoiseAreLabelledCleanly() {
        // what seq() and pretty() produce in binary floating point
        double[] ticks = {-1.7000000000000002, 0.2 * 3, 2.0, 12.5};
        NomogramPredictor axis = NomogramPredictor.numeric("x", 1.0, ticks);
        assertEquals(List.of("-1.7", "0.6", "2", "12.5"), axis.labels());
    }
}
