package org.tacerisk.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.tacerisk.common.BadInputException;
import org.tacerisk.radiomics.RadiomicsSettings;
import org.tacerisk.radiomics.RadiomicsSettingsYaml;

/**
 * Writes a model bundle folder: {@code manifest.json}, the radiomics settings YAML, the deep model copied into
 * {@code deep/} (without its list of training patients), and extra files (figures, reports). Every file but the
 * manifest gets its SHA-256 in the manifest's {@code files}. The bundle is assembled in a hidden temporary folder beside the target and moved into place at the
 * end, so a reader never sees half a bundle. An existing target is never overwritten: a published bundle version is
 * immutable; write a new version instead.
 */
public final class ModelBundleWriter {

    public static final String SETTINGS_FILE = "radiomics.yaml";
    public static final String DEEP_FOLDER = "deep";
    /**
     * Files of a deep model folder a bundle leaves out: the trainer's list of its training patients
     * ({@code deep.TrainingCasesFile}; patient identifiers stay with the research group, a bundle is shared).
     */
    public static final Set<String> DEEP_FILES_LEFT_OUT = Set.of("training-cases.csv");

    private final BundleManifest manifest;
    private RadiomicsSettings settings;
    private Path deepModel;
    private final Map<String, Path> extras = new LinkedHashMap<>();
    private ModelBundle parent;

    /** {@code manifest}'s files, radiomicsSettings and deepModel are filled in by {@link #write}. */
    public ModelBundleWriter(BundleManifest manifest) {
        this.manifest = manifest;
    }

    /**
     * A writer for a bundle derived from {@code parent} (an update, docs/model-updating.md): every file the parent
     * lists is copied byte for byte, and {@code manifest}'s radiomicsSettings and deepModel (the parent's) are kept;
     * extra files are added beside them (an extra named as a parent's file, such as the parent's own update report,
     * replaces it).
     */
    public static ModelBundleWriter derivedFrom(ModelBundle parent, BundleManifest manifest) {
        ModelBundleWriter w = new ModelBundleWriter(manifest);
        w.parent = parent;
        return w;
    }

    public ModelBundleWriter radiomicsSettings(RadiomicsSettings value) {
        this.settings = value;
        return this;
    }

    /** A deep model folder (as {@code DeepModels.load} reads) to copy into {@code deep/}. */
    public ModelBundleWriter deepModel(Path folder) {
        this.deepModel = folder;
        return this;
    }

    /** An extra file (e.g. {@code figures/calibration.png}) copied from {@code source}. */
    public ModelBundleWriter extraFile(String relativePath, Path source) {
        ManifestChecks.relativePath("extra file", relativePath);
        if (relativePath.equals(ModelBundle.MANIFEST) || relativePath.equals(SETTINGS_FILE)
                || relativePath.startsWith(DEEP_FOLDER + "/")) {
            throw new IllegalArgumentException("\"" + relativePath + "\" is reserved for the bundle's own files");
        }
        extras.put(relativePath, source);
        return this;
    }

    /** Writes the bundle to the new folder {@code target}; returns the manifest as written (with checksums). */
    public BundleManifest write(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            throw new BadInputException(target, "already exists; a bundle is never overwritten (write a new"
                    + " version to a new folder)");
        }
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path temp = parent.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            Files.createDirectory(temp);
            BundleManifest written = fill(temp);
            Files.writeString(temp.resolve(ModelBundle.MANIFEST), ManifestJson.write(written), StandardCharsets.UTF_8);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute);
            }
            return written;
        } finally {
            BundleFiles.deleteTree(temp);
        }
    }

    /** Writes {@code bundleDir} (a written bundle) as a zip with reproducible bytes. */
    public static void zip(Path bundleDir, Path zipFile) throws IOException {
        BundleZip.export(bundleDir, zipFile);
    }

    private BundleManifest fill(Path dir) throws IOException {
        if (parent != null) {
            for (String name : parent.manifest().files().keySet()) {
                if (extras.containsKey(name)) {
                    continue; // the parent's own update report, replaced by this update's
                }
                Path file = dir.resolve(name);
                Files.createDirectories(file.getParent());
                Files.copy(parent.file(name), file);
            }
            copyExtras(dir);
            return withKnownAnswer(manifest.withFiles(checksums(dir)));
        }
        String settingsPath = null;
        if (settings != null) {
            settingsPath = manifest.radiomicsSettings() != null ? manifest.radiomicsSettings() : SETTINGS_FILE;
            Path file = dir.resolve(settingsPath);
            Files.createDirectories(file.getParent());
            Files.writeString(file, RadiomicsSettingsYaml.toYaml(settings), StandardCharsets.UTF_8);
        }
        String deepPath = null;
        if (deepModel != null) {
            if (!Files.isDirectory(deepModel)) {
                throw new BadInputException(deepModel, "the deep model must be a model folder (model.json + the"
                        + " network)");
            }
            deepPath = DEEP_FOLDER;
            BundleFiles.copyTree(deepModel, dir.resolve(DEEP_FOLDER), DEEP_FILES_LEFT_OUT);
        }
        copyExtras(dir);
        return withKnownAnswer(manifest.withRadiomicsSettings(settingsPath).withDeepModel(deepPath)
                .withFiles(checksums(dir)));
    }

    /** The reference case recomputed from what is written, so it always belongs to this manifest (and model). */
    private static BundleManifest withKnownAnswer(BundleManifest filled) {
        return filled.withKnownAnswer(KnownAnswer.reference(filled));
    }

    private void copyExtras(Path dir) throws IOException {
        for (Map.Entry<String, Path> e : extras.entrySet()) {
            Path file = dir.resolve(e.getKey());
            if (Files.exists(file)) {
                throw new IllegalArgumentException("\"" + e.getKey() + "\" is given twice");
            }
            Files.createDirectories(file.getParent());
            Files.copy(e.getValue(), file);
        }
    }

    private static Map<String, String> checksums(Path dir) throws IOException {
        Map<String, String> sums = new TreeMap<>();
        for (Map.Entry<String, Path> e : BundleFiles.list(dir, dir).entrySet()) {
            sums.put(e.getKey(), BundleFiles.sha256(e.getValue()));
        }
        return sums;
    }
}
