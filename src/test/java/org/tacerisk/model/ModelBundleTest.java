package org.tacerisk.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.common.BadInputException;
import org.tacerisk.radiomics.RadiomicsSettings;

class ModelBundleTest {

    @TempDir
    Path tmp;

    @Test
    void writesAndLoadsTheSameManifest() throws IOException {
        Path dir = TestBundles.write(tmp);
        try (ModelBundle bundle = ModelBundle.load(dir)) {
            BundleManifest m = bundle.manifest();
            assertEquals(List.of("deep/model.json", "deep/model.pt", "figures/calibration.png", "radiomics.yaml"),
                    List.copyOf(m.files().keySet()));
            assertEquals("deep", m.deepModel());
            assertEquals("radiomics.yaml", m.radiomicsSettings());
            assertEquals(TestBundles.manifest().withDeepModel("deep").withRadiomicsSettings("radiomics.yaml")
                    .withFiles(m.files()).withKnownAnswer(KnownAnswer.reference(m)), m);
            assertNotNull(m.knownAnswer(), "the writer adds the known-answer case (schema 1.6)");
            assertEquals(RadiomicsSettings.defaults(), bundle.radiomicsSettings());
            assertEquals(dir.resolve("deep"), bundle.deepModelDir());
            assertTrue(Files.isRegularFile(bundle.deepModelDir().resolve("model.pt")));
            assertEquals(64, bundle.manifestSha256().length());
            assertEquals(BundleFiles.sha256(dir.resolve("deep/model.pt")), m.files().get("deep/model.pt"));
        }
        assertTrue(Files.exists(dir), "closing a folder bundle leaves it alone");
        try (var left = Files.list(tmp)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no temp folder left");
        }
    }

    @Test
    void manifestIsPrettyWithStableKeyOrderAndExactDoubles() throws IOException {
        Path dir = TestBundles.write(tmp);
        String json = Files.readString(dir.resolve("manifest.json"));
        assertTrue(json.startsWith("{\n  \"schemaVersion\" : \"" + BundleManifest.SCHEMA_VERSION
                + "\",\n  \"name\" : "), json.substring(0, 60));
        assertTrue(json.matches("(?s).*\\],\n  \"knownAnswer\" : \\{\n.*\n  },\n  \"manifestDigest\" : \"[0-9a-f]{64}\"\n}\n"),
                "the digest is the last key (after directionConflicts and knownAnswer)");
        assertTrue(json.indexOf("\"predictors\"") < json.indexOf("\"combinedModel\""));
        assertTrue(json.indexOf("\"combinedModel\"") < json.indexOf("\"files\""));
        assertTrue(json.contains("-4.8731271682493578") || json.contains("-4.873127168249358"));
        BundleManifest again = ManifestJson.read(json.getBytes(), null);
        assertEquals(json, ManifestJson.write(again), "writing what was read gives the same bytes");
    }

    @Test
    void refusesAModifiedFileNamingIt() throws IOException {
        Path dir = TestBundles.write(tmp);
        Path pt = dir.resolve("deep/model.pt");
        byte[] b = Files.readAllBytes(pt);
        b[3] ^= 1;
        Files.write(pt, b);
        BadInputException e = assertThrows(BadInputException.class, () -> ModelBundle.load(dir));
        assertTrue(e.getMessage().contains("bundle file deep/model.pt does not match its SHA-256 (the bundle was"
                + " modified or damaged); re-install the bundle"), e.getMessage());
        assertEquals("deep/model.pt", e.findings().get(0).subject());
    }

    @Test
    void refusesAnUnlistedFile() throws IOException {
        Path dir = TestBundles.write(tmp);
        Files.writeString(dir.resolve("deep/extra.txt"), "x");
        BadInputException e = assertThrows(BadInputException.class, () -> ModelBundle.load(dir));
        assertTrue(e.getMessage().contains("bundle file deep/extra.txt is not listed in manifest.json"),
                e.getMessage());
    }

    @Test
    void refusesAMissingFile() throws IOException {
        Path dir = TestBundles.write(tmp);
        Files.delete(dir.resolve("figures/calibration.png"));
        BadInputException e = assertThrows(BadInputException.class, () -> ModelBundle.load(dir));
        assertTrue(e.getMessage().contains("bundle file figures/calibration.png is missing"), e.getMessage());
    }

    @Test
    void refusesAFolderWithoutManifest() throws IOException {
        BadInputException e = assertThrows(BadInputException.class, () -> ModelBundle.load(tmp));
        assertTrue(e.getMessage().contains("manifest.json is missing"), e.getMessage());
    }

