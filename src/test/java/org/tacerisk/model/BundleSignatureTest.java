package org.tacerisk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.common.BadInputException;

/**
 * Signed bundles (issue 16, docs/model-bundle.md "Signatures"): a signature by a trusted key loads; a tampered
 * file, a wrong signature, an untrusted key, an unsigned bundle without research use and a truncated zip are
 * refused with the problem and the remedy named; research use loads under the RESEARCH USE label.
 */
class BundleSignatureTest {

    @TempDir
    static Path temp;
    static SigningKeys.KeyFiles site;
    static SigningKeys.KeyFiles stranger;

    @BeforeAll
    static void keys() throws IOException {
        site = SigningKeys.generate(temp.resolve("keys"), "site");
        stranger = SigningKeys.generate(temp.resolve("keys"), "stranger");
    }

    private static Path bundle(String name) throws IOException {
        Path dir = temp.resolve(name + System.nanoTime());
        Path report = temp.resolve("report" + System.nanoTime() + ".md");
        Files.writeString(report, "# Training report\n");
        new ModelBundleWriter(TestBundles.manifest()).extraFile("report.md", report).write(dir);
        return dir;
    }

    private static Path signed(String name, SigningKeys.KeyFiles keys) throws IOException {
        Path dir = bundle(name);
        BundleSignature.sign(dir, SigningKeys.readPrivate(keys.privateKey()), SigningKeys.readPublic(keys.publicKey()),
                "site");
        return dir;
    }

