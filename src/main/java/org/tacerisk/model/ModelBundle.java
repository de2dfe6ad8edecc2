package org.tacerisk.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.tacerisk.common.AppTemp;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.Finding;
import org.tacerisk.radiomics.RadiomicsSettings;
import org.tacerisk.radiomics.RadiomicsSettingsYaml;

/**
 * A verified model bundle (docs/model-bundle.md). {@link #load} reads the manifest, refuses unknown schema major
 * versions, refuses a manifest whose content does not match its digest ({@link ManifestDigest}: it was edited),
 * checks the SHA-256 of every listed file, refuses missing and unlisted files, and reads the radiomics
 * settings; only then is the bundle handed out. A zip is extracted to a temporary folder first and that copy is
 * verified and used; {@link #close} deletes it (a folder bundle is left as it is).
 */
public final class ModelBundle implements AutoCloseable {

    public static final String MANIFEST = "manifest.json";

    private final Path source;
    private final Path root;
    private final Path extracted;
    private final BundleManifest manifest;
    private final RadiomicsSettings radiomicsSettings;
    private final String manifestSha256;
    private final List<Finding> warnings;
    private final BundleSignature signature;
    private final BundleTrust trust;

    private ModelBundle(Path source, Path root, Path extracted, BundleManifest manifest, RadiomicsSettings settings,
            String manifestSha256, List<Finding> warnings, BundleSignature signature, BundleTrust trust) {
        this.source = source;
        this.signature = signature;
        this.trust = trust;
        this.manifestSha256 = manifestSha256;
        this.warnings = List.copyOf(warnings);
        this.root = root;
        this.extracted = extracted;
        this.manifest = manifest;
        this.radiomicsSettings = settings;
    }

    /**
     * Loads and verifies a bundle folder or zip; close it when done.
     *
     * @throws BadInputException naming the offending file when the bundle is missing, damaged, modified or of an
     *                           unsupported schema version
     */
    public static ModelBundle load(Path dirOrZip) {
        if (!Files.exists(dirOrZip)) {
            throw new BadInputException(dirOrZip, "no such model bundle (give the bundle folder or its .zip)");
        }
        try {
            if (Files.isDirectory(dirOrZip)) {
                return verified(dirOrZip, dirOrZip, null);
            }
            Path temp = AppTemp.directory("bundle-");
            try {
                BundleZip.extract(dirOrZip, temp);
                return verified(dirOrZip, bundleRoot(temp), temp);
            } catch (RuntimeException | IOException e) {
                BundleFiles.deleteTree(temp);
                throw e;
            }
        } catch (IOException e) {
            throw new BadInputException(dirOrZip, "cannot read the model bundle: " + e, e);
        }
    }

    /**
     * Loads and verifies a bundle as {@link #load(Path)}, then applies the site's {@code policy}: a bundle signed by
     * a trusted key is handed out as it is; an unsigned one, or one signed by a key the site does not trust, only
     * when the policy allows research use, and then with {@link BundleTrust#RESEARCH_LABEL} before its label, so
     * every screen, output and report that shows the label shows it too.
     *
     * @throws BadInputException as {@link #load(Path)}, and naming the problem and the remedy when the bundle is
     *                           not trusted and research use is not allowed
     */
    public static ModelBundle load(Path dirOrZip, TrustPolicy policy) {
        ModelBundle b = load(dirOrZip);
        BundleTrust trust = BundleTrust.of(b.signature, b.manifest, policy.keys());
        if (trust.trusted()) {
            return b.withTrust(trust, b.manifest);
        }
        if (!policy.researchUse()) {
            b.close();
            throw new UntrustedBundleException(dirOrZip, "model " + b.manifest.name() + " " + b.manifest.version()
                    + " is " + trust.describe() + ", so it is not used; " + trust.remedy(policy.trustedKeysFolder()),
                    trust);
        }
        String label = b.manifest.label().isEmpty() ? BundleTrust.RESEARCH_LABEL
                : BundleTrust.RESEARCH_LABEL + " · " + b.manifest.label();
        List<Finding> warnings = new ArrayList<>(b.warnings);
        warnings.add(Finding.warning("BUNDLE_NOT_VERIFIED", "model " + b.manifest.name() + " " + b.manifest.version()
                + " is " + trust.describe() + "; it is used for research only (research use is allowed)",
                "do not use its results for patient care"));
        return new ModelBundle(b.source, b.root, b.extracted, b.manifest.withLabel(label), b.radiomicsSettings,
                b.manifestSha256, warnings, b.signature, trust);
    }

    private ModelBundle withTrust(BundleTrust value, BundleManifest m) {
        return new ModelBundle(source, root, extracted, m, radiomicsSettings, manifestSha256, warnings, signature,
                value);
    }

    /** Loads, verifies and closes: the check of {@code tacerisk bundle verify}. */
    public static BundleManifest verify(Path dirOrZip) {
        try (ModelBundle bundle = load(dirOrZip)) {
            return bundle.manifest();
        }
    }

    /** A zip holds the bundle at its top level or in one folder. */
    private static Path bundleRoot(Path extracted) throws IOException {
        if (Files.exists(extracted.resolve(MANIFEST))) {
            return extracted;
        }
        try (Stream<Path> top = Files.list(extracted)) {
            List<Path> entries = top.toList();
            if (entries.size() == 1 && Files.isDirectory(entries.get(0))) {
                return entries.get(0);
            }
        }
        return extracted;
    }

