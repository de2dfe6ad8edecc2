package org.tacerisk.radiomics.filter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.NumberText;

/**
 * The parameters of one filter from a spec file, with typed getters that name the file and key when a value is
 * missing or wrong, and a final check that every key was used (misspelt keys are refused, never ignored).
 */
public final class FilterParameters {

    private final Path source;
    private final Map<String, Object> values;
    private final Set<String> used = new HashSet<>();

    public FilterParameters(Path source, Map<String, Object> values) {
        this.source = source;
        this.values = new LinkedHashMap<>(values);
    }

    public boolean has(String key) {
        return values.containsKey(key) && values.get(key) != null;
    }

    public String string(String key) {
        return String.valueOf(require(key));
    }

    public String string(String key, String fallback) {
        return has(key) ? string(key) : mark(key, fallback);
    }

    public double number(String key) {
        Object v = require(key);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        return NumberText.parse(String.valueOf(v)).orElseThrow(() -> bad(key, "is not a number: " + v));
    }

    public double number(String key, double fallback) {
        return has(key) ? number(key) : mark(key, fallback);
    }

    public int integer(String key, int fallback) {
        if (!has(key)) {
            return mark(key, fallback);
        }
        double d = number(key);
        if (d != Math.rint(d)) {
            throw bad(key, "must be a whole number, not " + d);
        }
        return (int) d;
    }

    public boolean flag(String key, boolean fallback) {
        if (!has(key)) {
            return mark(key, fallback);
        }
        Object v = require(key);
        if (v instanceof Boolean b) {
            return b;
        }
        throw bad(key, "must be true or false, not " + v);
    }

    public List<Double> numbers(String key) {
        Object v = require(key);
        List<Double> out = new ArrayList<>();
        if (v instanceof List<?> list) {
            for (Object o : list) {
                out.add(o instanceof Number n ? n.doubleValue() : NumberText.parse(String.valueOf(o))
                        .orElseThrow(() -> bad(key, "is not a list of numbers: " + v)));
            }
        } else {
            out.add(number(key));
        }
        return out;
    }

    public BoundaryCondition boundary(String key, BoundaryCondition fallback) {
        if (!has(key)) {
            return mark(key, fallback);
        }
        String name = string(key).trim().toUpperCase(java.util.Locale.ROOT);
        try {
            return BoundaryCondition.valueOf(name.equals("CONSTANT") ? "ZERO" : name);
        } catch (IllegalArgumentException e) {
            throw bad(key, "must be one of zero, nearest, periodic, mirror; not " + string(key));
        }
    }

    /** Fails naming every key that no getter asked for (a misspelt or unsupported parameter). */
    public void requireAllUsed() {
        List<String> unused = values.keySet().stream().filter(k -> !used.contains(k)).sorted().toList();
        if (!unused.isEmpty()) {
            throw new BadInputException(source, "unknown filter parameter(s) " + unused + "; this filter accepts "
                    + used.stream().sorted().toList());
        }
    }

    public BadInputException bad(String key, String problem) {
        return new BadInputException(source, "filter parameter \"" + key + "\" " + problem);
    }

    private Object require(String key) {
        used.add(key);
        if (!has(key)) {
            throw bad(key, "is missing");
        }
        return values.get(key);
    }

    private <T> T mark(String key, T fallback) {
        used.add(key);
        return fallback;
    }
}
