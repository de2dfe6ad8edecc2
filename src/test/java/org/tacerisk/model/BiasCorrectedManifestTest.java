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

/**
 * The schema-1.4 field {@code calibration[].biasCorrected} (the training cohort's rms::calibrate curve), and 1.3
 * manifests without it.
 */
class BiasCorrectedManifestTest {

    @TempDir
    Path tmp;

    /** Values a decimal round trip would not keep if doubles were not written in full (0.1 + 0.2, 1/3). */
    static BiasCorrectedCurve curve() {
        return new BiasCorrectedCurve(BiasCorrectedCurve.PROCEDURE, 200, 3, List.of(
                new BiasCorrectedCurve.Point(0.021, 0.1 + 0.2, -0.0125),
                new BiasCorrectedCurve.Point(1.0 / 3, 0.34, 1.0 / 3 - 0.07),
                new BiasCorrectedCurve.Point(0.9, 0.95, 1.02)));
    }

    /** The test bundle with a training cohort calibration carrying {@link #curve()} before the test cohort's. */
    static BundleManifest withCurve() {
        BundleManifest m = TestBundles.manifest();
        CohortCalibration train = new CohortCalibration("train", List.of(new CohortCalibration.Point(0.2, 0.18),
                new CohortCalibration.Point(0.6, 0.63)), 0.0, 1.0, 0.15, curve());
        return m.withCalibration(List.of(train, m.calibration().get(0)));
    }

    @Test
    void isWrittenAndReadBackExactly() throws IOException {
        BundleManifest m = withCurve();
        String json = ManifestJson.write(m);
        assertTrue(json.startsWith("{\n  \"schemaVersion\" : \"" + BundleManifest.SCHEMA_VERSION + "\","),
                json.substring(0, 40));
        assertTrue(json.contains("    \"brier\" : 0.15,\n    \"biasCorrected\" : {\n      \"refit\" : \"procedure\",\n"
                + "      \"resamples\" : 200,\n      \"failed\" : 3,\n      \"points\" : [ {\n"
                + "        \"predicted\" : 0.021,\n        \"apparent\" : 0.30000000000000004,\n"
                + "        \"corrected\" : -0.0125\n      }, {\n"), "after the grouped curve's statistics");
        assertEquals(1, json.split("\"biasCorrected\"", -1).length - 1, "the test cohort has none: key left out");
        Path dir = tmp.resolve("bundle");
        new ModelBundleWriter(m).write(dir);
        try (ModelBundle bundle = ModelBundle.load(dir)) {
            BundleManifest read = bundle.manifest();
            assertEquals(curve(), read.calibration("train").biasCorrected());
            assertEquals(1.0 / 3 - 0.07, read.calibration("train").biasCorrected().points().get(1).corrected());
            assertNull(read.calibration("test").biasCorrected());
            assertEquals(m.calibration(), read.calibration());
            assertEquals(List.of(), bundle.warnings());
        }
        assertEquals(json, ManifestJson.write(ManifestJson.read(json.getBytes(), null)));
    }

    @Test
    void theDigestCoversTheCurve() throws IOException {
        Path dir = tmp.resolve("bundle");
        new ModelBundleWriter(withCurve()).write(dir);
        Path manifest = dir.resolve("manifest.json");
        String json = Files.readString(manifest);
        String edited = json.replace("\"corrected\" : -0.0125", "\"corrected\" : -0.0124");
        assertTrue(!edited.equals(json), "the value is in the file");
        Files.writeString(manifest, edited);
        BadInputException e = assertThrows(BadInputException.class, () -> ModelBundle.load(dir));
        assertTrue(e.getMessage().contains("its content does not match its manifestDigest"), e.getMessage());
        Files.writeString(manifest, json.replace("\"resamples\" : 200", "\"resamples\" : 2000"));
        e = assertThrows(BadInputException.class, () -> ModelBundle.load(dir));
        assertTrue(e.getMessage().contains("its content does not match its manifestDigest"), e.getMessage());
    }

