package org.tacerisk.selftest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.tacerisk.common.AppFolders;

/**
 * The installation's self-test ({@code tacerisk selftest}, and Help → Self-test in the workstation): runs each
 * {@link SelfCheck} in turn, catching every failure into its row, so that one broken part never hides the others.
 * It needs no network and writes only into the data folder (and removes what it wrote).
 */
public final class SelfTest {

    private SelfTest() {
    }

    /**
     * The installation's checks, in table order: runtime, JavaFX, DICOM codecs, PyTorch, then one per installed
     * bundle.
     *
     * @param dataFolder the application's data folder (checked writable; scratch files go below it)
     * @param models     the folder of installed bundles ({@code models/})
     */
    public static List<SelfCheck> checks(Path dataFolder, Path models) {
        List<SelfCheck> checks = new ArrayList<>();
        checks.add(new RuntimeSelfCheck(dataFolder));
        checks.add(new JavaFxSelfCheck());
        checks.add(new DicomCodecsSelfCheck(dataFolder));
        checks.add(new PyTorchSelfCheck());
        checks.addAll(BundleSelfCheck.forInstalled(models, dataFolder));
        return checks;
    }

    /** The checks of this installation ({@link AppFolders}). */
    public static List<SelfCheck> installed() {
        return checks(AppFolders.dataFolder(), AppFolders.shipped(AppFolders.MODELS));
    }

    /** Runs every check; {@code each} sees each row as it is done (progress in the CLI and the workstation). */
    public static List<CheckResult> run(List<SelfCheck> checks, Consumer<CheckResult> each) {
        List<CheckResult> results = new ArrayList<>();
        for (SelfCheck check : checks) {
            CheckResult r = runOne(check);
            results.add(r);
            each.accept(r);
        }
        return results;
    }

    /** Whether every row passed (and there is at least one). */
    public static boolean allPassed(List<CheckResult> results) {
        return !results.isEmpty() && results.stream().allMatch(CheckResult::passed);
    }

    static CheckResult runOne(SelfCheck check) {
        long begin = System.nanoTime();
        boolean passed;
        String detail;
        try {
            detail = check.run();
            passed = true;
        } catch (Exception | LinkageError e) {
            // a missing native library or class is a failed row, not a crash of the self-test
            passed = false;
            detail = reason(e);
        }
        return new CheckResult(check.name(), passed, detail, Duration.ofNanos(System.nanoTime() - begin));
    }

    /** Removes a scratch folder a check made under the data folder, with everything in it. */
    static void deleteScratch(Path root) throws java.io.IOException {
        try (java.util.stream.Stream<Path> paths = java.nio.file.Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.deleteIfExists(p);
            }
        }
    }

    private static String reason(Throwable e) {
        String message = e.getMessage();
        String why = message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
        Throwable cause = e.getCause();
        if (cause != null && cause != e && cause.getMessage() != null && !why.contains(cause.getMessage())) {
            why += " (" + cause.getMessage() + ")";
        }
        return why.replace('\n', ' ');
    }
}
