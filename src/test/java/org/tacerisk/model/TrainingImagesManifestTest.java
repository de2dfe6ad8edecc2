package org.tacerisk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.common.BadInputException;

/** The optional schema-1.1 field {@code trainingImages}, and 1.0 manifests without it. */
class TrainingImagesManifestTest {

    @TempDir
    Path tmp;

    static TrainingImages images() {
        return TrainingImages.of(new double[][] {{0.7, 0.7, 2.5}, {0.8, 0.8, 2.5}, {0.75, 0.75, 3.0}});
    }

    @Test
    void summarisesMedianMinMaxPerAxis() {
        TrainingImages t = images();
        assertEquals(3, t.n());
        assertEquals(new TrainingImages.Range(0.75, 0.7, 0.8), t.spacingMm().x());
        assertEquals(new TrainingImages.Range(2.5, 2.5, 3.0), t.spacingMm().axis(2));
        TrainingImages even = TrainingImages.of(new double[][] {{1, 1, 2}, {1, 1, 4}});
        assertEquals(3.0, even.spacingMm().z().median());
    }

    @Test
    void roundTripsThroughJson() {
        BundleManifest m = TestBundles.manifest().withTrainingImages(images());
        String json = ManifestJson.write(m);
        assertTrue(json.startsWith("{\n  \"schemaVersion\" : \"" + BundleManifest.SCHEMA_VERSION + "\","),
                json.substring(0, 40));
        assertTrue(json.contains("\"trainingImages\" : {"), json);
        BundleManifest again = ManifestJson.read(json.getBytes(), null);
        assertEquals(images(), again.trainingImages());
        assertEquals(json, ManifestJson.write(again));
    }

    @Test
    void isValidated() {
        TrainingImages.Range ok = new TrainingImages.Range(1.0, 0.5, 2.0);
        BadInputException e = assertThrows(BadInputException.class, () -> new TrainingImages.Spacing(ok, ok,
                new TrainingImages.Range(1.0, 2.0, 3.0)));
        assertTrue(e.getMessage().contains("'trainingImages.spacingMm.z' must have 0 < min <= median <= max"),
                e.getMessage());
        e = assertThrows(BadInputException.class, () -> new TrainingImages.Spacing(ok, null, ok));
        assertTrue(e.getMessage().contains("'trainingImages.spacingMm.y' is required"), e.getMessage());
        e = assertThrows(BadInputException.class, () -> new TrainingImages(new TrainingImages.Spacing(ok, ok, ok),
                0));
        assertTrue(e.getMessage().contains("'trainingImages.n' must be at least 1"), e.getMessage());
        String json = ManifestJson.write(TestBundles.manifest().withTrainingImages(images()));
        e = assertThrows(BadInputException.class, () -> ManifestJson.read(json.replace("\"median\" : 0.75",
                "\"median\" : -1").getBytes(), null));
        assertTrue(e.getMessage().contains("trainingImages.spacingMm.x"), e.getMessage());
    }

    @Test
    void schema10BundlesWithoutTheFieldStillLoad() throws IOException {
        Path dir = TestBundles.write(tmp);
        Path manifest = dir.resolve("manifest.json");
        String json = Files.readString(manifest);
        assertTrue(!json.contains("trainingImages"), "not written when absent");
        Files.writeString(manifest, TestBundles.olderSchema(json, "1.0"));
        try (ModelBundle bundle = ModelBundle.load(dir)) {
            assertEquals("1.0", bundle.manifest().schemaVersion());
            assertEquals("BUNDLE_MANIFEST_UNPROTECTED", bundle.warnings().get(0).code());
            assertNull(bundle.manifest().trainingImages());
        }
    }
}
