package org.tacerisk.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacerisk.common.BadInputException;

/** Table cells are numbers only when written as numbers (Java's parser also takes "2f", "5d" and "0x1p3"). */
class DataTableNumbersTest {

    private static DataTable column(String... cells) {
        return DataTable.of(List.of("x"), java.util.Arrays.stream(cells).map(c -> new String[] {c}).toList());
    }

    @Test
    void javaSuffixesAndHexAreRefusedNamingRowColumnAndText() {
        for (String bad : new String[] {"2f", "5d", "0x1p3", "Infinity", "1,5"}) {
            BadInputException e = assertThrows(BadInputException.class, () -> column("1", bad).numeric("x"), bad);
            assertTrue(e.getMessage().contains("row 2, column \"x\": \"" + bad + "\" is not a number"),
                    e.getMessage());
        }
    }

    @Test
    void plainDecimalsMissingValuesAndRInfinitiesAreRead() {
        assertArrayEquals(new double[] {2, -0.5, 1e-3, 12, Double.NaN, Double.NaN, Double.POSITIVE_INFINITY},
                column("2", "-0.5", "1e-3", "+12", "NA", "", "Inf").numeric("x"), 0.0);
    }
}
