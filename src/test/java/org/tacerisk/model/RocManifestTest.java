package org.tacerisk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.common.BadInputException;

/** The schema-1.3 field {@code roc} (ROC curves per cohort), and 1.0–1.2 manifests without it. */
class RocManifestTest {

    @TempDir
    Path tmp;

    /** Four patients, two with the outcome: predictions 0.1 (0), 0.3 (1), 0.6 (0), 0.8 (1), pROC's midpoints. */
    static List<CohortRoc.Point> points() {
        return List.of(new CohortRoc.Point(null, 1.0, 0.0), new CohortRoc.Point(0.2, 1.0, 0.5),
                new CohortRoc.Point(0.45, 0.5, 0.5), new CohortRoc.Point(0.7, 0.5, 1.0),
                new CohortRoc.Point(null, 0.0, 1.0));
    }

    static List<CohortRoc> curves() {
        return List.of(new CohortRoc("test", List.of(
                new CohortRoc.Curve("combined", 2, 2, 0.75, 0.3, 1.0, points()),
                new CohortRoc.Curve("rad", 2, 2, 0.5, null, null, List.of(new CohortRoc.Point(null, 1.0, 0.0),
                        new CohortRoc.Point(null, 0.0, 1.0))))));
    }

    @Test
    void isWrittenAndReadBackInABundle() throws IOException {
        BundleManifest m = TestBundles.manifest().withRoc(curves());
        String json = ManifestJson.write(m);
        assertTrue(json.startsWith("{\n  \"schemaVersion\" : \"" + BundleManifest.SCHEMA_VERSION + "\","),
                json.substring(0, 40));
        assertTrue(json.indexOf("\"dca\"") < json.indexOf("\"roc\"")
                && json.indexOf("\"roc\"") < json.indexOf("\"performance\""), "next to the other curves");
        assertTrue(json.contains("\"points\" : [ {\n        \"sensitivity\" : 1.0,\n        \"specificity\" : 0.0\n"
                + "      }, {\n        \"threshold\" : 0.2,"), "the end points have no threshold (±∞)");
        Path dir = tmp.resolve("bundle");
        new ModelBundleWriter(m).write(dir);
        try (ModelBundle bundle = ModelBundle.load(dir)) {
            BundleManifest read = bundle.manifest();
            assertEquals(curves(), read.roc());
            assertEquals(points(), read.roc("test").curve("combined").points());
            assertNull(read.roc("train"), "a cohort without curves");
            assertEquals(List.of(), bundle.warnings());
        }
        assertEquals(json, ManifestJson.write(ManifestJson.read(json.getBytes(), null)));
    }

