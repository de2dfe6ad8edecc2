package org.tacerisk.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The public keys a site trusts to sign model bundles (docs/model-bundle.md, "Signatures"): every {@code *.pub} file
 * in the data folder's {@value #FOLDER} folder, put there by the site's administrator, plus the shipped demo key.
 * The demo key's private half is public (it is in the source tree, to rebuild the demo bundle), so it is trusted
 * <em>only for synthetic bundles</em>: a bundle that claims to be clinical and is signed with it is untrusted.
 */
public final class TrustedKeys {

    /** The folder of trusted public keys inside the application's data folder. */
    public static final String FOLDER = "trusted-keys";
    /** The shipped demo key's public half (a class-path resource beside this class). */
    static final String DEMO_KEY_RESOURCE = "demo-signing.pub";

    /**
     * A trusted key.
     *
     * @param name          the file it came from (without .pub), or "demo"
     * @param fingerprint   SHA-256 of its X.509 bytes (lower-case hex)
     * @param syntheticOnly true for the demo key: trusted only for bundles marked synthetic
     */
    public record TrustedKey(String name, String fingerprint, boolean syntheticOnly) {
    }

    private final List<TrustedKey> keys;

    private TrustedKeys(List<TrustedKey> keys) {
        this.keys = List.copyOf(keys);
    }

    /** Only the shipped demo key (for synthetic bundles). */
    public static TrustedKeys demoOnly() {
        return new TrustedKeys(List.of(demoKey()));
    }

    /**
     * The demo key and every {@code *.pub} in {@code dataFolder/trusted-keys} (a missing folder is none).
     *
     * @throws org.tacerisk.common.BadInputException naming a key file that is not an Ed25519 public key
     */
    public static TrustedKeys of(Path dataFolder) {
        List<TrustedKey> keys = new ArrayList<>();
        keys.add(demoKey());
        Path folder = dataFolder.resolve(FOLDER);
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.filter(p -> p.getFileName().toString().endsWith(SigningKeys.PUBLIC_SUFFIX))
                        .sorted().toList()) {
                    String name = f.getFileName().toString();
                    keys.add(new TrustedKey(name.substring(0, name.length() - SigningKeys.PUBLIC_SUFFIX.length()),
                            SigningKeys.fingerprint(SigningKeys.readPublic(f)), false));
                }
            } catch (IOException e) {
                throw new org.tacerisk.common.BadInputException(folder, "cannot list the trusted keys: "
                        + e.getMessage(), e);
            }
        }
        return new TrustedKeys(keys);
    }

    /** These keys and {@code extra} public key files (fully trusted), e.g. for a test or one command. */
    public TrustedKeys with(Path publicKeyFile) {
        List<TrustedKey> more = new ArrayList<>(keys);
        String name = publicKeyFile.getFileName().toString().replaceFirst("\\.pub$", "");
        more.add(new TrustedKey(name, SigningKeys.fingerprint(SigningKeys.readPublic(publicKeyFile)), false));
        return new TrustedKeys(more);
    }

    public List<TrustedKey> keys() {
        return keys;
    }

    /** The trusted key with this fingerprint that may sign {@code manifest}, or null. */
    public TrustedKey trusting(String fingerprint, BundleManifest manifest) {
        return keys.stream().filter(k -> k.fingerprint().equals(fingerprint))
                .filter(k -> !k.syntheticOnly() || Boolean.TRUE.equals(manifest.synthetic()))
                .findFirst().orElse(null);
    }

    /** True when {@code fingerprint} is the demo key's (to explain why a clinical bundle signed with it is not trusted). */
    public static boolean isDemoKey(String fingerprint) {
        return demoKey().fingerprint().equals(fingerprint);
    }

    private static TrustedKey demoKey() {
        try (InputStream in = TrustedKeys.class.getResourceAsStream(DEMO_KEY_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the demo signing key " + DEMO_KEY_RESOURCE + " is missing from the"
                        + " build");
            }
            String pem = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
            return new TrustedKey("demo", SigningKeys.fingerprint(SigningKeys.publicFromPem(pem,
                    Path.of(DEMO_KEY_RESOURCE))), true);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the demo signing key", e);
        }
    }
}
