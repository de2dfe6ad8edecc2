package org.tacerisk.model;

import java.util.Arrays;
import java.util.Locale;

/** Reads the lower-case enum values of the manifest ({@code measured_from_roi}, {@code log10}, ...). */
final class ManifestEnums {

    private ManifestEnums() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text, String field) {
        if (text != null) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(text.trim())) {
                    return e;
                }
            }
        }
        throw ManifestChecks.invalid(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT)).toList() + ", not \"" + text + "\"");
    }
}
