package org.tacerisk.deep;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import org.tacerisk.common.BadInputException;

/**
 * A model folder's {@code model.json} (docs/deep-models.md): the format, a display name, the input spec the model
 * was trained with and which outputs carry probability and features.
 */
public record ModelManifest(String format, String name, InputSpec inputSpec, OutputMapping outputs) {

    public static final String FILE_NAME = "model.json";

    private static final Set<String> TOP_KEYS = Set.of("format", "name", "inputSpec", "outputs", "description");
    /** Also allowed for "djl": the network's hyper-parameters and the training record ({@link DjlModelFiles}). */
    private static final Set<String> DJL_KEYS = Set.of("architecture", "width", "blocksPerStage", "dropout",
            "featureSize", "params", "training");
    private static final Set<String> SPEC_KEYS = Set.of("size", "mmPerPixel", "neighbourSlices", "windowLowHu",
            "windowHighHu", "maskChannel");
    private static final Set<String> OUTPUT_KEYS = Set.of("probability", "features");

    /** Reads {@code dir/model.json}; the name defaults to the folder's name. */
    public static ModelManifest read(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        JsonNode root;
        try {
            root = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                    .readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new BadInputException(dir, "not a model folder: " + FILE_NAME + " is missing (a model folder"
                    + " holds model.json and the network, see docs/deep-models.md)");
        } catch (IOException e) {
            throw new BadInputException(file, "cannot read the model description: " + e.getMessage(), e);
        }
        try {
            return parse(root, dir.getFileName() == null ? "model" : dir.getFileName().toString());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file, e.getMessage(), e);
        }
    }

    static ModelManifest parse(JsonNode root, String defaultName) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the model description must be a JSON object");
        }
        String format = root.isObject() ? text(root, "format") : null;
        checkKeys(root, "djl".equalsIgnoreCase(format == null ? "" : format.trim()) ? union(TOP_KEYS, DJL_KEYS)
                : TOP_KEYS, "");
        if (format == null) {
            throw new IllegalArgumentException("\"format\" is missing (e.g. \"torchscript\")");
        }
        String name = root.hasNonNull("name") ? root.get("name").asText() : defaultName;
        JsonNode spec = root.get("inputSpec");
        if (spec == null || !spec.isObject()) {
            throw new IllegalArgumentException("\"inputSpec\" is missing (size, mmPerPixel, neighbourSlices,"
                    + " windowLowHu, windowHighHu, maskChannel)");
        }
        checkKeys(spec, SPEC_KEYS, "inputSpec.");
        InputSpec inputSpec = new InputSpec(integer(spec, "size"), number(spec, "mmPerPixel"),
                integer(spec, "neighbourSlices"), number(spec, "windowLowHu"), number(spec, "windowHighHu"),
                spec.path("maskChannel").asBoolean(false));
        JsonNode outputs = root.get("outputs");
        OutputMapping mapping;
        if (outputs == null) {
            mapping = OutputMapping.logitAndFeatures();
        } else {
            checkKeys(outputs, OUTPUT_KEYS, "outputs.");
            mapping = OutputMapping.parse(text(outputs, "probability"), text(outputs, "features"));
        }
        return new ModelManifest(format.trim().toLowerCase(java.util.Locale.ROOT), name, inputSpec, mapping);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static void checkKeys(JsonNode node, Set<String> allowed, String prefix) {
        if (!(node instanceof ObjectNode)) {
            throw new IllegalArgumentException("\"" + prefix + "\" must be a JSON object");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String key = it.next();
            if (!allowed.contains(key)) {
                throw new IllegalArgumentException("unknown key \"" + prefix + key + "\"; allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    private static String text(JsonNode node, String key) {
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static int integer(JsonNode spec, String key) {
        JsonNode v = spec.get(key);
        if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new IllegalArgumentException("\"inputSpec." + key + "\" must be a whole number");
        }
        return v.intValue();
    }

    private static double number(JsonNode spec, String key) {
        JsonNode v = spec.get(key);
        if (v == null || !v.isNumber()) {
            throw new IllegalArgumentException("\"inputSpec." + key + "\" must be a number");
        }
        return v.doubleValue();
    }
}
