package org.tacerisk.radiomics;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.tacerisk.common.BadInputException;
import org.tacerisk.radiomics.filter.BoundaryCondition;
import org.tacerisk.radiomics.filter.FilterFactory;
import org.tacerisk.radiomics.filter.FilterParameters;
import org.tacerisk.radiomics.filter.FilterRegistry;
import org.tacerisk.radiomics.filter.ImageFilter;

/**
 * One filtered image type of a settings file: an IBSI-2 convolutional filter in the same form as a filter spec
 * file ({@code filter}, {@code dimensions}, {@code padding}, {@code parameters}). The filter itself is built by the
 * {@link FilterRegistry} factory of that name; its parameter keys are the factory's.
 *
 * @param filter     registry name, e.g. "mean", "log", "laws", "gabor", "wavelet", "simoncelli"
 * @param dimensions "2D" (each axial slice filtered in-plane; IBSI-2 configurations N.A) or "3D" (N.B)
 * @param padding    boundary condition at the edge of the filtered region (IBSI-2 phase 2 uses mirror)
 * @param parameters the filter's own parameters (e.g. {@code sigma_mm}, {@code truncate} for LoG)
 */
public record FilterEntry(String filter, String dimensions, BoundaryCondition padding, Map<String, Object> parameters) {

    public FilterEntry {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(padding, "padding");
        dimensions = normaliseDimensions(dimensions);
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters == null ? Map.of() : parameters));
    }

    /** True for slice-wise (in-plane) filtering. */
    public boolean twoD() {
        return "2D".equals(dimensions);
    }

    /** True when a factory of this name is registered (filters are added to the registry as they are written). */
    public boolean registered() {
        return FilterRegistry.factory(filter) != null;
    }

    /**
     * Builds the filter, refusing an unregistered name or a parameter key the filter does not read.
     *
     * @param source the settings file, named in messages (may be null)
     */
    public ImageFilter create(Path source) {
        return create(source, FilterRegistry::factory);
    }

    /** As {@link #create(Path)} with another name → factory lookup (tests use filters the registry lacks). */
    public ImageFilter create(Path source, Function<String, FilterFactory> factories) {
        FilterFactory factory = factories.apply(filter);
        if (factory == null) {
            throw new BadInputException(source, "filter '" + filter + "' is not registered (not implemented yet or"
                    + " misspelt); registered filters: " + FilterRegistry.names()
                    + " (see docs/radiomics-settings.md)");
        }
        FilterParameters p = new FilterParameters(source, parameters);
        ImageFilter created = factory.create(p, twoD(), padding);
        p.requireAllUsed();
        return created;
    }

    /** "2D" or "3D" (null → "3D"); anything else is an IllegalArgumentException. */
    static String normaliseDimensions(String dimensions) {
        String d = dimensions == null ? "3D" : dimensions.trim().toUpperCase(java.util.Locale.ROOT);
        if (!d.equals("2D") && !d.equals("3D")) {
            throw new IllegalArgumentException("filter dimensions must be 2D or 3D, not " + dimensions);
        }
        return d;
    }
}