    @Test
    void invalidCurvesAreRefusedNamingTheField() {
        BiasCorrectedCurve.Point a = new BiasCorrectedCurve.Point(0.1, 0.1, 0.1);
        BiasCorrectedCurve.Point b = new BiasCorrectedCurve.Point(0.2, 0.2, 0.2);
        refused("'calibration[].biasCorrected.points[].predicted' must lie between 0 and 1",
                () -> new BiasCorrectedCurve.Point(1.2, 0.5, 0.5));
        refused("'calibration[].biasCorrected.points[].corrected' must be a finite number",
                () -> new BiasCorrectedCurve.Point(0.5, 0.5, Double.NaN));
        refused("'calibration[].biasCorrected.points[].apparent' must be a finite number (it is missing)",
                () -> new BiasCorrectedCurve.Point(0.5, null, 0.5));
        refused("'calibration[].biasCorrected.refit' must be \"procedure\" or \"final_model\", not \"all\"",
                () -> new BiasCorrectedCurve("all", 200, 0, List.of(a, b)));
        refused("'calibration[].biasCorrected.resamples' must be at least 1",
                () -> new BiasCorrectedCurve("final_model", 0, 0, List.of(a, b)));
        refused("'calibration[].biasCorrected.failed' must be fewer than the resamples (200 of 200)",
                () -> new BiasCorrectedCurve("final_model", 200, 200, List.of(a, b)));
        refused("'calibration[].biasCorrected.points' needs at least two points",
                () -> new BiasCorrectedCurve("final_model", 200, 0, List.of(a)));
        refused("'calibration[].biasCorrected.points[1].predicted' must increase",
                () -> new BiasCorrectedCurve("final_model", 200, 0, List.of(b, a)));
        CohortCalibration test = TestBundles.manifest().calibration().get(0);
        CohortCalibration withCurve = new CohortCalibration(test.cohort(), test.curve(), test.intercept(),
                test.slope(), test.brier(), curve());
        CohortCalibration train = withCurve().calibration("train");
        refused("'calibration[].biasCorrected' is for the training cohort only",
                () -> TestBundles.manifest().withCalibration(List.of(train, withCurve)));
    }

    /** A 1.3 manifest, as the trainer wrote it before this field, loads unchanged with no curve. */
    @Test
    void aSchema13BundleWithoutTheCurveStillLoads() throws IOException {
        Path dir = tmp.resolve("bundle");
        new ModelBundleWriter(TestBundles.manifest()).write(dir);
        Path manifest = dir.resolve("manifest.json");
        Files.writeString(manifest, TestBundles.resealed(Files.readString(manifest)
                .replace("\"schemaVersion\" : \"" + BundleManifest.SCHEMA_VERSION + "\"", "\"schemaVersion\" : \"1.3\"")));
        try (ModelBundle bundle = ModelBundle.load(dir)) {
            assertEquals("1.3", bundle.manifest().schemaVersion());
            assertNull(bundle.manifest().calibration("test").biasCorrected());
            assertEquals(List.of(), bundle.warnings());
        }
    }

    /**
     * The committed demo's manifest as schema 1.3 wrote it (models/hcc-tace-demo before this schema, frozen as a
     * test resource): its digest still matches and it reads with its three grouped curves and no bias-corrected one.
     */
    @Test
    void theSchema13DemoManifestStillReads() throws IOException {
        BundleManifest m = TestBundles.frozenManifest("schema-1.3-demo-manifest.json");
        assertEquals("1.3", m.schemaVersion());
        assertEquals(List.of("train", "test", "external"), m.calibration().stream().map(CohortCalibration::cohort)
                .toList());
        for (CohortCalibration c : m.calibration()) {
            assertNull(c.biasCorrected(), c.cohort());
            assertTrue(c.curve().size() >= 2, c.cohort());
        }
        assertEquals(3, m.roc().size(), "the 1.3 fields are all there");
    }

    private static void refused(String message, Executable e) {
        BadInputException ex = assertThrows(BadInputException.class, e);
        assertTrue(ex.getMessage().contains(message), ex.getMessage());
    }
}
