package org.tacerisk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.app.Installation;
import org.tacerisk.audit.AuditLog;
import org.tacerisk.model.BundleTrust;
import org.tacerisk.model.TestBundles;

/**
 * {@code tacerisk bundle keygen|sign|verify}, the trust policy of {@code predict} and {@code tacerisk audit
 * verify|export} (issue 16), each against a data folder of its own.
 */
class SignedBundleAuditCommandTest extends CommandLineTestBase {

    @TempDir
    Path dir;
    private String previousData;

    @BeforeEach
    void ownDataFolder() {
        previousData = System.getProperty(Installation.DATA_PROPERTY);
        System.setProperty(Installation.DATA_PROPERTY, dir.resolve("data").toString());
    }

    @AfterEach
    void restoreDataFolder() {
        if (previousData == null) {
            System.clearProperty(Installation.DATA_PROPERTY);
        } else {
            System.setProperty(Installation.DATA_PROPERTY, previousData);
        }
    }

    @Test
    void keygenSignVerifyAndTheTrustedKeysFolder() throws Exception {
        assertEquals(0, run("bundle", "keygen", "--out", dir.resolve("keys").toString(), "--name", "research-group"),
                err::toString);
        Path key = dir.resolve("keys/research-group.key");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        String fingerprint = out.toString().replaceAll("(?s).*fingerprint: ([0-9a-f]{64}).*", "$1");
        assertEquals(64, fingerprint.length(), out::toString);

        Path bundle = TestBundles.write(dir);
        assertEquals(0, run("bundle", "verify", bundle.toString()), err::toString);
        assertTrue(out.toString().contains("NOT TRUSTED: not signed"), out::toString);
        assertEquals(3, run("bundle", "verify", "--require-trusted", bundle.toString()));
        assertTrue(err.toString().contains("signature: not signed"), err::toString);

        assertEquals(0, run("bundle", "sign", "--bundle", bundle.toString(), "--key", key.toString()), err::toString);
        assertEquals(3, run("bundle", "verify", "--require-trusted", bundle.toString()), "not trusted yet");
        assertEquals(0, run("bundle", "verify", "--json", "--require-trusted", "--trusted-key",
                dir.resolve("keys/research-group.pub").toString(), bundle.toString()), err::toString);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertTrue(json.path("trusted").asBoolean());
        assertEquals(fingerprint, json.path("signer_fingerprint").asText());
        assertEquals(5, json.path("checks").size());

        Path trusted = dir.resolve("data").resolve("trusted-keys");
        Files.createDirectories(trusted);
        Files.copy(dir.resolve("keys/research-group.pub"), trusted.resolve("research-group.pub"));
        assertEquals(0, run("bundle", "verify", "--require-trusted", bundle.toString()), err::toString);
        assertTrue(out.toString().contains("trusted as \"research-group\""), out::toString);

        String sig = Files.readString(bundle.resolve("manifest.sig"));
        String value = sig.replaceAll("(?s).*\"signature\" : \"([^\"]+)\".*", "$1").strip();
        byte[] bytes = java.util.Base64.getDecoder().decode(value);
        bytes[5] ^= 1;
        Files.writeString(bundle.resolve("manifest.sig"), sig.replace(value,
                java.util.Base64.getEncoder().encodeToString(bytes)));
        assertEquals(3, run("bundle", "verify", bundle.toString()));
        assertTrue(err.toString().contains("signature does not match its manifest"), err::toString);
    }

    @Test
    void predictRefusesAnUnsignedBundleUnlessForResearchThenRecordsAndLabelsIt() throws Exception {
        Path demo = dir.resolve("demo");
        assertEquals(0, run("demo", "--out", demo.toString()), err::toString);
        Path unsigned = dir.resolve("unsigned");
        copy(Path.of("models/hcc-tace-demo"), unsigned);
        Files.delete(unsigned.resolve("manifest.sig"));
        String[] predict = {"predict", "--bundle", unsigned.toString(), "--image",
            demo.resolve("SYN-0300/dicom").toString(), "--mask", demo.resolve("tumour.nii.gz").toString(),
            "--clinical", "tumor_size_cm=3.5,nodules=5,afp_ng_ml=33.1"};
        AuditLog log = new AuditLog(dir.resolve("data"));
        assertFalse(Files.exists(log.file()), "the demo's SYNTHETIC patient is not recorded (docs/audit.md)");
        assertEquals(3, run(predict));
        assertFalse(Files.exists(log.file()), "a refused bundle predicts nothing, so nothing is recorded");
        assertTrue(err.toString().contains("is not signed, so it is not used"), err::toString);
        assertTrue(err.toString().contains("--research-use"), err::toString);

        List<String> research = new ArrayList<>(List.of(predict));
        research.add("--research-use");
        assertEquals(0, run(research.toArray(String[]::new)), err::toString);
        assertTrue(out.toString().startsWith(BundleTrust.RESEARCH_LABEL + " · SYNTHETIC DEMO"), out::toString);
        assertTrue(out.toString().contains("BUNDLE_NOT_VERIFIED"), out::toString);
        assertEquals(0, run(research.toArray(String[]::new)), err::toString);

        Path pdf = dir.resolve("report.pdf");
        assertEquals(0, run("report", "--bundle", unsigned.toString(), "--image",
                demo.resolve("SYN-0300/dicom").toString(), "--mask", demo.resolve("tumour.nii.gz").toString(),
                "--clinical", "tumor_size_cm=3.5,nodules=5,afp_ng_ml=33.1", "--research-use", "--out",
                pdf.toString()), err::toString);
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("RESEARCH USE"), "the report's banner carries the label: " + text);
        }

        List<String> lines = Files.readAllLines(log.file());
        assertEquals(3, lines.size());
        assertTrue(lines.get(2).contains("\"source\":\"report\""), lines.get(2));
        assertTrue(lines.get(1).contains("\"trust\":\"unsigned\""), lines.get(1));
        assertTrue(lines.get(1).contains("\"source\":\"predict\""), lines.get(1));
        assertFalse(String.join("\n", lines).contains("SYN-0300"), "no patient ID in the log");
        assertEquals(0, run("audit", "verify"), err::toString);
        assertTrue(out.toString().startsWith("intact: 3 records"), out::toString);

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        Path export = dir.resolve("export.jsonl");
        assertEquals(0, run("audit", "export", "--from", today, "--to", today, "--out", export.toString()),
                err::toString);
        assertEquals(lines, Files.readAllLines(export));

        Collections.swap(lines, 0, 1);
        Files.writeString(log.file(), String.join("\n", lines) + "\n");
        assertEquals(3, run("audit", "verify"));
        assertTrue(err.toString().contains("line 1 does not follow the line before it"), err::toString);
    }

    private static void copy(Path from, Path to) throws java.io.IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