    @Test
    void refusesAnotherMajorSchemaVersionAndAcceptsANewerMinor() throws IOException {
        Path dir = TestBundles.write(tmp);
        Path manifest = dir.resolve("manifest.json");
        String json = Files.readString(manifest);
        String current = "\"schemaVersion\" : \"" + BundleManifest.SCHEMA_VERSION + "\"";
        Files.writeString(manifest, json.replace(current, "\"schemaVersion\" : \"2.0\""));
        BadInputException e = assertThrows(BadInputException.class, () -> ModelBundle.load(dir));
        assertTrue(e.getMessage().contains("bundle schema version 2.0 is not supported"), e.getMessage());
        assertTrue(e.getMessage().contains("install a newer TACE-Risk"), e.getMessage());

        String withExtra = json.replaceFirst("\"name\" : ", "\"addedLater\" : 1,\n  \"name\" : ");
        Files.writeString(manifest, TestBundles.resealed(withExtra));
        BadInputException unknown = assertThrows(BadInputException.class, () -> ModelBundle.load(dir));
        assertTrue(unknown.getMessage().contains("unknown manifest key 'addedLater'"), unknown.getMessage());
        Files.writeString(manifest, TestBundles.resealed(withExtra.replace(current,
                "\"schemaVersion\" : \"1.9\"")));
        assertEquals("1.9", ModelBundle.verify(dir).schemaVersion());
    }

    @Test
    void refusesAnEditedManifestField() throws IOException {
        Path dir = TestBundles.write(tmp);
        Path manifest = dir.resolve("manifest.json");
        // resealed: the digest check passes, the field check refuses
        Files.writeString(manifest, TestBundles.resealed(Files.readString(manifest).replace("\"trainingMax\" : 20.0",
                "\"trainingMax\" : 45.0")));
        BadInputException e = assertThrows(BadInputException.class, () -> ModelBundle.load(dir));
        assertTrue(e.getMessage().contains("predictors[tumor_size_cm].trainingMin' and trainingMax must lie within"
                + " the allowed range"), e.getMessage());
    }

    @Test
    void zipRoundTripIsReproducibleAndVerified() throws IOException {
        Path dir = TestBundles.write(tmp);
        Path zip = tmp.resolve("bundle.zip");
        ModelBundleWriter.zip(dir, zip);
        Path zip2 = tmp.resolve("again.zip");
        ModelBundleWriter.zip(dir, zip2);
        assertArrayEquals(Files.readAllBytes(zip), Files.readAllBytes(zip2), "same bundle, same zip bytes");
        Path extracted;
        try (ModelBundle bundle = ModelBundle.load(zip)) {
            assertEquals(ModelBundle.verify(dir), bundle.manifest());
            extracted = bundle.root();
            assertNotNull(bundle.deepModelDir());
            assertTrue(Files.isRegularFile(bundle.deepModelDir().resolve("model.json")));
            assertEquals(zip, bundle.source());
        }
        assertFalse(Files.exists(extracted), "the extracted copy is deleted on close");
    }

    @Test
    void refusesATamperedOrUnsafeZip() throws IOException {
        Path dir = TestBundles.write(tmp);
        Path zip = tmp.resolve("bad.zip");
        writeZip(zip, dir, "radiomics.yaml", "radiomics.yaml", "# changed\n");
        BadInputException e = assertThrows(BadInputException.class, () -> ModelBundle.load(zip));
        assertTrue(e.getMessage().contains("bundle file radiomics.yaml does not match its SHA-256"), e.getMessage());
        Path slip = tmp.resolve("slip.zip");
        writeZip(slip, dir, "radiomics.yaml", "../evil.yaml", "x");
        BadInputException s = assertThrows(BadInputException.class, () -> ModelBundle.load(slip));
        assertTrue(s.getMessage().contains("points outside the bundle"), s.getMessage());
        assertFalse(Files.exists(tmp.resolve("evil.yaml")));
    }

    @Test
    void leavesTheDeepModelsListOfTrainingPatientsOut() throws IOException {
        Path deep = TestBundles.deepFolder(tmp);
        Files.writeString(deep.resolve(org.tacerisk.deep.TrainingCasesFile.NAME), "patient_id,cohort,outcome,part\n"
                + "P1,train,1,train\n");
        assertEquals(java.util.Set.of(org.tacerisk.deep.TrainingCasesFile.NAME),
                ModelBundleWriter.DEEP_FILES_LEFT_OUT, "the writer knows the trainer's file name");
        Path dir = tmp.resolve("b");
        new ModelBundleWriter(TestBundles.manifest()).deepModel(deep).write(dir);
        try (ModelBundle bundle = ModelBundle.load(dir)) {
            assertEquals(List.of("deep/model.json", "deep/model.pt"), List.copyOf(bundle.manifest().files().keySet()));
        }
        assertFalse(Files.exists(dir.resolve("deep").resolve(org.tacerisk.deep.TrainingCasesFile.NAME)));
    }

    @Test
    void neverOverwritesABundle() throws IOException {
        Path dir = TestBundles.write(tmp);
        BadInputException e = assertThrows(BadInputException.class,
                () -> new ModelBundleWriter(TestBundles.manifest()).write(dir));
        assertTrue(e.getMessage().contains("already exists"), e.getMessage());
    }

    /** A zip of the bundle with entry {@code replaced} written as {@code name} holding {@code text}. */
    private static void writeZip(Path zip, Path dir, String replaced, String name, String text) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (var e : BundleFiles.list(dir, dir).entrySet()) {
                boolean swap = e.getKey().equals(replaced);
                z.putNextEntry(new ZipEntry(swap ? name : e.getKey()));
                z.write(swap ? text.getBytes() : Files.readAllBytes(e.getValue()));
                z.closeEntry();
            }
        }
    }
}
