package org.tacerisk.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.Finding;

/**
 * The manifest's digest of its own content (schema 1.2; docs/model-bundle.md, "Manifest digest"): the lower-case
 * hex SHA-256 of the <em>canonical form</em> of {@code manifest.json} without its top-level
 * {@value #FIELD} key, stored under that key. Any edit of the content (a coefficient, the synthetic label) is
 * detected; re-indenting or reordering keys is not an edit. A bundle author who recomputes the digest after an
 * edit is not detected: that is the job of bundle signatures.
 *
 * <p>Canonical form, in UTF-8: objects as {@code {"key":value,...}} with the keys sorted by their UTF-16 code units
 * (Java's {@link String#compareTo}); arrays as {@code [value,...]} in their order; no whitespace between tokens;
 * strings re-escaped ({@code \"}, {@code \\}, {@code \b \f \n \r \t}, other characters below U+0020 as
 * {@code \}{@code u00xx} with lower-case hex, every other character as itself); numbers exactly as written in the
 * file; {@code true}, {@code false}, {@code null}.
 */
final class ManifestDigest {

    /** The top-level key that holds the digest. */
    static final String FIELD = "manifestDigest";
    /** The first minor version of schema 1 whose manifests must carry the digest. */
    static final int FIRST_MINOR = 2;

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)");

    private ManifestDigest() {
    }

    /** The canonical form and the top-level members the check needs. */
    private record Canonical(byte[] bytes, String digest, String schemaVersion) {
    }

    /** The digest of a manifest's content (its {@value #FIELD}, if any, left out). */
    static String of(byte[] json) {
        try {
            return hex(canonical(json).bytes());
        } catch (IOException e) {
            throw new IllegalStateException("the manifest is not valid JSON", e);
        }
    }

    /** The canonical form (UTF-8) of the manifest's content, without its {@value #FIELD}. */
    static byte[] canonicalForm(byte[] json) throws IOException {
        return canonical(json).bytes();
    }

    /**
     * Checks the digest of {@code json}, read from {@code manifestFile}.
     *
     * @return a WARNING when a manifest of schema 1.0 or 1.1 has no digest (it cannot be protected); else empty
     * @throws BadInputException naming the manifest when the content does not match the digest, or a schema 1.2+
     *                           manifest has none
     */
    static List<Finding> check(byte[] json, Path manifestFile) {
        Canonical c;
        try {
            c = canonical(json);
        } catch (IOException e) {
            return List.of(); // not JSON: ManifestJson.read names the problem
        }
        Matcher v = VERSION.matcher(c.schemaVersion() == null ? "" : c.schemaVersion());
        if (!v.matches() || Integer.parseInt(v.group(1)) != BundleManifest.SCHEMA_MAJOR) {
            return List.of(); // ManifestJson.read refuses the version
        }
        if (c.digest() == null) {
            if (Integer.parseInt(v.group(2)) >= FIRST_MINOR) {
                throw edited(manifestFile, "it has no " + FIELD + ", which every schema " + c.schemaVersion()
                        + " manifest carries (the key was removed)");
            }
            return List.of(Finding.warning("BUNDLE_MANIFEST_UNPROTECTED", "the manifest of this schema "
                    + c.schemaVersion() + " bundle carries no digest of its content, so an edit of it (a"
                    + " coefficient, the synthetic label) cannot be detected", "create the bundle again with this"
                    + " TACE-Risk version (cohort train) to protect its manifest").about(ModelBundle.MANIFEST));
        }
        if (!SHA256.matcher(c.digest()).matches()) {
            throw edited(manifestFile, FIELD + " is not a SHA-256 as 64 lower-case hex digits");
        }
        if (!hex(c.bytes()).equals(c.digest())) {
            throw edited(manifestFile, "its content does not match its " + FIELD);
        }
        return List.of();
    }

    private static BadInputException edited(Path manifestFile, String why) {
        String message = "the manifest was edited after the bundle was written: " + why
                + " (docs/model-bundle.md, manifest digest)";
        String advice = "re-install the bundle from its source; do not edit manifest.json";
        return new BadInputException(manifestFile, message + "; " + advice,
                List.of(Finding.error("BUNDLE_MANIFEST_EDITED", message, advice).about(ModelBundle.MANIFEST)), null);
    }

    private static Canonical canonical(byte[] json) throws IOException {
        try (JsonParser p = JSON.createParser(json)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new JsonParseException(p, "the manifest must be a JSON object");
            }
            StringBuilder out = new StringBuilder();
            Map<String, String> top = object(p, out, true);
            if (p.nextToken() != null) {
                throw new JsonParseException(p, "trailing content after the manifest");
            }
            return new Canonical(out.toString().getBytes(StandardCharsets.UTF_8), top.get(FIELD),
                    top.get("schemaVersion"));
        }
    }

    /**
     * Writes the object whose START_OBJECT was just read; returns the text of its string members (for the top
     * level: the digest and the schema version).
     */
    private static Map<String, String> object(JsonParser p, StringBuilder out, boolean top) throws IOException {
        Map<String, String> members = new TreeMap<>();
        Map<String, String> strings = new TreeMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken t = p.nextToken();
            if (t == JsonToken.VALUE_STRING) {
                strings.put(key, p.getText());
            }
            StringBuilder value = new StringBuilder();
            value(p, t, value);
            if (!(top && key.equals(FIELD))) {
                members.put(key, value.toString());
            }
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, String> m : members.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(m.getKey(), out);
            out.append(':').append(m.getValue());
        }
        out.append('}');
        return strings;
    }

    private static void value(JsonParser p, JsonToken t, StringBuilder out) throws IOException {
        switch (t) {
            case START_OBJECT -> object(p, out, false);
            case START_ARRAY -> {
                out.append('[');
                boolean first = true;
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    value(p, e, out);
                }
                out.append(']');
            }
            case VALUE_STRING -> string(p.getText(), out);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> out.append(p.getText());
            case VALUE_TRUE -> out.append("true");
            case VALUE_FALSE -> out.append("false");
            case VALUE_NULL -> out.append("null");
            default -> throw new JsonParseException(p, "unexpected " + t);
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        out.append('"');
    }

    private static String hex(byte[] canonical) {
        return HexFormat.of().formatHex(BundleFiles.sha256(canonical));
    }
}
