package org.tacerisk.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.Finding;

/**
 * Every check of one installed bundle as named results, for {@code tacerisk bundle verify} and the self-test
 * (docs/model-bundle.md, "Verification"): {@value #MANIFEST} (schema, fields, the digest of its content),
 * {@value #CHECKSUMS} (every file's SHA-256), {@value #SIGNATURE} (the Ed25519 signature matches the manifest),
 * {@value #TRUST} (the signer's key is one the site trusts) and {@value #KNOWN_ANSWER} (this installation computes
 * the stored reference case's probability to {@link KnownAnswer#TOLERANCE}). A check that could not run because an
 * earlier one failed is listed as failed with "not checked".
 *
 * @param bundle         the folder or zip verified
 * @param name           the model's name, or null when the manifest could not be read
 * @param version        the model's version, or null
 * @param label          the bundle's own label (e.g. SYNTHETIC DEMO — not for clinical use), or null
 * @param manifestSha256 SHA-256 of manifest.json (the bundle's identity), or null
 * @param trust          who vouches for the bundle, or null when it could not be loaded
 * @param warnings       the bundle's warnings (an old schema's unprotected manifest)
 * @param files          the number of files whose checksums were verified (0 when refused)
 * @param checks         the named results, in the order above
 * @param refusal        why the bundle could not be loaded (its message names the file and the remedy), or null
 */
public record BundleVerification(Path bundle, String name, String version, String label, String manifestSha256,
        BundleTrust trust, List<Finding> warnings, int files, List<Check> checks, BadInputException refusal) {

    public static final String MANIFEST = "manifest";
    public static final String CHECKSUMS = "checksums";
    public static final String SIGNATURE = "signature";
    public static final String TRUST = "trust";
    public static final String KNOWN_ANSWER = "known answer";

    /** One named check: passed or not, and a line saying what was found. */
    public record Check(String name, boolean passed, String detail) {
    }

    public BundleVerification {
        warnings = List.copyOf(warnings);
        checks = List.copyOf(checks);
    }

    /** True when every check passed. */
    public boolean passed() {
        return checks.stream().allMatch(Check::passed);
    }

    /** The first failed check, or null. */
    public Check firstFailure() {
        return checks.stream().filter(c -> !c.passed()).findFirst().orElse(null);
    }

    /** Runs every check of the bundle folder or zip {@code bundle} against the site's {@code keys}. */
    public static BundleVerification of(Path bundle, TrustedKeys keys) {
        List<Check> checks = new ArrayList<>();
        try (ModelBundle b = ModelBundle.load(bundle)) {
            BundleManifest m = b.manifest();
            checks.add(new Check(MANIFEST, true, "schema " + m.schemaVersion() + (b.warnings().isEmpty()
                    ? ", content matches its digest" : ", no digest (older schema): edits cannot be detected")));
            checks.add(new Check(CHECKSUMS, true, m.files().size() + " files match their SHA-256"));
            BundleTrust trust = BundleTrust.of(b.signature(), m, keys);
            checks.add(b.signature() == null ? new Check(SIGNATURE, false, "not signed")
                    : new Check(SIGNATURE, true, "Ed25519 signature by " + b.signature().signer() + " matches the"
                            + " manifest (key " + b.signature().fingerprint() + ")"));
            checks.add(new Check(TRUST, trust.trusted(), trust.describe()));
            checks.add(knownAnswer(m));
            return new BundleVerification(bundle, m.name(), m.version(), m.label(), b.manifestSha256(), trust,
                    b.warnings(), m.files().size(), checks, null);
        } catch (BadInputException e) {
            failed(e, checks);
            return new BundleVerification(bundle, null, null, null, null, null, List.of(), 0, checks, e);
        }
    }

    private static Check knownAnswer(BundleManifest m) {
        KnownAnswer answer = m.knownAnswer();
        if (answer == null) {
            // older schemas have none: nothing to compare, which is not a failure of the bundle
            return new Check(KNOWN_ANSWER, m.schemaMajor() == BundleManifest.SCHEMA_MAJOR
                    && minor(m) < 6, "not in this bundle (schema " + m.schemaVersion() + "; from 1.6 on)");
        }
        try {
            double p = answer.recompute(m);
            double diff = Math.abs(p - answer.probability());
            String detail = String.format(Locale.ROOT, "reference case: computed %.12f, stored %.12f (difference"
                    + " %.1e, tolerance %.0e)", p, answer.probability(), diff, KnownAnswer.TOLERANCE);
            return new Check(KNOWN_ANSWER, diff <= KnownAnswer.TOLERANCE, detail);
        } catch (BadInputException e) {
            return new Check(KNOWN_ANSWER, false, "the reference case cannot be computed: " + e.getMessage());
        }
    }

    private static int minor(BundleManifest m) {
        return Integer.parseInt(m.schemaVersion().substring(m.schemaVersion().indexOf('.') + 1));
    }

    /** Which check a refusal of {@link ModelBundle#load} belongs to; the ones after it could not run. */
    private static void failed(BadInputException e, List<Check> checks) {
        boolean signatureProblem = e.input() != null && e.input().endsWith(BundleSignature.FILE);
        boolean fileProblem = e.findings().stream().anyMatch(f -> f.code().startsWith("BUNDLE_FILE_"));
        String notChecked = "not checked (an earlier check failed)";
        if (signatureProblem || fileProblem) {
            checks.add(new Check(MANIFEST, true, "content matches its digest"));
        } else {
            checks.add(new Check(MANIFEST, false, e.getMessage()));
            checks.add(new Check(CHECKSUMS, false, notChecked));
        }
        if (signatureProblem) {
            checks.add(new Check(CHECKSUMS, false, notChecked));
            checks.add(new Check(SIGNATURE, false, e.getMessage()));
        } else if (fileProblem) {
            checks.add(new Check(CHECKSUMS, false, e.getMessage()));
            checks.add(new Check(SIGNATURE, false, notChecked));
        } else {
            checks.add(new Check(SIGNATURE, false, notChecked));
        }
        checks.add(new Check(TRUST, false, notChecked));
        checks.add(new Check(KNOWN_ANSWER, false, notChecked));
    }
}
