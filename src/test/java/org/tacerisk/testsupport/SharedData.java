package org.tacerisk.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DynamicTest;

/**
 * The reference data in {@code ../shared} (IBSI phantoms, reference values). CI has it beside the clone; a user's
 * clone may not, and then the tests that need it are skipped with a message saying why.
 */
public final class SharedData {

    /** The reason a test is skipped without ../shared; {@link SkippedTestsSummary} counts tests by it. */
    static final String ABSENT = "skipped: ../shared (IBSI phantoms and reference values) is not beside this clone;"
            + " CI provides it";

    private SharedData() {
    }

    /** {@code ../shared} relative to the project folder (Surefire runs tests there), or null when absent. */
    public static Path root() {
        String override = System.getProperty("tacerisk.shared");
        Path root = override != null ? Path.of(override) : Path.of("..", "shared");
        return Files.isDirectory(root) ? root.toAbsolutePath().normalize() : null;
    }

    /** Resolves {@code relative} under the shared folder, skipping the calling test when it is not there. */
    public static Path require(String relative) {
        Path root = root();
        assumeTrue(root != null, ABSENT);
        Path path = root.resolve(relative);
        assumeTrue(Files.exists(path), "skipped: " + path + " is missing from ../shared");
        return path;
    }

    /** True when {@code relative} exists under the shared folder. */
    public static boolean has(String relative) {
        Path root = root();
        return root != null && Files.exists(root.resolve(relative));
    }

    /**
     * For a {@code @TestFactory} whose data are absent: one dynamic test, skipped with the reason, so that the
     * factory shows as skipped instead of vanishing from the test count.
     */
    public static DynamicTest skipped(String name, String relative) {
        return DynamicTest.dynamicTest(name, () -> require(relative));
    }

    /** The IBSI-1 CT phantom folder ({@code dicom/image}, {@code dicom/mask}, {@code nifti/...}). */
    public static Path ibsiCtPhantom() {
        return require("data/ibsi/ibsi_1_ct_radiomics_phantom");
    }
}
