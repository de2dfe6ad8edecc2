package org.tacerisk.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tacerisk.app.ShellFixtures.awaitIdle;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.common.Progress;
import org.tacerisk.dicom.DicomScanner;
import org.tacerisk.dicom.LoadedSeries;
import org.tacerisk.dicom.SeriesLoader;
import org.tacerisk.dicom.SeriesSelection;
import org.tacerisk.roi.EditableMask;
import org.tacerisk.roi.RoiEditor;
import org.tacerisk.roi.UndoHistory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Work is never lost: a workstation process edits an outline and is killed (SIGKILL, no shutdown hook runs) 10 s
 * after its last edit — the bound for the recovery file. The next start offers the recovery; restoring it
 * opens the series with the identical mask, bit for bit against the same edits made here.
 */
@ExtendWith(ApplicationExtension.class)
class RecoveryAfterKillTest {

    /** The bound: every change is on disk within this. */
    static final long RECOVERY_BOUND_SECONDS = 10;

    @TempDir
    static Path temp;
    static Path data;
    static Path folder;
    static List<String> childOutput = new ArrayList<>();

    private MainWindow window;

    @BeforeAll
    static void editInAnotherProcessAndKillIt() throws Exception {
        folder = temp.resolve("ct");
        ShellFixtures.series(folder, 3, "PV portal venous", 12, 32);
        data = Files.createDirectories(temp.resolve("data"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path")));
        for (String p : List.of("glass.platform", "monocle.platform", "prism.order", "headless.geometry",
                "java.awt.headless")) {
            if (System.getProperty(p) != null) {
                command.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        command.addAll(List.of(RecoveryChild.class.getName(), data.toString(), folder.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            Thread reader = new Thread(() -> out.lines().forEach(childOutput::add));
            reader.setDaemon(true);
            reader.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!childOutput.contains("EDITED") && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(childOutput.contains("EDITED"), "the child edited: " + childOutput);
            Thread.sleep(TimeUnit.SECONDS.toMillis(RECOVERY_BOUND_SECONDS));
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            assertEquals(137, child.exitValue(), "killed by SIGKILL");
        } finally {
            child.destroyForcibly();
        }
    }

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, new WorkstationOptions(null, null, null, false), data);
        window.show();
    }

    @Test
    void theNextStartOffersTheRecoveryAndRestoresTheIdenticalMask(FxRobot robot) throws IOException {
        awaitIdle(window);
        assertTrue(window.notice().isShowing(), "the recovery is offered");
        assertTrue(window.notice().message().contains("An outline you had not saved was found"),
                window.notice().message());
        Screenshots.save(window.sceneRoot(), "recovery-offered");
        robot.clickOn("#recoveryRestore");
        awaitIdle(window);
        awaitIdle(window);
        assertEquals(MainWindow.Screen.VIEWER, window.screen(), window.status().message());
        assertTrue(window.outline().restored().isPresent());

        LoadedSeries series = SeriesLoader.load(SeriesSelection.choose(DicomScanner.scan(folder, Progress.NONE),
                null), Progress.NONE);
        RoiEditor expected = new RoiEditor(series.volume(), new EditableMask(series.volume().geometry()),
                new UndoHistory());
        RecoveryChild.edit(expected);
        assertFalse(expected.mask().isEmpty());
        assertArrayEquals(expected.mask().toMask().toByteArray(), window.mask().toByteArray(),
                "the identical mask after kill -9");
        assertTrue(window.notice().message().contains("was restored"), window.notice().message());
        Screenshots.save(window.sceneRoot(), "recovery-restored");
    }
}
