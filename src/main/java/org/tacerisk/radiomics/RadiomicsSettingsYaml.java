package org.tacerisk.radiomics;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.tacerisk.common.AtomicFiles;
import org.tacerisk.common.BadInputException;

/**
 * YAML form of {@link RadiomicsSettings}. A file gives only the keys it wants to change: it is laid over
 * {@link RadiomicsSettings#defaults()} key by key. Unknown or misspelt keys are errors naming the key and the file,
 * because a silently ignored key (e.g. "binwidth") changes every texture value without anyone noticing.
 */
public final class RadiomicsSettingsYaml {

    private static final String HEADER = "# TACE-Risk radiomics settings; every key is described in"
            + " docs/radiomics-settings.md\n";

    private static final String IMAGE_TYPES = "imageTypes";

    private static final java.util.Set<String> WHOLE_BLOCKS = java.util.Set.of("discretisation", "ivh");

    private RadiomicsSettingsYaml() {
    }

    /** A mapper per call: no shared mutable state between extractions. */
    static ObjectMapper mapper() {
        YAMLFactory yaml = YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .build();
        return JsonMapper.builder(yaml)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    public static RadiomicsSettings read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file, "settings file not found", e);
        } catch (IOException e) {
            throw new BadInputException(file, "cannot read settings file: " + e.getMessage(), e);
        }
        return parse(text, file);
    }

    /** Parses settings text; {@code source} names the file in messages (may be null). */
    public static RadiomicsSettings parse(String text, Path source) {
        ObjectMapper mapper = mapper();
        JsonNode user;
        try {
            user = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new BadInputException(source, "not valid YAML: " + e.getOriginalMessage()
                    + location(e), e);
        }
        ObjectNode merged = mapper.valueToTree(RadiomicsSettings.defaults());
        // the imageTypes block has shorthands that expand to several filters: read by its own strict reader
        merged.remove(IMAGE_TYPES);
        JsonNode imageTypes = null;
        if (user != null && !user.isNull() && !user.isMissingNode()) {
            if (!user.isObject()) {
                throw new BadInputException(source, "a settings file must be a mapping of keys to values"
                        + " (see docs/radiomics-settings.md)");
            }
            imageTypes = ((ObjectNode) user).remove(IMAGE_TYPES);
            overlay(merged, (ObjectNode) user);
        }
        ImageTypes types = ImageTypesYaml.parse(imageTypes, mapper, source);
        if (merged.get("ivh") instanceof ObjectNode ivh) {
            // the parameter a method does not use may be left out; 0 marks it unused (validated per method)
            ivh.putIfAbsent("binWidth", ivh.numberNode(0.0));
            ivh.putIfAbsent("binCount", ivh.numberNode(0));
        }
        try {
            return mapper.treeToValue(merged, RadiomicsSettings.class).withImageTypes(types);
        } catch (UnrecognizedPropertyException e) {
            String key = path(e);
            String known = e.getKnownPropertyIds() == null ? "" : e.getKnownPropertyIds().stream()
                    .map(Object::toString).collect(Collectors.toCollection(TreeSet::new)).toString();
            throw new BadInputException(source, "unknown settings key '" + key + "'"
                    + (known.isEmpty() ? "" : "; allowed here: " + known) + " (see docs/radiomics-settings.md)", e);
        } catch (InvalidFormatException e) {
            Class<?> target = e.getTargetType();
            String allowed = target != null && target.isEnum()
                    ? "; allowed: " + Arrays.toString(target.getEnumConstants()) : "";
            throw new BadInputException(source, "invalid value '" + e.getValue() + "' for settings key '" + path(e)
                    + "'" + allowed, e);
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new BadInputException(source, "invalid settings: " + cause.getMessage(), e);
        } catch (JsonProcessingException e) {
            throw new BadInputException(source, "invalid settings at '" + path(e) + "': " + e.getOriginalMessage(),
                    e);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(source, "invalid settings: " + e.getMessage(), e);
        }
    }

    public static void write(RadiomicsSettings settings, Path file) {
        try {
            AtomicFiles.writeString(file, toYaml(settings));
        } catch (IOException e) {
            throw new BadInputException(file, "cannot write settings file: " + e.getMessage(), e);
        }
    }

    public static String toYaml(RadiomicsSettings settings) {
        try {
            return HEADER + mapper().writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("settings could not be written as YAML", e);
        }
    }

    /**
     * Lays the user's keys over the defaults; nested mappings merge, everything else replaces. The two
     * discretisation blocks are one choice each (a method and its parameter), so a given block replaces the
     * default whole: a default bin count must not ride along with a chosen bin width.
     */
    private static void overlay(ObjectNode base, ObjectNode user) {
        Iterator<Map.Entry<String, JsonNode>> fields = user.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode existing = base.get(field.getKey());
            boolean whole = WHOLE_BLOCKS.contains(field.getKey());
            if (!whole && existing instanceof ObjectNode target && field.getValue() instanceof ObjectNode source) {
                overlay(target, source);
            } else {
                base.set(field.getKey(), field.getValue());
            }
        }
    }

    /** Dotted key path of a mapping error, e.g. "interpolation.spacing.x". */
    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String path(JsonProcessingException e) {
        return e instanceof JsonMappingException m ? path(m) : "?";
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }
}
