package org.tacerisk.radiomics;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tacerisk.common.BadInputException;
import org.tacerisk.radiomics.filter.BoundaryCondition;

/**
 * The {@code imageType:} block of a PyRadiomics parameter file as {@link ImageTypes}: Original, LoG (sigma in mm),
 * Wavelet (wavelet, start_level, level; 8 bands per level), Square, SquareRoot, Logarithm, Exponential, Gradient and
 * LBP2D (lbp2DRadius, lbp2DSamples, lbp2DMethod). LBP3D is refused by name, as is any option this reader does not
 * apply; nothing is skipped silently.
 * Options may also come from the {@code setting:} block (PyRadiomics lets them be global).
 */
final class PyRadiomicsImageTypes {

    private static final Set<String> SIMPLE = Set.of("Square", "SquareRoot", "Logarithm", "Exponential",
            "Gradient");
    private static final List<String> BANDS = List.of("LLH", "LHL", "LHH", "HLL", "HLH", "HHL", "HHH");

    private PyRadiomicsImageTypes() {
    }

    static ImageTypes read(JsonNode block, JsonNode setting, boolean float32, Path file) {
        if (block == null || block.isNull() || block.isMissingNode()) {
            return ImageTypes.originalOnly();
        }
        if (!block.isObject()) {
            throw new BadInputException(file, "imageType must be a mapping of image type names to options");
        }
        boolean original = false;
        List<FilterEntry> filters = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> types = block.fields();
        while (types.hasNext()) {
            Map.Entry<String, JsonNode> t = types.next();
            String type = t.getKey();
            JsonNode options = t.getValue() == null || t.getValue().isNull() ? null : t.getValue();
            if (options != null && !options.isObject()) {
                throw new BadInputException(file, "imageType." + type + " must be a mapping of options ({} for none)");
            }
            switch (type) {
                case "Original" -> {
                    only(options, Set.of(), type, file);
                    original = true;
                }
                case "LoG" -> {
                    only(options, Set.of("sigma"), type, file);
                    JsonNode sigma = option(options, setting, "sigma");
                    if (sigma == null || !sigma.isArray() || sigma.isEmpty()) {
                        throw new BadInputException(file, "imageType.LoG needs sigma: a list of σ values in mm"
                                + " (PyRadiomics computes no LoG image without it)");
                    }
                    for (JsonNode s : sigma) {
                        if (!s.isNumber() || !(s.asDouble() > 0)) {
                            throw new BadInputException(file, "imageType.LoG.sigma: " + s + " is not a positive"
                                    + " number of mm");
                        }
                        filters.add(entry("pyradiomics-log", Map.of("sigma_mm", s.asDouble())));
                    }
                }
                case "Wavelet" -> {
                    only(options, Set.of("wavelet", "start_level", "level"), type, file);
                    if (setting != null && setting.path("force2D").asBoolean(false)) {
                        // PyRadiomics then transforms in-plane only (bands wavelet-LH, ...), which is not built here
                        throw new BadInputException(file, "imageType.Wavelet with setting.force2D: true (PyRadiomics'"
                                + " 2D wavelet) is not supported; remove one of them");
                    }
                    filters.addAll(wavelet(options, setting, float32, file));
                }
                case "LBP2D" -> {
                    only(options, Set.of("lbp2DRadius", "lbp2DSamples", "lbp2DMethod"), type, file);
                    Map<String, Object> p = new LinkedHashMap<>();
                    JsonNode radius = option(options, setting, "lbp2DRadius");
                    JsonNode samples = option(options, setting, "lbp2DSamples");
                    JsonNode method = option(options, setting, "lbp2DMethod");
                    p.put("radius", radius == null ? 1.0 : radius.asDouble());
                    p.put("samples", samples == null ? 8 : samples.asInt());
                    p.put("method", method == null ? "uniform" : method.asText());
                    FilterEntry lbp = entry("pyradiomics-lbp2d", p);
                    try {
                        lbp.create(file);
                    } catch (BadInputException e) {
                        throw new BadInputException(file, "imageType.LBP2D: " + e.getMessage(), e);
                    }
                    filters.add(lbp);
                }
                case "LBP3D" -> throw new BadInputException(file, "imageType.LBP3D (3D local binary patterns by"
                        + " spherical harmonics) is not supported by TACE-Risk; remove it from the parameter file");
                default -> {
                    if (!SIMPLE.contains(type)) {
                        throw new BadInputException(file, "imageType." + type + " is not a PyRadiomics image type;"
                                + " known: Original, LoG, Wavelet, Square, SquareRoot, Logarithm, Exponential,"
                                + " Gradient, LBP2D (LBP3D is not supported)");
                    }
                    only(options, type.equals("Gradient") ? Set.of("gradientUseSpacing") : Set.of(), type, file);
                    Map<String, Object> p = new LinkedHashMap<>();
                    p.put("kind", type);
                    if (type.equals("Gradient")) {
                        JsonNode use = option(options, setting, "gradientUseSpacing");
                        p.put("use_spacing", use == null || use.asBoolean(true));
                    }
                    filters.add(entry("pyradiomics-intensity", p));
                }
            }
        }
        try {
            return new ImageTypes(original, null, null, null, filters);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file, "imageType: " + e.getMessage(), e);
        }
    }

    private static List<FilterEntry> wavelet(JsonNode options, JsonNode setting, boolean float32, Path file) {
        JsonNode name = option(options, setting, "wavelet");
        JsonNode start = option(options, setting, "start_level");
        JsonNode level = option(options, setting, "level");
        String family = name == null ? "coif1" : name.asText();
        int startLevel = start == null ? 0 : whole(start, "start_level", file);
        int levels = level == null ? 1 : whole(level, "level", file);
        if (levels < 1) {
            throw new BadInputException(file, "Wavelet level must be at least 1, got " + levels);
        }
        List<FilterEntry> out = new ArrayList<>();
        for (int l = 1; l <= levels; l++) {
            for (String band : BANDS) {
                out.add(wavelet(family, band, startLevel, l, float32));
            }
        }
        // PyRadiomics returns the approximation of the last level only
        out.add(wavelet(family, "LLL", startLevel, levels, float32));
        try {
            out.forEach(e -> e.create(file));
        } catch (BadInputException e) {
            throw new BadInputException(file, "imageType.Wavelet: " + e.getMessage(), e);
        }
        return out;
    }

    private static FilterEntry wavelet(String family, String band, int startLevel, int level, boolean float32) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("wavelet", family);
        p.put("band", band);
        p.put("start_level", startLevel);
        p.put("level", level);
        p.put("float32", float32);
        return entry("pyradiomics-wavelet", p);
    }

    private static FilterEntry entry(String filter, Map<String, Object> parameters) {
        return new FilterEntry(filter, "3D", BoundaryCondition.PERIODIC, parameters);
    }

    /** The option from the image type's own block, else from {@code setting:}, else null. */
    private static JsonNode option(JsonNode options, JsonNode setting, String key) {
        if (options != null && options.hasNonNull(key)) {
            return options.get(key);
        }
        return setting != null && setting.hasNonNull(key) ? setting.get(key) : null;
    }

    private static void only(JsonNode options, Set<String> allowed, String type, Path file) {
        if (options == null) {
            return;
        }
        Iterator<String> keys = options.fieldNames();
        while (keys.hasNext()) {
            String key = keys.next();
            if (!allowed.contains(key)) {
                throw new BadInputException(file, "imageType." + type + "." + key + " is not supported as an"
                        + " option of " + type + (allowed.isEmpty() ? " (it takes none)" : "; allowed: " + allowed)
                        + ". Settings per image type are not supported: put common settings under setting:");
            }
        }
    }

    private static int whole(JsonNode v, String key, Path file) {
        if (!v.isIntegralNumber()) {
            throw new BadInputException(file, "Wavelet " + key + " must be a whole number, got " + v);
        }
        return v.asInt();
    }
}