    private static ModelBundle verified(Path source, Path root, Path extracted) throws IOException {
        byte[] json;
        try {
            json = Files.readAllBytes(root.resolve(MANIFEST));
        } catch (NoSuchFileException e) {
            throw new BadInputException(source, "not a model bundle: " + MANIFEST + " is missing (a bundle holds "
                    + MANIFEST + " and the files it lists, see docs/model-bundle.md)");
        }
        List<Finding> warnings = ManifestDigest.check(json, source.resolve(MANIFEST));
        BundleManifest manifest = ManifestJson.read(json, source.resolve(MANIFEST));
        BundleSignature signature = BundleSignature.read(root, source);
        if (signature != null) {
            signature.check(json, source);
        }
        checkFiles(source, root, manifest);
        RadiomicsSettings settings = null;
        if (manifest.radiomicsSettings() != null) {
            String rel = manifest.radiomicsSettings();
            try {
                settings = RadiomicsSettingsYaml.parse(Files.readString(root.resolve(rel)), Path.of(rel));
            } catch (BadInputException e) {
                throw new BadInputException(source, "the bundle's radiomics settings are invalid: " + e.getMessage(),
                        e);
            }
        }
        String identity = java.util.HexFormat.of().formatHex(BundleFiles.sha256(json));
        return new ModelBundle(source, root, extracted, manifest, settings, identity, warnings, signature, null);
    }

    private static void checkFiles(Path source, Path root, BundleManifest manifest) throws IOException {
        Map<String, Path> present = BundleFiles.list(root, source);
        present.remove(MANIFEST);
        present.remove(BundleSignature.FILE);
        List<Finding> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : manifest.files().entrySet()) {
            String name = e.getKey();
            Path file = present.remove(name);
            if (file == null) {
                problems.add(Finding.error("BUNDLE_FILE_MISSING", "bundle file " + name + " is missing (the bundle"
                        + " is incomplete or damaged)", "re-install the bundle").about(name));
            } else if (!BundleFiles.sha256(file).equals(e.getValue())) {
                problems.add(Finding.error("BUNDLE_FILE_MODIFIED", "bundle file " + name + " does not match its"
                        + " SHA-256 (the bundle was modified or damaged)", "re-install the bundle").about(name));
            }
        }
        for (String name : present.keySet()) {
            problems.add(Finding.error("BUNDLE_FILE_UNLISTED", "bundle file " + name + " is not listed in "
                    + MANIFEST + " (a file was added to the bundle)", "remove it or re-install the bundle")
                    .about(name));
        }
        if (manifest.radiomicsSettings() != null && !manifest.files().containsKey(manifest.radiomicsSettings())) {
            problems.add(Finding.error("BUNDLE_FILE_UNLISTED", "the radiomics settings "
                    + manifest.radiomicsSettings() + " are not listed in the manifest's files", "re-install the"
                    + " bundle").about(manifest.radiomicsSettings()));
        }
        String deep = manifest.deepModel();
        if (deep != null && manifest.files().keySet().stream().noneMatch(f -> f.startsWith(deep + "/"))) {
            problems.add(Finding.error("BUNDLE_FILE_MISSING", "the deep model folder " + deep + " has no files"
                    + " listed in the manifest", "re-install the bundle").about(deep));
        }
        if (!problems.isEmpty()) {
            Finding first = problems.get(0);
            String more = problems.size() == 1 ? "" : " (and " + (problems.size() - 1) + " more problem"
                    + (problems.size() == 2 ? "" : "s") + ")";
            throw new BadInputException(source, first.message() + "; " + first.advice() + more, problems, null);
        }
    }

    /** The folder or zip the bundle was loaded from. */
    public Path source() {
        return source;
    }

    /** The verified bundle folder (for a zip: the extracted copy, valid until {@link #close}). */
    public Path root() {
        return root;
    }

    public BundleManifest manifest() {
        return manifest;
    }

    /**
     * SHA-256 of manifest.json: the manifest lists the SHA-256 of every other file, so this one value identifies the
     * whole bundle, coefficients included; a result should cite it with the name and version.
     */
    public String manifestSha256() {
        return manifestSha256;
    }

    /**
     * What a user of the bundle must be told although it loaded: a WARNING when its manifest (schema 1.0 or 1.1)
     * carries no digest, so an edit of it cannot be detected. Empty for a bundle of this version.
     */
    public List<Finding> warnings() {
        return warnings;
    }

    /** The bundle's signature (checked against its manifest while loading), or null when it is unsigned. */
    public BundleSignature signature() {
        return signature;
    }

    /**
     * Who vouches for the bundle under the site's policy ({@link #load(Path, TrustPolicy)}), or null when it was
     * loaded without one ({@link #load(Path)}: integrity only).
     */
    public BundleTrust trust() {
        return trust;
    }

    /** The radiomics settings the features were extracted with, or null when the bundle has none. */
    public RadiomicsSettings radiomicsSettings() {
        return radiomicsSettings;
    }

    /** The deep model folder (for {@code DeepModels.load} and {@code tacerisk deep infer --model}), or null. */
    public Path deepModelDir() {
        return manifest.deepModel() == null ? null : root.resolve(manifest.deepModel());
    }

    /** A listed file of the bundle. */
    public Path file(String relativePath) {
        if (!manifest.files().containsKey(relativePath)) {
            throw new IllegalArgumentException("\"" + relativePath + "\" is not a file of this bundle");
        }
        return root.resolve(relativePath);
    }

    /** The combined model's predictor. */
    public BundlePredictor predictor() {
        return BundlePredictor.of(manifest);
    }

    @Override
    public void close() {
        try {
            BundleFiles.deleteTree(extracted);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the extracted bundle " + extracted, e);
        }
    }
}