    @Test
    void theDigestCoversTheCurves() throws IOException {
        Path dir = tmp.resolve("bundle");
        new ModelBundleWriter(TestBundles.manifest().withRoc(curves())).write(dir);
        Path manifest = dir.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"threshold\" : 0.45",
                "\"threshold\" : 0.46"));
        BadInputException e = assertThrows(BadInputException.class, () -> ModelBundle.load(dir));
        assertTrue(e.getMessage().contains("its content does not match its manifestDigest"), e.getMessage());
    }

    @Test
    void invalidCurvesAreRefusedNamingTheField() {
        CohortRoc.Point start = new CohortRoc.Point(null, 1.0, 0.0);
        CohortRoc.Point end = new CohortRoc.Point(null, 0.0, 1.0);
        refused("'roc[].curves[].points[].sensitivity' must lie between 0 and 1",
                () -> new CohortRoc.Point(0.5, 1.5, 0.0));
        refused("'roc[].curves[].points[].threshold' must be a finite number",
                () -> new CohortRoc.Point(Double.POSITIVE_INFINITY, 0.5, 0.5));
        refused("'roc[].curves[combined].points[0]' must be the end point without threshold, sensitivity 1",
                () -> curve(List.of(new CohortRoc.Point(0.1, 1.0, 0.0), end)));
        refused("'roc[].curves[combined].points[2]' must be the end point without threshold, sensitivity 0",
                () -> curve(List.of(start, new CohortRoc.Point(0.3, 0.5, 0.5), new CohortRoc.Point(0.5, 0.0, 1.0))));
        refused("'roc[].curves[combined].points[2].threshold' must increase", () -> curve(List.of(start,
                new CohortRoc.Point(0.3, 1.0, 0.5), new CohortRoc.Point(0.3, 0.5, 0.5), end)));
        refused("'roc[].curves[combined].points[1].threshold' is required between the end points",
                () -> curve(List.of(start, new CohortRoc.Point(null, 0.5, 0.5), end)));
        refused("'roc[].curves[combined].points[2]' must not raise the sensitivity", () -> curve(List.of(start,
                new CohortRoc.Point(0.3, 0.5, 0.5), new CohortRoc.Point(0.4, 0.75, 0.75), end)));
        refused("'roc[].curves[combined].points' needs at least the two end points", () -> curve(List.of(start)));
        refused("'roc[].curves[combined].controls' must be at least 1", () -> new CohortRoc.Curve("combined", 2, 0,
                0.75, null, null, points()));
        refused("'roc[].curves[combined].aucCiLow' and aucCiHigh must enclose the AUC", () -> new CohortRoc.Curve(
                "combined", 2, 2, 0.75, 0.8, 0.9, points()));
        CohortRoc.Curve ok = curve(points());
        refused("'roc[test].curves' lists the model \"combined\" twice", () -> new CohortRoc("test", List.of(ok, ok)));
        refused("'roc[].cohort' names \"external\", which is not among the cohorts", () -> TestBundles.manifest()
                .withRoc(List.of(new CohortRoc("external", List.of(ok)))));
        refused("'roc' lists the cohort \"test\" twice", () -> TestBundles.manifest().withRoc(List.of(
                new CohortRoc("test", List.of(ok)), new CohortRoc("test", List.of(ok)))));
    }

    @Test
    void aSchema12BundleWithoutCurvesStillLoads() throws IOException {
        Path dir = tmp.resolve("bundle");
        new ModelBundleWriter(TestBundles.manifest()).write(dir);
        Path manifest = dir.resolve("manifest.json");
        String json = Files.readString(manifest);
        assertTrue(json.contains("\"roc\" : [ ],"), "an empty list is written");
        String current = "\"schemaVersion\" : \"" + BundleManifest.SCHEMA_VERSION + "\"";
        Files.writeString(manifest, TestBundles.resealed(json.replace(current, "\"schemaVersion\" : \"1.2\"")
                .replace("  \"roc\" : [ ],\n", "")));
        try (ModelBundle bundle = ModelBundle.load(dir)) {
            assertEquals("1.2", bundle.manifest().schemaVersion());
            assertEquals(List.of(), bundle.manifest().roc(), "not in this bundle");
            assertEquals(List.of(), bundle.warnings(), "a 1.2 manifest carries its digest");
        }
    }

    /** The committed demo's manifest as schema 1.2 wrote it (before ROC curves), frozen as a test resource. */
    @Test
    void theSchema12DemoManifestStillReads() throws IOException {
        BundleManifest m = TestBundles.frozenManifest("schema-1.2-demo-manifest.json");
        assertEquals("1.2", m.schemaVersion());
        assertEquals(List.of(), m.roc());
        assertNull(m.roc("train"));
        assertEquals(3, m.calibration().size());
        assertEquals(15, m.performance().size());
    }

    private static CohortRoc.Curve curve(List<CohortRoc.Point> points) {
        return new CohortRoc.Curve("combined", 2, 2, 0.75, null, null, points);
    }

    private static void refused(String message, Executable e) {
        BadInputException ex = assertThrows(BadInputException.class, e);
        assertTrue(ex.getMessage().contains(message), ex.getMessage());
    }
}
