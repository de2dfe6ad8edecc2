package org.tacerisk.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tacerisk.app.ShellFixtures.awaitIdle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.casefile.CaseFile;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 16: a case save that fails once the new file is written (the move over the target is refused: the target
 * is a folder) tells the user in the problem banner — visible, not modal, naming the reason — leaves what was
 * there and the earlier save untouched, leaves no partial file, and the case can still be saved. The byte-level
 * disk-full simulation is {@code CaseSaveDiskFullTest}; both go through the same atomic writer.
 */
@ExtendWith(ApplicationExtension.class)
class CaseSaveFailureWindowTest {

    @TempDir
    static Path temp;

    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        window = ShellFixtures.demoWindow(stage, temp);
    }

    @Test
    void aFailedSaveIsShownWithoutADialogAndChangesNoFile(FxRobot robot) throws IOException {
        ShellFixtures.computeDemoCase(robot, window);
        Path saved = temp.resolve("saved" + CaseFile.EXTENSION);
        robot.interact(() -> window.caseDocument().saveTo(saved));
        awaitIdle(window);
        byte[] before = Files.readAllBytes(saved);

        Path blocked = Files.createDirectories(temp.resolve("blocked" + CaseFile.EXTENSION));
        Files.writeString(blocked.resolve("inside.txt"), "kept");
        robot.interact(() -> window.caseDocument().saveTo(blocked));
        awaitIdle(window);

        assertTrue(window.problem().isShowing(), "the failure is shown: " + window.status().message());
        String shown = SeriesBrowserWindowTest.texts(robot.lookup("#problem").query());
        assertTrue(shown.contains("The case could not be saved"), shown);
        assertTrue(shown.contains("blocked.tacerisk") && shown.toLowerCase(java.util.Locale.ROOT).contains("cannot write") && shown.contains("unchanged")
                && !shown.contains(".part"), "names the case file and what happened, not a temporary file: " + shown);
        ShellFixtures.assertNoStackTrace(shown);
        assertEquals(1, javafx.stage.Window.getWindows().size(), "no dialog: the banner is in the window");
        Screenshots.save(window.sceneRoot(), "case-save-failed");
        assertEquals("kept", Files.readString(blocked.resolve("inside.txt")));
        assertArrayEquals(before, Files.readAllBytes(saved), "the earlier save is untouched");
        try (Stream<Path> s = Files.list(temp)) {
            List<String> partial = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".part")).toList();
            assertEquals(List.of(), partial, "no partial file is left");
        }

        Path again = temp.resolve("again" + CaseFile.EXTENSION);
        robot.interact(() -> window.caseDocument().saveTo(again));
        awaitIdle(window);
        assertTrue(Files.isRegularFile(again), "the case can still be saved: " + window.status().message());
    }
}
