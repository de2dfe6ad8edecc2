package org.tacerisk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacerisk.common.BadInputException;

/** Schema 1.5's optional {@code history}: written only when present, read back, validated, needs schema 1.5. */
class BundleHistoryManifestTest {

    private static final String SHA = "ab".repeat(32);

    private static BundleHistoryEntry update(String method) {
        return new BundleHistoryEntry(BundleHistoryEntry.UPDATE, "2026-12-07T01:00:00Z", "Site B", 300, 60, "0.0.1",
                SHA, method, BundleHistoryEntry.CHOSEN_BY_CLOSED_TEST, null, null, null, null, "test", null);
    }

    @Test
    void aBundleWithoutHistoryIsWrittenAsBefore() {
        BundleManifest m = TestBundles.manifest();
        String json = ManifestJson.write(m);
        assertFalse(json.contains("\"history\""), "left out when empty: cohort train's output is unchanged");
        assertEquals(List.of(), ManifestJson.read(json.getBytes(StandardCharsets.UTF_8), Path.of("m.json"))
                .history());
    }

    @Test
    void anUpdatedManifestCarriesItsHistoryAtSchemaOneFive() {
        BundleManifest m = TestBundles.manifest();
        BundleManifest u = m.updated("0.0.1+upd1", "2026-12-07T01:00:00Z", "test", m.combinedModel(),
                List.of(update("intercept")));
        assertEquals(BundleManifest.SCHEMA_VERSION, u.schemaVersion(), "1.5 or later: this build's own");
        String json = ManifestJson.write(u);
        assertTrue(json.contains("\"history\""));
        BundleManifest back = ManifestJson.read(json.getBytes(StandardCharsets.UTF_8), Path.of("m.json"));
        assertEquals(u.history(), back.history());
        assertEquals("0.0.1+upd1", back.version());
        assertEquals(m.riskGroups(), back.riskGroups());
    }

    @Test
    void historyNeedsSchemaOneFiveAndValidEntries() {
        BundleManifest m = TestBundles.manifest();
        BundleManifest u = m.updated("2", "2026-12-07T01:00:00Z", "test", m.combinedModel(),
                List.of(update("refit")));
        String json = ManifestJson.write(u).replace("\"schemaVersion\" : \"" + BundleManifest.SCHEMA_VERSION + "\"",
                "\"schemaVersion\" : \"1.4\"");
        BadInputException e = assertThrows(BadInputException.class,
                () -> ManifestJson.read(json.getBytes(StandardCharsets.UTF_8), Path.of("m.json")));
        assertTrue(e.getMessage().contains("'history' needs schemaVersion 1.5"), e.getMessage());
        BadInputException method = assertThrows(BadInputException.class, () -> update("shrinkage"));
        assertTrue(method.getMessage().contains("history[].method"), method.getMessage());
        assertThrows(BadInputException.class, () -> new BundleHistoryEntry(BundleHistoryEntry.UPDATE,
                "2026-12-07T01:00:00Z", "Site B", 300, 60, "0.0.1", "not a sha", "refit", "user", null, null, null,
                null, "test", null));
        assertThrows(BadInputException.class, () -> new BundleHistoryEntry(BundleHistoryEntry.VALIDATION,
                "2026-12-07T01:00:00Z", "Site B", 300, 400, "0.0.1", SHA, null, null, 0.8, 0.1, 1.0, 0.1, "test",
                null), "events > n");
    }
}
