package org.tacerisk.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import org.tacerisk.common.AtomicFiles;
import org.tacerisk.common.BadInputException;

/**
 * Ed25519 signing keys of model bundles (docs/model-bundle.md, "Signatures"), with the JDK's own provider: no
 * third-party cryptography. Keys are PEM files as OpenSSL writes them ({@code openssl pkey -in KEY -pubout} reads
 * the private key): the private key PKCS#8 ({@code BEGIN PRIVATE KEY}), the public key X.509
 * SubjectPublicKeyInfo ({@code BEGIN PUBLIC KEY}). A key's <em>fingerprint</em> is the lower-case hex SHA-256 of
 * its public key's X.509 bytes: what a site compares, by phone or on paper, with the one the bundle's author
 * publishes.
 */
public final class SigningKeys {

    public static final String ALGORITHM = "Ed25519";
    public static final String PRIVATE_SUFFIX = ".key";
    public static final String PUBLIC_SUFFIX = ".pub";

    private SigningKeys() {
    }

    /** The file names {@link #generate} writes: {@code NAME.key} and {@code NAME.pub}. */
    public record KeyFiles(Path privateKey, Path publicKey, String fingerprint) {
    }

    /**
     * Generates a key pair into {@code folder}: {@code name.key} readable by its owner only (on POSIX file systems)
     * and {@code name.pub}. Refuses to overwrite either.
     */
    public static KeyFiles generate(Path folder, String name) throws IOException {
        ManifestChecks.id("key name", name);
        Path key = folder.resolve(name + PRIVATE_SUFFIX);
        Path pub = folder.resolve(name + PUBLIC_SUFFIX);
        for (Path p : new Path[] {key, pub}) {
            if (Files.exists(p)) {
                throw new BadInputException(p, "already exists; a signing key is never overwritten (choose another"
                        + " name or folder)");
            }
        }
        KeyPair pair;
        try {
            pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime has no " + ALGORITHM + " (Java 15 or later has)", e);
        }
        Files.createDirectories(folder);
        writePrivate(key, pair.getPrivate());
        AtomicFiles.writeString(pub, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        return new KeyFiles(key, pub, fingerprint(pair.getPublic()));
    }

    /** Writes the private key with owner-only permissions from the start (never readable by others, not even briefly). */
    private static void writePrivate(Path key, PrivateKey privateKey) throws IOException {
        byte[] text = pem("PRIVATE KEY", privateKey.getEncoded()).getBytes(StandardCharsets.US_ASCII);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(key, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(key, text);
        } else {
            // Windows: the user's profile folders are private by their ACLs; no POSIX bits to set
            Files.write(key, text, java.nio.file.StandardOpenOption.CREATE_NEW);
        }
    }

    /** Reads a private key file. */
    public static PrivateKey readPrivate(Path file) {
        byte[] der = der(file, "PRIVATE KEY");
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new BadInputException(file, "not an " + ALGORITHM + " private key (" + e.getMessage() + "); give the"
                    + " .key file written by 'tacerisk bundle keygen'", e);
        }
    }

    /** Reads a public key file. */
    public static PublicKey readPublic(Path file) {
        return publicKey(der(file, "PUBLIC KEY"), file);
    }

    /** A public key from its X.509 bytes; {@code source} names where it came from in messages. */
    static PublicKey publicKey(byte[] x509, Path source) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(x509));
        } catch (GeneralSecurityException e) {
            throw new BadInputException(source, "not an " + ALGORITHM + " public key (" + e.getMessage() + ")", e);
        }
    }

    /** Lower-case hex SHA-256 of the public key's X.509 bytes. */
    public static String fingerprint(PublicKey key) {
        return HexFormat.of().formatHex(BundleFiles.sha256(key.getEncoded()));
    }

    /** The first 16 hex digits of a fingerprint, for a line of text; the full one identifies the key. */
    public static String shortFingerprint(String fingerprint) {
        return fingerprint.substring(0, Math.min(16, fingerprint.length()));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static byte[] der(Path file, String type) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new BadInputException(file, "cannot read the key file: " + e.getMessage(), e);
        }
        return der(text, file, type);
    }

    /** A public key from the text of a PEM file; {@code source} names it in messages. */
    static PublicKey publicFromPem(String text, Path source) {
        return publicKey(der(text, source, "PUBLIC KEY"), source);
    }

    private static byte[] der(String text, Path file, String type) {
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new BadInputException(file, "not a PEM " + type.toLowerCase(java.util.Locale.ROOT) + " file (no '"
                    + begin + "' line); give the " + (type.startsWith("PRIVATE") ? ".key" : ".pub") + " file written"
                    + " by 'tacerisk bundle keygen'");
        }
        try {
            return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file, "the key file is damaged (not base64): " + e.getMessage(), e);
        }
    }
}
