package org.tacerisk.selftest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.tacerisk.common.Progress;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.model.BundlePrediction;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.predict.CasePredictor;
import org.tacerisk.predict.DemoCase;

/**
 * One installed model bundle: loaded and verified as {@code tacerisk bundle verify} does (schema, manifest digest,
 * the SHA-256 of every file); for the SYNTHETIC demo bundle, the demo case is also predicted end to end (DICOM,
 * radiomics, deep model, combined model) and its probability reported. A known-answer prediction stored in the
 * bundle, compared here, is not part of the manifest yet.
 */
public final class BundleSelfCheck implements SelfCheck {

    private final Path bundle;
    private final Path dataFolder;

    BundleSelfCheck(Path bundle, Path dataFolder) {
        this.bundle = bundle;
        this.dataFolder = dataFolder;
    }

    /** One check per bundle (a folder with a manifest, or a .zip) in {@code models}; none when it does not exist. */
    static List<SelfCheck> forInstalled(Path models, Path dataFolder) {
        List<SelfCheck> checks = new ArrayList<>();
        if (!Files.isDirectory(models)) {
            return checks;
        }
        try (Stream<Path> entries = Files.list(models)) {
            entries.filter(p -> Files.isRegularFile(p.resolve(ModelBundle.MANIFEST))
                    || p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip"))
                    .sorted().forEach(p -> checks.add(new BundleSelfCheck(p, dataFolder)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot list the model folder " + models + ": " + e.getMessage(), e);
        }
        return checks;
    }

    @Override
    public String name() {
        return "Bundle " + bundle.getFileName();
    }

    @Override
    public String run() throws IOException {
        try (ModelBundle b = ModelBundle.load(bundle)) {
            BundleManifest m = b.manifest();
            String verified = m.name() + " " + m.version() + ": " + m.files().size() + " files verified (manifest"
                    + " SHA-256 " + b.manifestSha256().substring(0, 12) + "…)";
            if (!m.synthetic()) {
                return verified + "; no known-answer prediction in this bundle";
            }
            return verified + "; " + demoPrediction(b);
        }
    }

    /** Predicts the SYNTHETIC demo patient in a scratch folder under the data folder, removed afterwards. */
    private String demoPrediction(ModelBundle b) throws IOException {
        Files.createDirectories(dataFolder);
        Path scratch = Files.createTempDirectory(dataFolder, "selftest-demo-");
        try (CasePredictor predictor = CasePredictor.open(b)) {
            BundlePrediction p = DemoCase.open(scratch, predictor, Progress.NONE).prediction().prediction();
            return String.format(Locale.ROOT, "demo case predicted: %.1f %% (95 %% CI %.1f-%.1f %%), %s",
                    100 * p.probability(), 100 * p.probabilityLow(), 100 * p.probabilityHigh(), p.riskGroup());
        } finally {
            SelfTest.deleteScratch(scratch);
        }
    }
}
