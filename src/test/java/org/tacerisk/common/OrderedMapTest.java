package org.tacerisk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderedMapTest {

    @Test
    void keepsTheWrittenOrder() {
        List<String> keys = new ArrayList<>(OrderedMap.of("z", 1, "a", 2, "m", null, "b", 4).keySet());
        assertEquals(List.of("z", "a", "m", "b"), keys);
    }

    @Test
    void refusesOddArgumentsAndDuplicates() {
        assertThrows(IllegalArgumentException.class, () -> OrderedMap.of("a", 1, "b"));
        assertThrows(IllegalArgumentException.class, () -> OrderedMap.of("a", 1, "a", 2));
    }
}
