package org.tacerisk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tacerisk.app.SeriesBrowserWindowTest.texts;
import static org.tacerisk.app.ShellFixtures.assertNoStackTrace;
import static org.tacerisk.app.ShellFixtures.awaitIdle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.ChoiceRequiredException;
import org.tacerisk.common.ChoiceRequiredException.Choice;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The background work and the error panel, wired into the window: the JavaFX thread stays free while a call runs,
 * Cancel stops it and says "cancelled" (not an error), a bad input shows its words and file, an unexpected error no
 * stack trace, a required choice its candidates to pick from; the window works on after each.
 */
@ExtendWith(ApplicationExtension.class)
class BackgroundWorkWindowTest {

    @TempDir
    static Path temp;

    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        window = new MainWindow(stage, WorkstationOptions.none(), Files.createTempDirectory(temp, "data"));
        window.show();
    }

    @Test
    void aRunningCallLeavesTheWindowResponsiveAndCancelStopsIt(FxRobot robot) throws Exception {
        awaitIdle(window);
        AtomicBoolean stopped = new AtomicBoolean();
        robot.interact(() -> window.work().run("Measuring", "failed", p -> {
            for (int n = 0; ; n++) {
                p.report("step " + n, Double.NaN);
                try {
                    p.checkCancelled();
                } catch (RuntimeException e) {
                    stopped.set(true);
                    throw e;
                }
                Thread.sleep(5);
            }
        }, v -> { }));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#cancel").query().isVisible());
        long before = System.nanoTime();
        robot.interact(window::toggleHelp);
        assertTrue((System.nanoTime() - before) / 1e6 < 2000, "the JavaFX thread answers while the call runs");
        robot.interact(window::toggleHelp);
        Screenshots.save(window.sceneRoot(), "status-running");
        robot.clickOn("#cancel");
        awaitIdle(window);
        assertTrue(stopped.get(), "the call saw the cancel");
        assertEquals("Measuring: cancelled", window.status().message());
        assertFalse(window.problem().isShowing(), "a cancel is not an error");
        assertFalse(robot.lookup("#cancel").query().isVisible());
    }

    @Test
    void aBadInputShowsItsWordsAndFileWithoutAStackTrace(FxRobot robot) {
        awaitIdle(window);
        Path file = temp.resolve("case-42").resolve("mask.nii.gz");
        robot.interact(() -> window.work().run("Reading", "The mask could not be read", p -> {
            throw new BadInputException(file, "the mask is on another grid (image 512 × 512 × 80, mask 256 × 256 × 40);"
                    + " export the mask from the same series");
        }, v -> { }));
        awaitIdle(window);
        String shown = texts(robot.lookup("#problem").query());
        assertTrue(shown.contains("The mask could not be read"), shown);
        assertTrue(shown.contains("The mask is on another grid"), shown);
        assertTrue(shown.contains("File: " + file), shown);
        assertFalse(shown.contains(file + ": "), "the file is named once, on its own line: " + shown);
        assertNoStackTrace(shown);
        assertTrue(window.status().message().endsWith("failed (see the message above)"));
        Screenshots.save(window.sceneRoot(), "problem-bad-input");
    }

    @Test
    void anUnexpectedErrorIsWordedAndTheWindowGoesOn(FxRobot robot) {
        awaitIdle(window);
        robot.interact(() -> window.work().run("Computing", "The computation failed", p -> {
            throw new IllegalStateException("index 7 out of bounds");
        }, v -> { }));
        awaitIdle(window);
        String shown = texts(robot.lookup("#problem").query());
        assertTrue(shown.contains("An unexpected error occurred: index 7 out of bounds (IllegalStateException)"),
                shown);
        assertTrue(shown.contains("keeps running"), shown);
        assertNoStackTrace(shown);
        List<String> done = new ArrayList<>();
        robot.interact(() -> window.work().run("Next", "failed", p -> "ok", done::add));
        awaitIdle(window);
        assertEquals(List.of("ok"), done, "the next call runs");
    }

    @Test
    void aRequiredChoiceOffersTheCandidatesAndThePickGoesBack(FxRobot robot) {
        awaitIdle(window);
        Path rtstruct = temp.resolve("RS.dcm");
        List<Choice> picked = new ArrayList<>();
        robot.interact(() -> window.work().run("Reading the structure set", "Choose the ROI", p -> {
            throw new ChoiceRequiredException(rtstruct, ChoiceRequiredException.Subject.ROI, null,
                    "the structure set holds 2 ROIs", List.of(new Choice("GTV", "ROI \"GTV\": 26 contours"),
                            new Choice("Liver", "ROI \"Liver\": 60 contours")));
        }, v -> { }, picked::add));
        awaitIdle(window);
        String shown = texts(robot.lookup("#problem").query());
        assertTrue(shown.contains("The structure set holds 2 ROIs. Choose the ROI to use:"), shown);
        ListView<?> choices = robot.lookup("#problemChoices").queryAs(ListView.class);
        assertEquals(2, choices.getItems().size());
        Screenshots.save(window.sceneRoot(), "problem-choice");
        robot.interact(() -> choices.getSelectionModel().select(1));
        robot.clickOn("#problemChoose");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Liver", picked.get(0).value());
        assertFalse(window.problem().isShowing());
    }

    @Test
    void callsRunOffTheJavaFxThread(FxRobot robot) {
        awaitIdle(window);
        List<Boolean> onFx = new ArrayList<>();
        robot.interact(() -> window.work().run("Where", "failed", p -> Platform.isFxApplicationThread(),
                onFx::add));
        awaitIdle(window);
        assertEquals(List.of(false), onFx);
    }
}
