package org.tacerisk.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import org.tacerisk.common.AtomicFiles;
import org.tacerisk.common.BadInputException;

/**
 * A bundle's Ed25519 signature, {@value #FILE} beside {@code manifest.json} (docs/model-bundle.md, "Signatures").
 * What is signed is the manifest's canonical form ({@link ManifestDigest#canonicalForm}: the content the digest
 * covers), and the manifest holds the SHA-256 of every other file, so one signature covers the whole bundle. The
 * file carries the signer's public key, so that any copy can check that the signature matches the content; whether
 * the signer is <em>trusted</em> is the site's decision ({@link TrustedKeys}), made by the key's fingerprint.
 *
 * @param algorithm   always {@value SigningKeys#ALGORITHM}
 * @param signer      free text naming the signer (the key's name), shown by {@code bundle verify}
 * @param fingerprint lower-case hex SHA-256 of {@code publicKey}'s X.509 bytes
 * @param publicKey   the signer's public key, X.509 bytes
 * @param signature   the 64-byte Ed25519 signature of the canonical manifest
 */
public record BundleSignature(String algorithm, String signer, String fingerprint, byte[] publicKey,
        byte[] signature) {

    /** The signature file, beside the manifest; like the manifest it is not listed in {@code files}. */
    public static final String FILE = "manifest.sig";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);

    /**
     * Signs the bundle folder {@code bundleDir} (its manifest must be valid): writes {@value #FILE}, replacing an
     * older signature.
     *
     * @throws BadInputException when the public key is not the private key's, or the folder is not a bundle
     */
    public static BundleSignature sign(Path bundleDir, PrivateKey key, PublicKey publicKey, String signer)
            throws IOException {
        byte[] content = canonical(bundleDir);
        byte[] sig;
        try {
            java.security.Signature s = java.security.Signature.getInstance(SigningKeys.ALGORITHM);
            s.initSign(key);
            s.update(content);
            sig = s.sign();
        } catch (GeneralSecurityException e) {
            throw new BadInputException(null, "cannot sign with this key: " + e.getMessage(), e);
        }
        BundleSignature result = new BundleSignature(SigningKeys.ALGORITHM, signer,
                SigningKeys.fingerprint(publicKey), publicKey.getEncoded(), sig);
        if (!result.matches(content)) {
            throw new BadInputException(null, "the public key " + SigningKeys.shortFingerprint(result.fingerprint())
                    + " does not belong to the private key; give the .pub file written with it by 'bundle keygen'");
        }
        AtomicFiles.writeString(bundleDir.resolve(FILE), result.toJson());
        return result;
    }

    /** The bundle's signature, or null when {@code bundleRoot} has no {@value #FILE}. */
    static BundleSignature read(Path bundleRoot, Path source) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(bundleRoot.resolve(FILE));
        } catch (NoSuchFileException e) {
            return null;
        }
        Path named = source.resolve(FILE);
        try {
            JsonNode n = JSON.readTree(bytes);
            String algorithm = n.path("algorithm").asText("");
            if (!SigningKeys.ALGORITHM.equals(algorithm)) {
                throw new BadInputException(named, "the signature's algorithm is \"" + algorithm + "\", not "
                        + SigningKeys.ALGORITHM + "; re-install the bundle from its author");
            }
            byte[] pub = Base64.getDecoder().decode(n.path("publicKey").asText(""));
            byte[] sig = Base64.getDecoder().decode(n.path("signature").asText(""));
            BundleSignature s = new BundleSignature(algorithm, n.path("signer").asText(""),
                    n.path("fingerprint").asText(""), pub, sig);
            if (!s.fingerprint().equals(SigningKeys.fingerprint(SigningKeys.publicKey(pub, named)))) {
                throw new BadInputException(named, "the signature's fingerprint does not match its public key (the"
                        + " signature file was edited); re-install the bundle from its author");
            }
            return s;
        } catch (IOException | IllegalArgumentException e) {
            throw new BadInputException(named, "the signature file is damaged (" + e.getMessage() + "); re-install"
                    + " the bundle from its author", e);
        }
    }

    /**
     * Checks the signature against the manifest bytes {@code manifestJson}.
     *
     * @throws BadInputException naming the signature file when it does not match: the manifest (so the bundle)
     *                           was changed after signing, or the signature was made by another key
     */
    void check(byte[] manifestJson, Path source) {
        byte[] content;
        try {
            content = ManifestDigest.canonicalForm(manifestJson);
        } catch (IOException e) {
            return; // not JSON: the manifest reader names the problem
        }
        if (!matches(content)) {
            throw new BadInputException(source.resolve(FILE), "the bundle's signature does not match its manifest"
                    + " (the bundle was changed after it was signed, or the signature is not the signer's); do not"
                    + " use this bundle: re-install it from its author, or ask the author to sign it again");
        }
    }

    private boolean matches(byte[] content) {
        try {
            java.security.Signature s = java.security.Signature.getInstance(SigningKeys.ALGORITHM);
            s.initVerify(SigningKeys.publicKey(publicKey, null));
            s.update(content);
            return s.verify(signature);
        } catch (GeneralSecurityException e) {
            return false; // a malformed signature (wrong length) is a signature that does not match
        }
    }

    private static byte[] canonical(Path bundleDir) throws IOException {
        byte[] json;
        try {
            json = Files.readAllBytes(bundleDir.resolve(ModelBundle.MANIFEST));
        } catch (NoSuchFileException e) {
            throw new BadInputException(bundleDir, "not a model bundle folder: " + ModelBundle.MANIFEST
                    + " is missing");
        }
        return ManifestDigest.canonicalForm(json);
    }

    private String toJson() throws IOException {
        ObjectNode n = JSON.createObjectNode();
        n.put("algorithm", algorithm);
        n.put("signedContent", "the canonical form of manifest.json without manifestDigest (docs/model-bundle.md)");
        n.put("signer", signer);
        n.put("fingerprint", fingerprint);
        n.put("publicKey", Base64.getEncoder().encodeToString(publicKey));
        n.put("signature", Base64.getEncoder().encodeToString(signature));
        return JSON.writeValueAsString(n) + "\n";
    }
}
