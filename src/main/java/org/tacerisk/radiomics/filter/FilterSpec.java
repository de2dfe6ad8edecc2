package org.tacerisk.radiomics.filter;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tacerisk.common.BadInputException;

/**
 * A filter spec file (YAML, see docs/filters.md):
 *
 * <pre>
 * filter: log            # a name in FilterRegistry
 * dimensions: 3D         # 2D (slice by slice, in-plane) or 3D
 * padding: zero          # zero, nearest, periodic or mirror (IBSI-2 boundary conditions)
 * parameters: {sigma_mm: 3.0, truncate: 4}
 * description: optional free text
 * </pre>
 *
 * Unknown top-level keys, unknown or unused parameters and unknown filter names are refused with a
 * {@link BadInputException} naming the file and the key.
 */
public record FilterSpec(Path source, String filter, boolean twoD, BoundaryCondition padding,
        Map<String, Object> parameters, String description) {

    private static final Set<String> KEYS = Set.of("filter", "dimensions", "padding", "parameters", "description");

    public FilterSpec {
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /**
     * Reads and checks a spec file's structure; the filter name and its parameters are checked by {@link #create()}
     * (so that specs of filters not yet registered can still be read).
     */
    public static FilterSpec read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file, "filter spec file not found", e);
        } catch (IOException e) {
            throw new BadInputException(file, "cannot read filter spec file: " + e.getMessage(), e);
        }
        return parse(text, file);
    }

    /** Parses spec text; {@code source} names the file in messages. */
    public static FilterSpec parse(String text, Path source) {
        ObjectMapper mapper = JsonMapper.builder(new YAMLFactory())
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
        Object root;
        try {
            root = mapper.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            throw new BadInputException(source, "not valid YAML: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
        }
        if (!(root instanceof Map<?, ?> top)) {
            throw new BadInputException(source, "a filter spec must be a YAML mapping with keys " + sorted(KEYS));
        }
        for (Object key : top.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                throw new BadInputException(source, "unknown key \"" + key + "\" in filter spec; allowed: "
                        + sorted(KEYS));
            }
        }
        String filter = requiredString(top, "filter", source).toLowerCase(Locale.ROOT);
        String dims = requiredString(top, "dimensions", source).toUpperCase(Locale.ROOT);
        if (!dims.equals("2D") && !dims.equals("3D")) {
            throw new BadInputException(source, "key \"dimensions\" must be 2D or 3D, not " + top.get("dimensions"));
        }
        BoundaryCondition padding = boundary(requiredString(top, "padding", source), source);
        Object params = top.get("parameters");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (params instanceof Map<?, ?> m) {
            m.forEach((k, v) -> parameters.put(String.valueOf(k), v));
        } else if (params != null) {
            throw new BadInputException(source, "key \"parameters\" must be a mapping of parameter names to values");
        }
        Object description = top.get("description");
        return new FilterSpec(source, filter, dims.equals("2D"), padding, parameters,
                description == null ? null : String.valueOf(description));
    }

    /** Builds the filter; an unknown filter name and unknown, misspelt or unused parameters are refused. */
    public ImageFilter create() {
        FilterFactory factory = FilterRegistry.factory(filter);
        if (factory == null) {
            throw new BadInputException(source, "unknown filter \"" + filter + "\" (key \"filter\"); available: "
                    + FilterRegistry.names());
        }
        FilterParameters p = new FilterParameters(source, parameters);
        ImageFilter result;
        try {
            result = factory.create(p, twoD, padding);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(source, "filter \"" + filter + "\": " + e.getMessage(), e);
        }
        p.requireAllUsed();
        return result;
    }

    /** Reads a spec file and builds its filter. */
    public static ImageFilter load(Path file) {
        return read(file).create();
    }

    private static BoundaryCondition boundary(String value, Path source) {
        String name = value.trim().toUpperCase(Locale.ROOT);
        try {
            return BoundaryCondition.valueOf(name.equals("CONSTANT") ? "ZERO" : name);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(source, "key \"padding\" must be one of zero, nearest, periodic, mirror; not "
                    + value);
        }
    }

    private static String requiredString(Map<?, ?> top, String key, Path source) {
        Object v = top.get(key);
        if (v == null || v instanceof Map || v instanceof List) {
            throw new BadInputException(source, v == null ? "key \"" + key + "\" is missing"
                    : "key \"" + key + "\" must be a single value");
        }
        return String.valueOf(v).trim();
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }
}
