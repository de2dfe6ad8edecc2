package org.tacerisk.cohort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tacerisk.common.AtomicFiles;

/**
 * The per-case cache that makes {@code cohort extract} resumable: {@code <dir>/<patient_id>-<key>.json}, written
 * atomically once a case has succeeded (failures are not cached, so a rerun retries them). The key
 * ({@link CaseKey}) is in the name, so a changed input simply finds no entry. Values are stored as decimal text
 * ({@link Double#toString}, which reads back to the same double; "NaN" for undefined) because JSON numbers have no
 * NaN. An entry that cannot be read or does not match is ignored and rewritten, never trusted.
 */
final class FeatureCache {

    static final String FORMAT = "tacerisk-cohort-cache-2";

    private final Path dir;
    private final ObjectMapper mapper = new ObjectMapper();

    FeatureCache(Path dir) {
        this.dir = dir;
    }

    Optional<CaseFeatures> read(String patientId, String key) {
        Path file = file(patientId, key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode root = mapper.readTree(file.toFile());
            if (!FORMAT.equals(root.path("format").asText()) || !patientId.equals(root.path("patient_id").asText())
                    || !key.equals(root.path("key").asText())) {
                return Optional.empty();
            }
            JsonNode columns = root.path("columns");
            JsonNode values = root.path("values");
            if (!columns.isArray() || !values.isArray() || columns.size() != values.size()) {
                return Optional.empty();
            }
            List<String> names = new ArrayList<>(columns.size());
            double[] v = new double[values.size()];
            for (int i = 0; i < v.length; i++) {
                names.add(columns.get(i).asText());
                v[i] = Double.parseDouble(values.get(i).asText());
            }
            return Optional.of(new CaseFeatures(patientId, names, v));
        } catch (IOException | RuntimeException e) {
            // a truncated or hand-edited entry: recompute rather than fail or trust it
            return Optional.empty();
        }
    }

    void write(String key, CaseFeatures features) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        root.put("patient_id", features.patientId());
        root.put("key", key);
        ArrayNode columns = root.putArray("columns");
        features.names().forEach(columns::add);
        ArrayNode values = root.putArray("values");
        for (double v : features.values()) {
            values.add(Double.toString(v));
        }
        AtomicFiles.write(file(features.patientId(), key), out -> out.write(mapper.writeValueAsBytes(root)));
    }

    Path file(String patientId, String key) {
        return dir.resolve(safe(patientId) + "-" + key + ".json");
    }

    /** The id as a file-name part: characters outside [A-Za-z0-9._-] become '_' (the JSON keeps the real id). */
    static String safe(String patientId) {
        String s = patientId.replaceAll("[^A-Za-z0-9._-]", "_");
        return s.length() > 80 ? s.substring(0, 80) : s;
    }
}
