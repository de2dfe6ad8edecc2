package org.tacerisk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tacerisk.app.ShellFixtures.awaitIdle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The tumour board's presentation mode (issue 15): two saved cases of the demo patient with different AFP values;
 * the presentation shows the first with its saved outline on its largest axial slice and exactly the saved result,
 * → goes to the second (its own result), ← back, Esc ends; in Chinese too.
 */
@ExtendWith(ApplicationExtension.class)
class PresentationWindowTest {

    @TempDir
    static Path temp;

    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        window = ShellFixtures.demoWindow(stage, temp);
    }

    @Test
    void twoCasesArePresentedWithTheirSavedResultsAndTheKeysMoveBetweenThem(FxRobot robot) throws Exception {
        ShellFixtures.computeDemoCase(robot, window);
        double first = window.casePanel().shown().prediction().probability();
        Path a = temp.resolve("board-a.tacerisk");
        robot.interact(() -> window.caseDocument().saveTo(a));
        awaitIdle(window);
        robot.interact(() -> {
            window.casePanel().form().setValue("afp_ng_ml", 25000);
            window.casePanel().compute(); // keeps the new AFP as the patient's (no step 1: same outline)
        });
        awaitIdle(window);
        double second = window.casePanel().shown().prediction().probability();
        assertTrue(second > first, first + " -> " + second);
        Path b = temp.resolve("board-b.tacerisk");
        robot.interact(() -> window.caseDocument().saveTo(b));
        awaitIdle(window);

        PresentationMode[] shown = new PresentationMode[1];
        robot.interact(() -> {
            shown[0] = new PresentationMode(Messages.of(Locale.ENGLISH), window.bundle(), List.of(a, b));
            shown[0].show(window.stage());
        });
        PresentationMode p = shown[0];
        awaitCase(p, a);
        assertEquals(first, p.shown().prediction().prediction().probability(), 0);
        assertEquals(PresentationMode.largestSlice(p.shown().tumour()),
                window.mask().geometry().nz() > 0 ? PresentationMode.largestSlice(window.mask()) : -1);
        assertEquals("Patient 1 of 2 · board-a.tacerisk", robot.lookup("#presentationHeading")
                .queryAs(Label.class).getText());
        assertNotNull(robot.lookup("#presentationNomogram").query());
        Screenshots.save(p.stage().getScene().getRoot(), "presentation");

        robot.interact(() -> p.stage().requestFocus());
        robot.type(KeyCode.RIGHT);
        awaitCase(p, b);
        assertEquals(1, p.index());
        assertEquals(second, p.shown().prediction().prediction().probability(), 0);
        robot.type(KeyCode.RIGHT); // the last patient stays
        assertEquals(1, p.index());
        robot.type(KeyCode.LEFT);
        awaitCase(p, a);
        assertEquals(0, robot.lookup("#presentationSession").queryAs(javafx.scene.control.ListView.class)
                .getSelectionModel().getSelectedIndex(), "the session list follows");
        robot.interact(() -> robot.lookup("#presentationSession").queryAs(javafx.scene.control.ListView.class)
                .getSelectionModel().select(1));
        awaitCase(p, b);
        robot.type(KeyCode.LEFT);
        awaitCase(p, a);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(p.stage().isShowing(), "Esc ends the presentation");

        robot.interact(() -> {
            shown[0] = new PresentationMode(Messages.of(Locale.SIMPLIFIED_CHINESE), window.bundle(), List.of(a, b));
            shown[0].show(window.stage());
        });
        awaitCase(shown[0], a);
        Screenshots.save(shown[0].stage().getScene().getRoot(), "presentation-zh");
        assertEquals(List.of(), ChineseScreensWindowTest.cutOff(shown[0].stage().getScene().getRoot()));
        robot.interact(shown[0]::close);
    }

    private static void awaitCase(PresentationMode p, Path file) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> p.shown() != null && p.shown().file().equals(file));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
