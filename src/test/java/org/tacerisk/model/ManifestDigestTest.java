package org.tacerisk.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.Severity;

/**
 * Issue 11 B: an edited manifest.json (a coefficient, the synthetic label) is refused by its content digest; the
 * canonical form the digest covers is independent of key order and whitespace.
 */
class ManifestDigestTest {

    @TempDir
    Path tmp;

    @Test
    void canonicalFormIsAsDocumented() throws Exception {
        String json = "{ \"b\" : 1.50e3 ,\n \"a\" : [ \"x\\n\\u0001\\u00e9\\\"\", true, null, -0 ],"
                + " \"manifestDigest\" : \"ignored\", \"c\" : { \"z\" : 2, \"Z\" : 1 } }";
        String expected = "{\"a\":[\"x\\n\\u0001é\\\"\",true,null,-0],\"b\":1.50e3,\"c\":{\"Z\":1,\"z\":2}}";
        assertEquals(expected, new String(ManifestDigest.canonicalForm(json.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8));
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(expected.getBytes(StandardCharsets.UTF_8)));
        assertEquals(sha, ManifestDigest.of(json.getBytes(StandardCharsets.UTF_8)),
                "the digest is the SHA-256 of the canonical form's UTF-8 bytes");
    }

    @Test
    void canonicalFormIgnoresKeyOrderAndWhitespace() throws IOException {
        String json = ManifestJson.write(TestBundles.manifest());
        ObjectMapper mapper = new ObjectMapper();
        JsonNode reversed = reverseKeys(mapper.readTree(json));
        String compact = mapper.writeValueAsString(reversed);
        assertNotEquals(json.replaceAll("\\s", ""), compact.replaceAll("\\s", ""), "the keys really are reordered");
        assertArrayEquals(ManifestDigest.canonicalForm(json.getBytes(StandardCharsets.UTF_8)),
                ManifestDigest.canonicalForm(compact.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void unchangedBundleIsValidWithoutWarnings() throws IOException {
        Path dir = TestBundles.write(tmp);
        try (ModelBundle bundle = ModelBundle.load(dir)) {
            assertEquals(List.of(), bundle.warnings());
        }
    }

    @Test
    void editedInterceptIsRefusedNamingTheManifest() throws IOException {
        Path dir = TestBundles.write(tmp);
        Path manifest = dir.resolve(ModelBundle.MANIFEST);
        String json = Files.readString(manifest);
        java.util.regex.Matcher intercept = java.util.regex.Pattern.compile(
                "\"name\" : \"\\(Intercept\\)\",\\s*\"coefficient\" : (-4\\.87\\d+)").matcher(json);
        assertTrue(intercept.find(), "the intercept as written");
        // -4.87 -> -3.87: the 1.138 -> 2.138, one unit on the logit scale
        Files.writeString(manifest, json.substring(0, intercept.start(1)) + "-3.87"
                + json.substring(intercept.start(1) + "-4.87".length()));
        BadInputException e = assertThrows(BadInputException.class, () -> ModelBundle.load(dir));
        assertEquals(manifest, e.input());
        assertTrue(e.getMessage().contains("manifest.json: the manifest was edited after the bundle was written"),
                e.getMessage());
        assertEquals("BUNDLE_MANIFEST_EDITED", e.findings().get(0).code());
        assertEquals(ModelBundle.MANIFEST, e.findings().get(0).subject());
    }

    @Test
    void removingTheSyntheticFlagOrLabelIsRefused() throws IOException {
        Path dir = TestBundles.write(tmp);
        Path manifest = dir.resolve(ModelBundle.MANIFEST);
        String json = Files.readString(manifest);
        for (String removed : List.of("  \"synthetic\" : true,\n", "  \"label\" : \"" + BundleManifest.SYNTHETIC_LABEL
                + "\",\n")) {
            assertTrue(json.contains(removed), removed);
            Files.writeString(manifest, json.replace(removed, ""));
            BadInputException e = assertThrows(BadInputException.class, () -> ModelBundle.load(dir));
            assertTrue(e.getMessage().contains("the manifest was edited"), e.getMessage());
        }
    }

    @Test
    void reindentedManifestIsNotAnEdit() throws IOException {
        Path dir = TestBundles.write(tmp);
        Path manifest = dir.resolve(ModelBundle.MANIFEST);
        Files.writeString(manifest, new ObjectMapper().writeValueAsString(new ObjectMapper().readTree(
                Files.readString(manifest))));
        assertEquals(TestBundles.manifest().name(), ModelBundle.verify(dir).name());
    }

    @Test
    void removedDigestIsRefusedAndAnOlderSchemaWithoutOneIsAWarning() throws IOException {
        Path dir = TestBundles.write(tmp);
        Path manifest = dir.resolve(ModelBundle.MANIFEST);
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode tree = (ObjectNode) mapper.readTree(Files.readString(manifest));
        tree.remove(ManifestDigest.FIELD);
        Files.writeString(manifest, mapper.writeValueAsString(tree));
        BadInputException e = assertThrows(BadInputException.class, () -> ModelBundle.load(dir));
        assertTrue(e.getMessage().contains("it has no manifestDigest, which every schema "
                + BundleManifest.SCHEMA_VERSION + " manifest carries"), e.getMessage());

        tree.put("schemaVersion", "1.1");
        Files.writeString(manifest, mapper.writeValueAsString(tree));
        try (ModelBundle older = ModelBundle.load(dir)) {
            assertEquals(1, older.warnings().size());
            assertEquals(Severity.WARNING, older.warnings().get(0).severity());
            assertEquals("BUNDLE_MANIFEST_UNPROTECTED", older.warnings().get(0).code());
        }
    }

    private static JsonNode reverseKeys(JsonNode node) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            Collections.reverse(names);
            ObjectNode out = new ObjectMapper().createObjectNode();
            names.forEach(n -> out.set(n, reverseKeys(node.get(n))));
            return out;
        }
        if (node.isArray()) {
            var out = new ObjectMapper().createArrayNode();
            node.forEach(e -> out.add(reverseKeys(e)));
            return out;
        }
        return node;
    }
}
