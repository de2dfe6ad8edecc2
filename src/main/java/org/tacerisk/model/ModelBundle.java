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

    private ModelBundle(Path source, Path root, Path extracted, BundleManifest manifest, RadiomicsSettings settings,
            String manifestSha256, List<Finding> warnings) {
        this.source = source;
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
        return new ModelBundle(source, root, extracted, manifest, settings, identity, warnings);
    }

    private static void checkFiles(Path source, Path root, BundleManifest manifest) throws IOException {
        Map<String, Path> present = BundleFiles.list(root, source);
        present.remove(MANIFEST);
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
