package org.tacerisk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tacerisk.app.SeriesBrowserWindowTest.texts;
import static org.tacerisk.app.ShellFixtures.assertNoStackTrace;
import static org.tacerisk.app.ShellFixtures.awaitIdle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.model.ModelBundle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The start screen: open a folder, the demo case, recent folders and the active model bundle (name, version,
 * intended use, SYNTHETIC label also in the status bar); a tampered bundle is refused with the file named while the
 * previous bundle stays active; F1 and ? show every shortcut; the recent list survives a restart.
 */
@ExtendWith(ApplicationExtension.class)
class StartScreenWindowTest {

    @TempDir
    static Path temp;

    private Path data;
    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        data = Files.createTempDirectory(temp, "data");
        RecentCases earlier = new RecentCases(data);
        earlier.add(temp.resolve("exports").resolve("CT_LIVER_2024"), "Portal venous 1.0 mm",
                Instant.parse("2026-11-30T08:15:00Z"));
        window = new MainWindow(stage, WorkstationOptions.none(), data);
        window.show();
    }

    @Test
    void theStartScreenOffersTheActionsTheRecentFoldersAndTheActiveBundle(FxRobot robot) {
        awaitIdle(window);
        assertEquals(MainWindow.Screen.START, window.screen());
        assertNotNull(robot.lookup("#startOpen").query());
        assertNotNull(robot.lookup("#startDemo").query());
        assertNotNull(robot.lookup("#dropZone").query());
        ListView<?> recent = robot.lookup("#recentCases").queryAs(ListView.class);
        assertEquals(1, recent.getItems().size(), "the list saved before the start is read back");
        BundleManifest demo = ModelBundle.verify(Installation.demoBundle());
        String manifestName = demo.name();
        String card = texts(robot.lookup("#startBundleCard").query());
        assertTrue(card.contains(manifestName), card);
        assertEquals("0.4.0", demo.version(), "the demo bundle with the study's clinical predictors");
        assertTrue(card.contains("Version 0.4.0"), card);
        assertTrue(card.contains("Intended use: Demonstration"), card);
        assertTrue(card.contains("SYNTHETIC DEMO — not for clinical use"), card);
        assertTrue(robot.lookup("#statusBundle").queryAs(Label.class).getText().contains(manifestName));
        Label badge = robot.lookup("#statusSynthetic").queryAs(Label.class);
        assertTrue(badge.isVisible() && badge.getText().startsWith("SYNTHETIC"), badge.getText());
        Screenshots.save(window.sceneRoot(), "start-screen");
    }

    @Test
    void aTamperedBundleIsRefusedNamingTheFileAndThePreviousBundleStays(FxRobot robot) throws IOException {
        Path tampered = ShellFixtures.tamperedBundle(temp.resolve("t" + System.nanoTime()));
        awaitIdle(window);
        BundleSummary before = window.bundleSummary();
        assertNotNull(before);
        robot.interact(() -> window.loadBundle(tampered));
        awaitIdle(window);
        assertTrue(window.problem().isShowing());
        String shown = texts(robot.lookup("#problem").query());
        assertTrue(shown.contains("The model bundle was refused"), shown);
        assertTrue(shown.contains("radiomics.yaml"), "names the modified file: " + shown);
        assertTrue(shown.contains(tampered.toString()), "names the bundle: " + shown);
        assertNoStackTrace(shown);
        assertEquals(before, window.bundleSummary(), "the previous bundle stays active");
        assertTrue(texts(robot.lookup("#startBundleCard").query()).contains(before.name()));
        Screenshots.save(window.sceneRoot(), "problem-tampered-bundle");

        robot.interact(() -> window.loadBundle(Installation.demoBundle()));
        awaitIdle(window);
        assertFalse(window.problem().isShowing(), "the next action works");
        assertEquals(before.name(), window.bundleSummary().name());
    }

    @Test
    void f1AndQuestionMarkShowEveryShortcutAndEscCloses(FxRobot robot) {
        awaitIdle(window);
        robot.clickOn("#startBundleCard");
        robot.type(KeyCode.F1);
        assertTrue(window.help().isShowing());
        String help = texts(robot.lookup("#help").query());
        Messages text = Messages.of(java.util.Locale.getDefault());
        for (Shortcuts.Entry e : window.shortcuts().entries()) {
            assertTrue(help.contains(text.get(e.action())), "lists " + e.action() + ": " + help);
            for (String k : e.keys()) {
                assertTrue(help.contains(Shortcuts.displayText(k, text)), "shows " + k + ": " + help);
            }
        }
        assertFalse(help.contains("!help."), "every action's words are in the resource bundle: " + help);
        Screenshots.save(window.sceneRoot(), "help-overlay");
        robot.type(KeyCode.ESCAPE);
        assertFalse(window.help().isShowing());
        robot.write("?");
        assertTrue(window.help().isShowing(), "? opens it too");
        robot.type(KeyCode.F1);
        assertFalse(window.help().isShowing());
    }

    @Test
    void aRecentFolderThatIsGoneIsAMessageNotACrash(FxRobot robot) {
        awaitIdle(window);
        ListView<?> recent = robot.lookup("#recentCases").queryAs(ListView.class);
        robot.interact(() -> recent.getSelectionModel().select(0));
        robot.doubleClickOn("#recentCases .list-cell");
        awaitIdle(window);
        String shown = texts(robot.lookup("#problem").query());
        assertTrue(shown.contains("does not exist"), shown);
        assertTrue(shown.contains("CT_LIVER_2024"), "names the folder: " + shown);
        assertEquals(MainWindow.Screen.START, window.screen());
        robot.type(KeyCode.ESCAPE);
        assertFalse(window.problem().isShowing(), "Esc closes the message");
    }

    @Test
    void aToolRegisteredLaterIsListedInTheHelp(FxRobot robot) {
        awaitIdle(window);
        robot.interact(() -> {
            window.shortcuts().describe("help.group.window", "help.action.drop", "gesture.wheel");
            window.toggleHelp();
        });
        assertTrue(texts(robot.lookup("#help").query()).contains("Mouse wheel"));
        robot.interact(window::toggleHelp);
    }

    @Test
    void theCommandLineOptionsOpenTheFolderAndAMissingCaseFileIsNamed(FxRobot robot) throws IOException {
        Path folder = temp.resolve("cli-folder-" + System.nanoTime());
        ShellFixtures.series(folder, 4, "Venous", 8, 32);
        awaitIdle(window);
        MainWindow[] second = new MainWindow[1];
        robot.interact(() -> {
            Stage stage = new Stage();
            second[0] = new MainWindow(stage, new WorkstationOptions(folder, temp.resolve("case.tacerisk"), null,
                    false), data);
            second[0].show();
        });
        awaitIdle(second[0]);
        assertEquals(MainWindow.Screen.BROWSER, second[0].screen());
        assertEquals(1, second[0].browser().table().getRoot().getChildren().size());
        assertTrue(second[0].problem().isShowing(), "a case file that is not there is said");
        String shown = SeriesBrowserWindowTest.texts(second[0].problem().node());
        assertTrue(shown.contains("case.tacerisk") && shown.contains("does not exist"), shown);
        robot.interact(() -> second[0].sceneRoot().getScene().getWindow().hide());
    }
}
