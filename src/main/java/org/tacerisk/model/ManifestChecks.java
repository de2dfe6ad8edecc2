package org.tacerisk.model;

import java.util.List;
import java.util.regex.Pattern;
import org.tacerisk.common.BadInputException;

/**
 * Validation helpers for the manifest records: every failure is a {@link BadInputException} whose message names the
 * manifest field (for example {@code predictors[afp].allowedMin}) so a bundle author can find and fix it.
 */
final class ManifestChecks {

    /** Identifiers of predictors, features, cohorts: letters, digits, '_', '.', '-' (no spaces, no slashes). */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.\\-()]+");

    private ManifestChecks() {
    }

    static BadInputException invalid(String field, String problem) {
        return new BadInputException(null, "manifest field '" + field + "' " + problem);
    }

    static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw invalid(field, "is required and must not be empty");
        }
        return value;
    }

    static String id(String field, String value) {
        text(field, value);
        if (!ID.matcher(value).matches()) {
            throw invalid(field, "must be an identifier (letters, digits, '_', '.', '-'), not \"" + value + "\"");
        }
        return value;
    }

    static <T> T present(String field, T value) {
        if (value == null) {
            throw invalid(field, "is required");
        }
        return value;
    }

    static <T> List<T> list(String field, List<T> value) {
        if (value == null) {
            return List.of();
        }
        for (T t : value) {
            if (t == null) {
                throw invalid(field, "must not contain null entries");
            }
        }
        return List.copyOf(value);
    }

    static <T> List<T> nonEmpty(String field, List<T> value) {
        List<T> copy = list(field, value);
        if (copy.isEmpty()) {
            throw invalid(field, "needs at least one entry");
        }
        return copy;
    }

    static double finite(String field, Double value) {
        if (value == null || !Double.isFinite(value)) {
            throw invalid(field, "must be a finite number" + (value == null ? " (it is missing)" : ""));
        }
        return value;
    }

    /** A proportion in [0, 1], or null where the statistic is not available. */
    static Double proportionOrNull(String field, Double value) {
        if (value != null && !(value >= 0 && value <= 1)) {
            throw invalid(field, "must lie between 0 and 1, not " + value);
        }
        return value;
    }

    static double proportion(String field, Double value) {
        finite(field, value);
        return proportionOrNull(field, value);
    }

    /**
     * An AUC in [0, 1] with its 95 % limits: both given or both left out, enclosing the AUC ({@code field} is the
     * prefix, e.g. {@code performance[rad/test].}).
     */
    static void aucWithInterval(String field, Double auc, Double low, Double high) {
        proportion(field + "auc", auc);
        proportionOrNull(field + "aucCiLow", low);
        proportionOrNull(field + "aucCiHigh", high);
        if ((low == null) != (high == null)) {
            throw invalid(field + "aucCiLow", "and aucCiHigh must both be given or both be left out");
        }
        if (low != null && !(low <= auc && auc <= high)) {
            throw invalid(field + "aucCiLow", "and aucCiHigh must enclose the AUC");
        }
    }

    static int count(String field, Integer value) {
        if (value == null || value < 0) {
            throw invalid(field, "must be a whole number of at least 0" + (value == null ? " (it is missing)" : ""));
        }
        return value;
    }

    /**
     * A path inside the bundle: relative, '/'-separated, no '.', '..' or empty parts, no backslashes or drive
     * letters, so neither a manifest nor a zip can point outside the bundle.
     */
    static String relativePath(String field, String value) {
        text(field, value);
        if (value.startsWith("/") || value.contains("\\") || value.contains(":")) {
            throw invalid(field, "must be a relative path inside the bundle with '/' separators, not \"" + value
                    + "\"");
        }
        for (String part : value.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                throw invalid(field, "must be a relative path inside the bundle without empty, '.' or '..' parts,"
                        + " not \"" + value + "\"");
            }
        }
        return value;
    }
}
