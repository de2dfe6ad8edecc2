package org.tacerisk.radiomics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tacerisk.common.BadInputException;
import org.tacerisk.radiomics.filter.BoundaryCondition;

/**
 * The {@code imageTypes} block of a settings file (docs/radiomics-settings.md), read strictly: every key is known
 * or refused. Filters are given inline ({@code filters:} entries of the filter-spec form) or by the shorthands
 * {@code log} and {@code wavelet}, which expand to one filter per σ or per band (PyRadiomics-like). Whether a filter
 * name exists and which parameters it takes is checked when the filter is built (the first step of extraction).
 */
final class ImageTypesYaml {

    /** Registry name and parameter keys the shorthands expand to (the LoG and separable-wavelet filter specs). */
    static final String LOG = "log";
    static final String LOG_SIGMA = "sigma_mm";
    static final String LOG_TRUNCATE = "truncate";
    static final String WAVELET = "wavelet";
    static final String WAVELET_FAMILY = "wavelet";
    static final String WAVELET_BAND = "band";
    static final String WAVELET_LEVEL = "level";

    private static final Set<String> BLOCK_KEYS = Set.of("original", "families", "discretisation", "filterMarginMm",
            "filters", "log", "wavelet");
    private static final Set<String> ENTRY_KEYS = Set.of("filter", "dimensions", "padding", "parameters");
    private static final Set<String> LOG_KEYS = Set.of("sigmas_mm", "truncate", "dimensions", "padding");
    private static final Set<String> WAVELET_KEYS = Set.of("family", "bands", "level", "dimensions", "padding");

    private ImageTypesYaml() {
    }

    static ImageTypes parse(JsonNode node, ObjectMapper mapper, Path source) {
        if (node == null || node.isNull()) {
            return ImageTypes.originalOnly();
        }
        requireKeys(node, BLOCK_KEYS, "imageTypes", source);
        boolean original = !node.has("original") || node.get("original").isNull() || bool(node.get("original"),
                "imageTypes.original", source);
        Set<Family> families = null;
        if (node.hasNonNull("families")) {
            families = EnumSet.noneOf(Family.class);
            for (JsonNode f : list(node.get("families"))) {
                families.add(enumValue(Family.class, f, "imageTypes.families", source));
            }
        }
        Discretisation discretisation = null;
        if (node.hasNonNull("discretisation")) {
            try {
                discretisation = mapper.treeToValue(node.get("discretisation"), Discretisation.class);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw new BadInputException(source, "invalid imageTypes.discretisation: " + message(e), e);
            }
        }
        Double margin = node.hasNonNull("filterMarginMm") ? number(node.get("filterMarginMm"),
                "imageTypes.filterMarginMm", source) : null;
        List<FilterEntry> filters = new ArrayList<>();
        if (node.hasNonNull("filters")) {
            int n = 0;
            for (JsonNode e : list(node.get("filters"))) {
                filters.add(entry(e, mapper, "imageTypes.filters[" + n++ + "]", source));
            }
        }
        if (node.hasNonNull("log")) {
            filters.addAll(log(node.get("log"), source));
        }
        if (node.hasNonNull("wavelet")) {
            filters.addAll(wavelet(node.get("wavelet"), source));
        }
        try {
            return new ImageTypes(original, families, discretisation, margin, filters);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(source, "invalid settings: " + e.getMessage(), e);
        }
    }

