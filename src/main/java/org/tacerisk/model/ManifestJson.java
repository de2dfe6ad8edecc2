package org.tacerisk.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.tacerisk.common.BadInputException;

/**
 * JSON form of {@link BundleManifest}: pretty-printed, keys in the records' declaration order, maps sorted by key,
 * null fields left out, doubles in their shortest exact form (they read back bit for bit), and last the digest of
 * the content ({@link ManifestDigest}). Reading is strict:
 * unknown keys are errors (a misspelt key would silently drop a value), except in a manifest of a newer minor
 * schema version, whose additions this build may ignore (docs/model-bundle.md, versioning).
 */
public final class ManifestJson {

    private ManifestJson() {
    }

    private static ObjectMapper mapper(boolean strict) {
        return JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, strict)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /** The manifest's JSON with its {@link ManifestDigest} as the last key. */
    public static String write(BundleManifest manifest) {
        try {
            ObjectMapper mapper = mapper(true);
            ObjectNode tree = mapper.valueToTree(manifest);
            String content = mapper.writeValueAsString(tree);
            tree.put(ManifestDigest.FIELD, ManifestDigest.of(content.getBytes(StandardCharsets.UTF_8)));
            return mapper.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the manifest could not be written as JSON", e);
        }
    }

    /**
     * Parses a manifest's fields; {@code source} names the file in messages. The {@value ManifestDigest#FIELD} is
     * skipped here: {@link ModelBundle#load} checks it first.
     *
     * @throws BadInputException for invalid JSON, an unsupported schema version or an invalid field
     */
    public static BundleManifest read(byte[] json, Path source) {
        JsonNode root;
        try {
            root = mapper(true).readTree(json);
        } catch (java.io.IOException e) {
            String detail = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new BadInputException(source, "not a valid JSON manifest: " + detail, e);
        }
        if (root == null || !root.isObject()) {
            throw new BadInputException(source, "the manifest must be a JSON object");
        }
        int minor = checkSchemaVersion(root.path("schemaVersion"), source);
        ((ObjectNode) root).remove(ManifestDigest.FIELD);
        try {
            return mapper(minor <= BundleManifest.SCHEMA_MINOR).treeToValue(root, BundleManifest.class);
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new BadInputException(source, cause.getMessage(), e);
        } catch (UnrecognizedPropertyException e) {
            throw new BadInputException(source, "unknown manifest key '" + path(e) + "' (see docs/model-bundle.md)",
                    e);
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof BadInputException bad) {
                throw new BadInputException(source, bad.getMessage(), e);
            }
            throw new BadInputException(source, "manifest field '" + path(e) + "': " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new BadInputException(source, "cannot read the manifest: " + e.getOriginalMessage(), e);
        }
    }

    /** Refuses other major versions; returns the minor version. */
    private static int checkSchemaVersion(JsonNode node, Path source) {
        String v = node.isTextual() ? node.asText() : "";
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)\\.(\\d+)").matcher(v);
        if (!m.matches()) {
            throw new BadInputException(source, "manifest field 'schemaVersion' must be \"major.minor\" (this build"
                    + " reads " + BundleManifest.SCHEMA_MAJOR + ".x), found " + node);
        }
        int major = Integer.parseInt(m.group(1));
        if (major != BundleManifest.SCHEMA_MAJOR) {
            throw new BadInputException(source, "bundle schema version " + v + " is not supported: this TACE-Risk"
                    + " reads schema " + BundleManifest.SCHEMA_MAJOR + ".x; "
                    + (major > BundleManifest.SCHEMA_MAJOR ? "install a newer TACE-Risk to use this bundle"
                            : "use a bundle made for this TACE-Risk version"));
        }
        return Integer.parseInt(m.group(2));
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
