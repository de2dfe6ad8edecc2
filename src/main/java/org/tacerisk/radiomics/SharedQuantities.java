package org.tacerisk.radiomics;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Quantities derived from one immutable input (a {@link ProcessedRoi}, a {@link TextureGrid}) that several feature
 * families need, each computed once, by whichever family asks first, and kept with the input. Families run in
 * parallel, so a second asker for the same quantity waits for the first one's result instead of computing it
 * again; different quantities never block each other, so computing one may ask for another. A computation runs
 * while its askers wait, so it must be sequential work that never waits for other parallel tasks.
 */
final class SharedQuantities {

    private final ConcurrentHashMap<Object, Shared<?>> values = new ConcurrentHashMap<>();

    /**
     * The quantity named {@code key} (a value with equals, e.g. a record of the quantity's parameters private to
     * the class that computes it), computed by {@code compute} on first use.
     */
    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> compute) {
        return ((Shared<T>) values.computeIfAbsent(key, k -> new Shared<T>())).get(compute);
    }

    /** One quantity; a computation that throws (e.g. a cancelled run) leaves it to be computed again. */
    private static final class Shared<T> {
        private T value;

        synchronized T get(Supplier<T> compute) {
            if (value == null) {
                value = Objects.requireNonNull(compute.get(), "shared quantity");
            }
            return value;
        }
    }
}
