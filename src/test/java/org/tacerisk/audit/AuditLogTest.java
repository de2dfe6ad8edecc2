package org.tacerisk.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Volume;
import org.tacerisk.model.BundlePrediction;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.model.ModelBundleWriter;
import org.tacerisk.model.TestBundles;
import org.tacerisk.predict.CasePrediction;

/**
 * The audit log (issue 16, docs/audit.md): the hash chain detects an edited, a deleted and a swapped line and a
 * cut-off end, naming the first bad line; a failed append (a full disk) leaves the log as it was; no patient
 * identifier is written, only its salted hash.
 */
class AuditLogTest {

    private static final String PATIENT = "ZZ-PATIENT-4711-DISTINCT";

    @TempDir
    static Path temp;
    static ModelBundle bundle;
    static CasePrediction prediction;
    static Volume ct;
    static Mask tumour;

    @BeforeAll
    static void prediction() throws IOException {
        Path dir = temp.resolve("bundle");
        new ModelBundleWriter(TestBundles.manifest()).write(dir);
        bundle = ModelBundle.load(dir);
        Map<String, Double> inputs = Map.of("dlr_score", 0.5, "tumor_size_cm", 5.0, "nodules", 2.0, "afp", 100.0);
        BundlePrediction p = bundle.predictor().predict(inputs);
        prediction = new CasePrediction(p, inputs, Map.of("dlr", 0.5), 5.1, List.of(), List.of());
        ImageGeometry grid = new ImageGeometry(3, 2, 2, new double[] {0.8, 0.7, 2.5}, new double[] {0, 0, 0},
                new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
        ct = Volume.ofShorts(grid, new short[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, "HU");
        tumour = Mask.of(grid, new byte[] {0, 1, 1, 0, 0, 0, 0, 1, 1, 0, 0, 0});
    }

    private static AuditedPrediction record() {
        return new AuditedPrediction("predict", bundle, prediction, AuditedPrediction.caseHash(ct, tumour), PATIENT);
    }

    /** A log of {@code n} records, a day apart from 2026-03-01. */
    private static AuditLog logOf(int n) {
        Path data = temp.resolve("data" + System.nanoTime());
        for (int i = 0; i < n; i++) {
            Clock day = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z").plusSeconds(86_400L * i), ZoneOffset.UTC);
            new AuditLog(data, (ch, b) -> ch.write(b), day).append(record());
        }
        return new AuditLog(data);
    }

    private static void rewrite(AuditLog log, List<String> lines) throws IOException {
        Files.writeString(log.file(), String.join("\n", lines) + "\n");
    }

    @Test
    void anUntouchedLogIsIntactAndHoldsTheSaltedHashNotThePatient() throws IOException {
        AuditLog log = logOf(3);
        AuditVerification v = log.verify();
        assertTrue(v.intact(), v.problem());
        assertEquals(3, v.lines());
        String text = Files.readString(log.file());
        assertFalse(text.contains(PATIENT), "no patient identifier in the log");
        assertTrue(text.contains("\"patientHash\":\"" + log.patientHash(PATIENT) + "\""), text);
        assertTrue(text.contains("\"manifestSha256\":\"" + bundle.manifestSha256() + "\""));
        assertTrue(text.contains("\"probability\":" + prediction.prediction().probability()));
        AuditLog other = logOf(1);
        assertFalse(other.patientHash(PATIENT).equals(log.patientHash(PATIENT)), "each installation its own salt");
    }

    @Test
    void anEditedLineIsNamed() throws IOException {
        AuditLog log = logOf(4);
        List<String> lines = new ArrayList<>(Files.readAllLines(log.file()));
        lines.set(1, lines.get(1).replace("\"source\":\"predict\"", "\"source\":\"report\""));
        rewrite(log, lines);
        AuditVerification v = log.verify();
        assertFalse(v.intact());
        assertEquals(2, v.firstBadLine(), v.problem());
        assertTrue(v.problem().contains("was edited"), v.problem());
    }

    @Test
    void anEditedAndResealedLineIsCaughtByTheNextLine() throws Exception {
        AuditLog log = logOf(4);
        List<String> lines = new ArrayList<>(Files.readAllLines(log.file()));
        Map<String, Object> fields = AuditLog.JSON.readValue(lines.get(1),
                new com.fasterxml.jackson.core.type.TypeReference<java.util.LinkedHashMap<String, Object>>() { });
        fields.remove("hash");
        fields.put("user", "someone-else");
        lines.set(1, AuditLog.sealed(fields));
        rewrite(log, lines);
        assertEquals(3, log.verify().firstBadLine(), log.verify().problem());
    }

    @Test
    void aDeletedLineIsNamed() throws IOException {
        AuditLog log = logOf(4);
        List<String> lines = new ArrayList<>(Files.readAllLines(log.file()));
        lines.remove(1);
        rewrite(log, lines);
        AuditVerification v = log.verify();
        assertEquals(2, v.firstBadLine(), v.problem());
        assertTrue(v.problem().contains("does not follow the line before it"), v.problem());
    }

    @Test
    void swappedLinesAreNamed() throws IOException {
        AuditLog log = logOf(4);
        List<String> lines = new ArrayList<>(Files.readAllLines(log.file()));
        Collections.swap(lines, 1, 2);
        rewrite(log, lines);
        assertEquals(2, log.verify().firstBadLine(), log.verify().problem());
    }

    @Test
    void aCutOffEndIsDetected() throws IOException {
        AuditLog log = logOf(3);
        List<String> lines = new ArrayList<>(Files.readAllLines(log.file()));
        rewrite(log, lines.subList(0, 2));
        AuditVerification v = log.verify();
        assertFalse(v.intact());
        assertEquals(3, v.firstBadLine());
        assertTrue(v.problem().contains("3 lines were recorded"), v.problem());
    }

    @Test
    void aFullDiskLeavesThePreviousLogIntactAndSaysSo() throws IOException {
        AuditLog log = logOf(2);
        byte[] before = Files.readAllBytes(log.file());
        Path data = log.file().getParent().getParent();
        AuditLog full = new AuditLog(data, (ch, b) -> {
            ByteBuffer half = b.slice().limit(b.remaining() / 2);
            ch.write(half);
            throw new IOException("No space left on device");
        }, Clock.systemUTC());
        AuditFailure e = assertThrows(AuditFailure.class, () -> full.append(record()));
        assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
        assertTrue(e.getMessage().contains("not shown"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(log.file()), "the half line was cut off again");
        assertTrue(log.verify().intact(), log.verify().problem());
        log.append(record());
        assertTrue(log.verify().intact(), "the next append continues the chain");
        assertEquals(3, log.verify().lines());
    }

    @Test
    void anExportHoldsTheDaysAskedForUnchanged() throws IOException {
        AuditLog log = logOf(5);
        Path out = temp.resolve("export" + System.nanoTime() + ".jsonl");
        assertEquals(3, log.export(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-04"), out));
        List<String> all = Files.readAllLines(log.file());
        assertEquals(all.subList(1, 4), Files.readAllLines(out));
    }

    @Test
    void theCaseHashIsTheSameForTheSameImageAndOutlineOnly() {
        String h = AuditedPrediction.caseHash(ct, tumour);
        assertEquals(h, AuditedPrediction.caseHash(ct, tumour));
        byte[] other = tumour.toByteArray();
        other[0] = 1;
        assertFalse(h.equals(AuditedPrediction.caseHash(ct, Mask.of(ct.geometry(), other))));
    }
}
