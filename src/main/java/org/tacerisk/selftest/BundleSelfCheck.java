package org.tacerisk.selftest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tacerisk.common.Progress;
import org.tacerisk.model.BundleVerification;
import org.tacerisk.model.BundlePrediction;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.model.TrustedKeys;
import org.tacerisk.predict.CasePredictor;
import org.tacerisk.predict.DemoCase;

/**
 * One installed model bundle, verified as {@code tacerisk bundle verify --require-trusted} does
 * ({@link BundleVerification}: manifest, the SHA-256 of every file, the Ed25519 signature, a signer the site trusts,
 * the known-answer prediction stored in the bundle); any failed check fails the row with its reason. For the
 * SYNTHETIC demo bundle the demo case is also predicted end to end (DICOM, radiomics, deep model, combined model).
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
        BundleVerification v = BundleVerification.of(bundle, TrustedKeys.of(dataFolder));
        BundleVerification.Check failed = v.firstFailure();
        if (failed != null) {
            throw new IllegalStateException(failed.name() + ": " + failed.detail());
        }
        String verified = v.name() + " " + v.version() + ": " + v.checks().stream()
                .map(BundleVerification.Check::name).collect(Collectors.joining(", ")) + " passed ("
                + v.files() + " files, manifest SHA-256 " + v.manifestSha256().substring(0, 12) + "…)";
        try (ModelBundle b = ModelBundle.load(bundle)) {
            return Boolean.TRUE.equals(b.manifest().synthetic()) ? verified + "; " + demoPrediction(b) : verified;
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