    /** A data folder whose trusted-keys folder holds the site key. */
    private static Path dataTrustingSite() throws IOException {
        Path data = temp.resolve("data" + System.nanoTime());
        Files.createDirectories(data.resolve(TrustedKeys.FOLDER));
        Files.copy(site.publicKey(), data.resolve(TrustedKeys.FOLDER).resolve("site.pub"));
        return data;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void keygenWritesAnOwnerOnlyPrivateKeyAndTheFingerprintOfThePublicKey() throws IOException {
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(site.privateKey())));
        byte[] x509 = SigningKeys.readPublic(site.publicKey()).getEncoded();
        assertEquals(HexFormat.of().formatHex(sha256(x509)),
                site.fingerprint());
        assertThrows(BadInputException.class, () -> SigningKeys.generate(temp.resolve("keys"), "site"),
                "never overwrites a key");
    }

    @Test
    void aBundleSignedByATrustedKeyLoadsAsTrusted() throws IOException {
        Path dir = signed("trusted", site);
        try (ModelBundle b = ModelBundle.load(dir, TrustPolicy.of(dataTrustingSite(), false))) {
            assertTrue(b.trust().trusted(), b.trust().describe());
            assertEquals(site.fingerprint(), b.trust().fingerprint());
            assertEquals(BundleManifest.SYNTHETIC_LABEL, b.manifest().label(), "no research label when trusted");
        }
    }

    @Test
    void aTamperedFileIsRefusedAlthoughTheSignatureStillMatchesTheManifest() throws IOException {
        Path dir = signed("tampered", site);
        Files.writeString(dir.resolve("report.md"), "\n# edited\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        BadInputException e = assertThrows(BadInputException.class,
                () -> ModelBundle.load(dir, TrustPolicy.of(dataTrustingSite(), true)));
        assertTrue(e.getMessage().contains("report.md does not match its SHA-256"), e.getMessage());
    }

    @Test
    void anEditedManifestWithARecomputedDigestIsRefusedByTheSignature() throws IOException {
        Path dir = signed("forged", site);
        Path manifest = dir.resolve(ModelBundle.MANIFEST);
        String json = Files.readString(manifest);
        String forged = TestBundles.resealed(json.replace("\"0.0.1-test\"", "\"0.0.2-test\""));
        Files.writeString(manifest, forged);
        ModelBundle.verify(bundle("control")); // the digest alone cannot tell
        BadInputException e = assertThrows(BadInputException.class, () -> ModelBundle.load(dir));
        assertTrue(e.getMessage().contains("signature does not match its manifest"), e.getMessage());
        assertTrue(e.input().endsWith(BundleSignature.FILE), "names the signature file: " + e.input());
    }

    @Test
    void aWrongSignatureIsRefused() throws IOException {
        Path dir = signed("wrong", site);
        Path sig = dir.resolve(BundleSignature.FILE);
        String text = Files.readString(sig);
        String value = text.replaceAll("(?s).*\"signature\" : \"([^\"]+)\".*", "$1").strip();
        byte[] bytes = Base64.getDecoder().decode(value);
        bytes[10] ^= 1;
        Files.writeString(sig, text.replace(value, Base64.getEncoder().encodeToString(bytes)));
        BadInputException e = assertThrows(BadInputException.class,
                () -> ModelBundle.load(dir, TrustPolicy.of(dataTrustingSite(), true)));
        assertTrue(e.getMessage().contains("signature does not match its manifest"), e.getMessage());
        assertTrue(e.getMessage().contains("re-install it from its author"), e.getMessage());
    }

    @Test
    void anotherKeysSignatureWithTheTrustedKeyClaimedIsRefused() throws IOException {
        // the stranger signs, then swaps in the site's public key and fingerprint: the signature does not verify
        Path dir = signed("swapped", stranger);
        Path sig = dir.resolve(BundleSignature.FILE);
        String text = Files.readString(sig);
        String sitePub = Base64.getEncoder().encodeToString(SigningKeys.readPublic(site.publicKey()).getEncoded());
        text = text.replaceAll("\"publicKey\" : \"[^\"]+\"", "\"publicKey\" : \"" + sitePub + "\"")
                .replace(stranger.fingerprint(), site.fingerprint());
        Files.writeString(sig, text);
        BadInputException e = assertThrows(BadInputException.class, () -> ModelBundle.load(dir));
        assertTrue(e.getMessage().contains("signature does not match its manifest"), e.getMessage());
    }

    @Test
    void anUntrustedKeyIsRefusedNamingTheFingerprintAndTheTrustedKeysFolder() throws IOException {
        Path dir = signed("untrusted", stranger);
        Path data = dataTrustingSite();
        BadInputException e = assertThrows(BadInputException.class,
                () -> ModelBundle.load(dir, TrustPolicy.of(data, false)));
        assertTrue(e.getMessage().contains("a key this site does not trust"), e.getMessage());
        assertTrue(e.getMessage().contains(stranger.fingerprint()), e.getMessage());
        assertTrue(e.getMessage().contains(data.resolve(TrustedKeys.FOLDER).toString()), e.getMessage());
        assertTrue(e.getMessage().contains(TrustPolicy.RESEARCH_SETTING + "=true"), e.getMessage());
    }

    @Test
    void anUnsignedBundleLoadsOnlyForResearchUseAndThenCarriesTheLabel() throws IOException {
        Path dir = bundle("unsigned");
        Path data = dataTrustingSite();
        BadInputException e = assertThrows(BadInputException.class,
                () -> ModelBundle.load(dir, TrustPolicy.of(data, false)));
        assertTrue(e.getMessage().contains("is not signed, so it is not used"), e.getMessage());
        try (ModelBundle b = ModelBundle.load(dir, TrustPolicy.of(data, true))) {
            assertEquals(BundleTrust.Status.UNSIGNED, b.trust().status());
            assertEquals(BundleTrust.RESEARCH_LABEL + " · " + BundleManifest.SYNTHETIC_LABEL, b.manifest().label());
            assertTrue(b.predictor().predict(java.util.Map.of("dlr_score", 0.5, "tumor_size_cm", 5.0, "nodules",
                    2.0, "afp", 100.0)).label().startsWith(BundleTrust.RESEARCH_LABEL), "the prediction's label");
            assertTrue(b.warnings().stream().anyMatch(w -> w.code().equals("BUNDLE_NOT_VERIFIED")));
        }
        Files.writeString(data.resolve("settings.properties"), "language=en\n" + TrustPolicy.RESEARCH_SETTING
                + "=true\n");
        try (ModelBundle b = ModelBundle.load(dir, TrustPolicy.of(data, false))) {
            assertTrue(b.manifest().label().startsWith(BundleTrust.RESEARCH_LABEL), "the setting allows it too");
        }
    }

    @Test
    void theDemoKeyIsTrustedForSyntheticBundlesOnly() throws IOException {
        Path demoKey = Path.of("src/test/resources/demo-signing/tacerisk-demo.key");
        Path demoPub = Path.of("src/test/resources/demo-signing/tacerisk-demo.pub");
        Path synthetic = bundle("demo-synthetic");
        BundleSignature.sign(synthetic, SigningKeys.readPrivate(demoKey), SigningKeys.readPublic(demoPub), "demo");
        Path empty = temp.resolve("empty-data" + System.nanoTime());
        try (ModelBundle b = ModelBundle.load(synthetic, TrustPolicy.of(empty, false))) {
            assertEquals("demo", b.trust().trustedAs());
        }
        Path clinical = bundle("demo-clinical");
        Path manifest = clinical.resolve(ModelBundle.MANIFEST);
        Files.writeString(manifest, TestBundles.resealed(Files.readString(manifest)
                .replace("\"synthetic\" : true", "\"synthetic\" : false")));
        BundleSignature.sign(clinical, SigningKeys.readPrivate(demoKey), SigningKeys.readPublic(demoPub), "demo");
        BadInputException e = assertThrows(BadInputException.class,
                () -> ModelBundle.load(clinical, TrustPolicy.of(empty, false)));
        assertTrue(e.getMessage().contains("the demo key is trusted for synthetic bundles only"), e.getMessage());
    }

    @Test
    void aTruncatedZipIsRefusedAsDamaged() throws IOException {
        Path dir = signed("zipped", site);
        Path zip = temp.resolve("bundle" + System.nanoTime() + ".zip");
        ModelBundleWriter.zip(dir, zip);
        try (ModelBundle b = ModelBundle.load(zip, TrustPolicy.of(dataTrustingSite(), false))) {
            assertTrue(b.trust().trusted(), "the signature travels in the zip");
        }
        byte[] whole = Files.readAllBytes(zip);
        for (int keep : new int[] {whole.length - 10, whole.length / 2, 100}) {
            Path cut = temp.resolve("cut" + keep + ".zip");
            Files.write(cut, Arrays.copyOf(whole, keep));
            BadInputException e = assertThrows(BadInputException.class, () -> ModelBundle.load(cut),
                    "cut at " + keep);
            assertTrue(e.getMessage().contains("truncated or damaged"), keep + ": " + e.getMessage());
        }
    }

    @Test
    void verificationNamesEveryCheckAndTheKnownAnswerCatchesAChangedProbability() throws IOException {
        Path dir = signed("verified", site);
        TrustedKeys keys = TrustedKeys.demoOnly().with(site.publicKey());
        BundleVerification v = BundleVerification.of(dir, keys);
        assertEquals(List.of("manifest", "checksums", "signature", "trust", "known answer"),
                v.checks().stream().map(BundleVerification.Check::name).toList());
        assertTrue(v.passed(), v.checks().toString());

        Path unsigned = bundle("known-answer");
        Path manifest = unsigned.resolve(ModelBundle.MANIFEST);
        String json = Files.readString(manifest);
        String stored = json.replaceAll("(?s).*\"knownAnswer\".*?\"probability\" : ([0-9.eE-]+).*", "$1");
        double p = Double.parseDouble(stored);
        Files.writeString(manifest, TestBundles.resealed(json.replace("\"probability\" : " + stored,
                "\"probability\" : " + (p + 1e-8))));
        BundleVerification changed = BundleVerification.of(unsigned, keys);
        BundleVerification.Check known = changed.checks().get(4);
        assertFalse(known.passed(), known.detail());
        assertEquals("signature", changed.firstFailure().name(), "unsigned comes first");
        assertTrue(known.detail().contains("difference 1.0e-08"), known.detail());
    }

    @Test
    void theShippedDemoBundleIsSignedTrustedAndPassesItsKnownAnswer() {
        BundleVerification v = BundleVerification.of(Path.of("models/hcc-tace-demo"), TrustedKeys.demoOnly());
        assertTrue(v.passed(), v.checks().toString());
        assertNotNull(v.trust());
        assertEquals("demo", v.trust().trustedAs());
    }

    @Test
    void aWindowTranslatesTheResearchPrefixAndTheSyntheticLabelButNotABundlesOwnWords() {
        assertEquals("R · S", BundleTrust.labelIn(BundleTrust.RESEARCH_LABEL + " · " + BundleManifest.SYNTHETIC_LABEL,
                "R", "S"));
        assertEquals("R · Own words", BundleTrust.labelIn(BundleTrust.RESEARCH_LABEL + " · Own words", "R", "S"));
        assertEquals("R", BundleTrust.labelIn(BundleTrust.RESEARCH_LABEL, "R", "S"));
        assertEquals("Own words", BundleTrust.labelIn("Own words", "R", "S"));
    }
}