    private static FilterEntry entry(JsonNode e, ObjectMapper mapper, String where, Path source) {
        requireKeys(e, ENTRY_KEYS, where, source);
        if (!e.hasNonNull("filter")) {
            throw new BadInputException(source, where + ".filter is required (e.g. log, mean, wavelet)");
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (e.hasNonNull("parameters")) {
            if (!e.get("parameters").isObject()) {
                throw new BadInputException(source, where + ".parameters must be a mapping of parameter names");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> given = mapper.convertValue(e.get("parameters"), Map.class);
            parameters.putAll(given);
        }
        return make(e.get("filter").asText(), text(e, "dimensions", where, source), padding(e, where, source),
                parameters, where, source);
    }

    /** {@code log: {sigmas_mm: [1, 3, 5], truncate: 4}} → one LoG filter per σ (IBSI-2 LoG: σ in mm, cutoff in σ). */
    private static List<FilterEntry> log(JsonNode node, Path source) {
        requireKeys(node, LOG_KEYS, "imageTypes.log", source);
        if (!node.hasNonNull("sigmas_mm")) {
            throw new BadInputException(source, "imageTypes.log.sigmas_mm is required (σ values in mm)");
        }
        List<FilterEntry> out = new ArrayList<>();
        for (JsonNode s : list(node.get("sigmas_mm"))) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put(LOG_SIGMA, number(s, "imageTypes.log.sigmas_mm", source));
            if (node.hasNonNull("truncate")) {
                p.put(LOG_TRUNCATE, number(node.get("truncate"), "imageTypes.log.truncate", source));
            }
            out.add(make(LOG, text(node, "dimensions", "imageTypes.log", source),
                    padding(node, "imageTypes.log", source), p, "imageTypes.log", source));
        }
        return out;
    }

    /** {@code wavelet: {family: coif1, bands: [LLH, HHH] | all, level: 1}} → one wavelet filter per band. */
    private static List<FilterEntry> wavelet(JsonNode node, Path source) {
        requireKeys(node, WAVELET_KEYS, "imageTypes.wavelet", source);
        if (!node.hasNonNull("family")) {
            throw new BadInputException(source, "imageTypes.wavelet.family is required (e.g. haar, db3, coif1)");
        }
        String dims;
        try {
            dims = FilterEntry.normaliseDimensions(text(node, "dimensions", "imageTypes.wavelet", source));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(source, "imageTypes.wavelet: " + e.getMessage(), e);
        }
        int axes = "2D".equals(dims) ? 2 : 3;
        List<String> bands = new ArrayList<>();
        JsonNode b = node.get("bands");
        if (b == null || b.isNull() || b.isTextual() && b.asText().equalsIgnoreCase("all")) {
            for (int m = 0; m < 1 << axes; m++) {
                StringBuilder band = new StringBuilder();
                for (int a = axes - 1; a >= 0; a--) {
                    band.append((m >> a & 1) == 0 ? 'L' : 'H');
                }
                bands.add(band.toString());
            }
        } else {
            for (JsonNode band : list(b)) {
                String name = band.asText().trim().toUpperCase(Locale.ROOT);
                if (name.length() != axes || !name.matches("[LH]+")) {
                    throw new BadInputException(source, "imageTypes.wavelet.bands: '" + band.asText() + "' is not a "
                            + dims + " band (" + axes + " letters L or H, x first, e.g. " + (axes == 2 ? "LH" : "LLH")
                            + ") or 'all'");
                }
                bands.add(name);
            }
        }
        List<FilterEntry> out = new ArrayList<>();
        for (String band : bands) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put(WAVELET_FAMILY, node.get("family").asText());
            p.put(WAVELET_BAND, band);
            p.put(WAVELET_LEVEL, node.hasNonNull("level") ? (int) number(node.get("level"), "imageTypes.wavelet.level",
                    source) : 1);
            out.add(make(WAVELET, dims, padding(node, "imageTypes.wavelet", source), p, "imageTypes.wavelet",
                    source));
        }
        return out;
    }

    private static FilterEntry make(String filter, String dims, BoundaryCondition padding, Map<String, Object> p,
            String where, Path source) {
        try {
            return new FilterEntry(filter, dims, padding, p);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(source, where + ": " + e.getMessage(), e);
        }
    }

    /** Padding (IBSI-2 boundary condition): zero (or constant), nearest, periodic or mirror; default mirror. */
    private static BoundaryCondition padding(JsonNode node, String where, Path source) {
        String p = text(node, "padding", where, source);
        if (p == null) {
            return BoundaryCondition.MIRROR;
        }
        String name = p.trim().toUpperCase(Locale.ROOT);
        try {
            return BoundaryCondition.valueOf(name.equals("CONSTANT") ? "ZERO" : name);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(source, where + ".padding must be zero, nearest, periodic or mirror, not '"
                    + p + "'", e);
        }
    }

    private static void requireKeys(JsonNode node, Set<String> allowed, String where, Path source) {
        if (!node.isObject()) {
            throw new BadInputException(source, where + " must be a mapping of keys to values");
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String key = names.next();
            if (!allowed.contains(key)) {
                throw new BadInputException(source, "unknown settings key '" + where + "." + key + "'; allowed here: "
                        + new java.util.TreeSet<>(allowed) + " (see docs/radiomics-settings.md)");
            }
        }
    }

    private static List<JsonNode> list(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(out::add);
        } else {
            out.add(node);
        }
        return out;
    }

    private static String text(JsonNode node, String key, String where, Path source) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isValueNode()) {
            throw new BadInputException(source, where + "." + key + " must be a single value");
        }
        return v.asText();
    }

    private static double number(JsonNode v, String where, Path source) {
        if (!v.isNumber()) {
            throw new BadInputException(source, where + " must be a number, not '" + v.asText() + "'");
        }
        return v.asDouble();
    }

    private static boolean bool(JsonNode v, String where, Path source) {
        if (!v.isBoolean()) {
            throw new BadInputException(source, where + " must be true or false, not '" + v.asText() + "'");
        }
        return v.asBoolean();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode v, String where, Path source) {
        try {
            return Enum.valueOf(type, v.asText().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(source, "invalid value '" + v.asText() + "' for settings key '" + where
                    + "'; allowed: " + java.util.Arrays.toString(type.getEnumConstants()), e);
        }
    }

    private static String message(Exception e) {
        return e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    }
}
