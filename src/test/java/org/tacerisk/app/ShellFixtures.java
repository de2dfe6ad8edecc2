package org.tacerisk.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.tacerisk.dicom.CtSeriesWriter;
import org.tacerisk.dicom.CtWriteOptions;
import org.tacerisk.dicom.RtStructWriter;
import org.tacerisk.dicom.SeriesReference;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Volume;
import org.testfx.util.WaitForAsyncUtils;

/**
 * DICOM folders for the shell's tests, written with {@link CtSeriesWriter}: a small abdomen-like CT (an air
 * background, a soft-tissue ellipse, a brighter blob) that a thumbnail shows, series with errors, corrupt files, and
 * a tampered copy of the demo bundle.
 */
final class ShellFixtures {

    static final String STUDY_UID = "2.25.1234567";

    private ShellFixtures() {
    }

    /** A CT series of {@code slices} 64 × 64 slices, 0.7 mm pixels, 2.5 mm slices. */
    static SeriesReference series(Path folder, int number, String description, int slices, int matrix)
            throws IOException {
        return CtSeriesWriter.write(phantom(slices, matrix), folder, CtWriteOptions.builder()
                .patient("TEST^SHELL", "SHELL-1", "", "O")
                .study(STUDY_UID, "20240131", "120000", "1", "", "CT abdomen")
                .series(null, number, description, "2.25.7654321").build());
    }

    static Volume phantom(int slices, int matrix) {
        ImageGeometry g = ImageGeometry.axisAligned(matrix, matrix, slices, new double[] {0.7, 0.7, 2.5},
                new double[] {-22, -22, 0});
        short[] v = new short[g.voxelCount()];
        for (int k = 0; k < slices; k++) {
            for (int j = 0; j < matrix; j++) {
                for (int i = 0; i < matrix; i++) {
                    double x = (i - matrix / 2.0) / (matrix * 0.45);
                    double y = (j - matrix / 2.0) / (matrix * 0.35);
                    double bx = (i - matrix * 0.62) / (matrix * 0.12);
                    double by = (j - matrix * 0.45) / (matrix * 0.12);
                    short hu = x * x + y * y > 1 ? -1000 : bx * bx + by * by < 1 ? (short) 150 : 40;
                    v[g.index(i, j, k)] = hu;
                }
            }
        }
        return Volume.ofShorts(g, v, Volume.HU);
    }

    /** A structure set with one ROI "GTV" (a box in the middle slices) drawn on {@code series}. */
    static Path structureSet(SeriesReference series, Volume ct, Path file) throws IOException {
        ImageGeometry g = ct.geometry();
        byte[] m = new byte[g.voxelCount()];
        for (int k = g.nz() / 2 - 1; k <= g.nz() / 2 + 1; k++) {
            for (int j = 20; j < 30; j++) {
                for (int i = 30; i < 42; i++) {
                    m[g.index(i, j, k)] = 1;
                }
            }
        }
        RtStructWriter.write(Mask.of(g, m), series, "GTV", file);
        return file;
    }

    /** Removes the middle file: the series misses a slice (an error: it will not load). */
    static Path withMissingSlice(Path seriesFolder) throws IOException {
        List<Path> files = files(seriesFolder);
        Path gone = files.get(files.size() / 2);
        Files.delete(gone);
        return gone;
    }

    /** Cuts {@code file} to its first 100 bytes: not readable as DICOM any more. */
    static void truncate(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, 100));
    }

    static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** A copy of the installation's demo bundle with one byte of its radiomics settings changed. */
    static Path tamperedBundle(Path dir) throws IOException {
        Path copy = copyTree(Installation.demoBundle(), dir.resolve("tampered-bundle"));
        Path settings = copy.resolve("radiomics.yaml");
        Files.writeString(settings, Files.readString(settings) + "\n# edited\n");
        return copy;
    }

    static Path copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    /** Waits until the window's background work is done and the JavaFX thread has shown its result. */
    static void awaitIdle(MainWindow window) {
        try {
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !window.work().isBusy());
            WaitForAsyncUtils.waitForFxEvents();
        } catch (TimeoutException e) {
            throw new AssertionError("background work did not finish: " + window.status().message(), e);
        }
    }

    /** The demo case in {@code window} with the typical clinical values typed, computed (Compute clicked). */
    static void computeDemoCase(org.testfx.api.FxRobot robot, MainWindow window) {
        awaitIdle(window);
        CaseFileWindowTest.typeAll(robot, window.casePanel());
        robot.clickOn("#computeButton");
        awaitIdle(window);
    }

    /** A window on the demo case in English with its own data folder under {@code temp}. */
    static MainWindow demoWindow(javafx.stage.Stage stage, Path temp) throws IOException {
        MainWindow window = new MainWindow(stage, new WorkstationOptions(null, null, null, true,
                java.util.Locale.ENGLISH), Files.createTempDirectory(temp, "data"));
        window.show();
        return window;
    }

    static void assertNoStackTrace(String shown) {
        assertTrue(!shown.matches("(?s).*\\bat (org|java|javafx|com)\\.[\\w.$]+\\(.*"),
                "a stack trace is shown: " + shown);
    }
}
