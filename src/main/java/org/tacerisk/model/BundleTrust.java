package org.tacerisk.model;

/**
 * Who vouches for a loaded bundle (docs/model-bundle.md, "Signatures"): its signature checked against its manifest
 * (a signature that does not match is refused while loading) and the signer's key against the site's
 * {@link TrustedKeys}.
 *
 * @param status      trusted, unsigned, or signed by a key the site does not trust
 * @param signer      the signer named in the signature file, or null when unsigned
 * @param fingerprint the signer key's fingerprint, or null when unsigned
 * @param trustedAs   the name of the trusted key (its file name, or "demo"), or null when not trusted
 */
public record BundleTrust(Status status, String signer, String fingerprint, String trustedAs) {

    /** The three answers. */
    public enum Status {
        TRUSTED, UNSIGNED, UNTRUSTED_SIGNER
    }

    /** The banner of a bundle loaded for research use only, before its own label. */
    public static final String RESEARCH_LABEL = "RESEARCH USE — model bundle not verified by a trusted signer";

    /**
     * A bundle's label in a window's language: the RESEARCH USE prefix and the standard SYNTHETIC label replaced by
     * their translations ({@code research}, {@code synthetic}), a bundle's own words as written.
     */
    public static String labelIn(String label, String research, String synthetic) {
        if (label == null) {
            return null;
        }
        String prefix = RESEARCH_LABEL + " · ";
        if (label.equals(RESEARCH_LABEL)) {
            return research;
        }
        if (label.startsWith(prefix)) {
            return research + " · " + labelIn(label.substring(prefix.length()), research, synthetic);
        }
        return BundleManifest.SYNTHETIC_LABEL.equals(label) ? synthetic : label;
    }

    /** The trust of {@code signature} (null: unsigned) on {@code manifest} for {@code keys}. */
    public static BundleTrust of(BundleSignature signature, BundleManifest manifest, TrustedKeys keys) {
        if (signature == null) {
            return new BundleTrust(Status.UNSIGNED, null, null, null);
        }
        TrustedKeys.TrustedKey key = keys.trusting(signature.fingerprint(), manifest);
        return new BundleTrust(key == null ? Status.UNTRUSTED_SIGNER : Status.TRUSTED, signature.signer(),
                signature.fingerprint(), key == null ? null : key.name());
    }

    public boolean trusted() {
        return status == Status.TRUSTED;
    }

    /** One line for a person: "signed by X (key 1a2b…), trusted as X", "not signed", ... */
    public String describe() {
        return switch (status) {
            case UNSIGNED -> "not signed";
            case TRUSTED -> "signed by " + signer + " (key " + SigningKeys.shortFingerprint(fingerprint)
                    + "), trusted as \"" + trustedAs + "\"";
            case UNTRUSTED_SIGNER -> "signed by " + signer + " (key " + SigningKeys.shortFingerprint(fingerprint)
                    + "), a key this site does not trust"
                    + (TrustedKeys.isDemoKey(fingerprint) ? " for this bundle (the demo key is trusted for synthetic"
                            + " bundles only)" : "");
        };
    }

    /** What to do about a bundle that is not trusted (the end of the refusal message). */
    String remedy(java.nio.file.Path trustedKeysFolder) {
        String research = "for research only, a site may allow unverified bundles with the setting "
                + TrustPolicy.RESEARCH_SETTING + "=true in the data folder's settings.properties; their results are"
                + " then labelled \"" + RESEARCH_LABEL + "\"";
        return switch (status) {
            case UNSIGNED -> "ask the bundle's author for a signed bundle; " + research;
            case UNTRUSTED_SIGNER -> "if you trust its author, an administrator copies the author's public key (.pub,"
                    + " fingerprint " + fingerprint + ") into " + trustedKeysFolder + "; " + research;
            case TRUSTED -> "";
        };
    }
}
