package org.tacerisk.common;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map literal that keeps its keys in the order written. {@code Map.of} iterates in an order that changes from one
 * JVM run to the next, so JSON and YAML written from it differ between runs of the same training; outputs a user
 * compares or checksums use this instead.
 */
public final class OrderedMap {

    private OrderedMap() {
    }

    /** Keys and values alternating: {@code of("a", 1, "b", 2)}; null values are kept. */
    public static Map<String, Object> of(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must alternate; got " + keysAndValues.length
                    + " arguments");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            String key = (String) keysAndValues[i];
            if (m.containsKey(key)) {
                throw new IllegalArgumentException("duplicate key " + key);
            }
            m.put(key, keysAndValues[i + 1]);
        }
        return m;
    }
}
