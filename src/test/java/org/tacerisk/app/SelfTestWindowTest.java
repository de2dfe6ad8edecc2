package org.tacerisk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.selftest.CheckResult;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The toolbar's Self-test button, and the result window's table and summary in both languages (screenshots). */
@ExtendWith(ApplicationExtension.class)
class SelfTestWindowTest {

    @TempDir
    static Path temp;

    private Stage owner;
    private MainWindow window;

    private static final List<CheckResult> RESULTS = List.of(
            new CheckResult("Runtime", true, "Java 17.0.15, 17 modules present, data folder writable",
                    Duration.ofMillis(12)),
            new CheckResult("PyTorch engine", false, "the PyTorch native library for this platform (linux-x86_64)"
                    + " is missing or corrupt", Duration.ofMillis(830)));

    @Start
    void start(Stage stage) throws IOException {
        owner = stage;
        window = new MainWindow(stage, new WorkstationOptions(null, null, null, false, Locale.ENGLISH),
                Files.createTempDirectory(temp, "data"));
        window.show();
    }

    @Test
    void theToolbarHasTheSelfTestButtonAndTheWindowItsIcons(FxRobot robot) {
        assertNotNull(robot.lookup("#selfTestButton").query());
        assertEquals(AppIcons.SIZES.length, AppIcons.images().size());
    }

    @Test
    void theButtonRunsTheSelfTestInTheBackgroundAndShowsItsTable(FxRobot robot) {
        robot.clickOn("#selfTestButton");
        ShellFixtures.awaitIdle(window);
        Stage shown = (Stage) javafx.stage.Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().lookup("#selfTestTable") != null)
                .findFirst().orElseThrow(() -> new AssertionError(window.status().message()));
        @SuppressWarnings("unchecked")
        TableView<CheckResult> table = (TableView<CheckResult>) shown.getScene().lookup("#selfTestTable");
        assertEquals(List.of("Runtime", "JavaFX", "DICOM codecs", "PyTorch engine", "Bundle hcc-tace-demo"),
                table.getItems().stream().map(CheckResult::name).toList());
        assertTrue(table.getItems().stream().allMatch(CheckResult::passed), table.getItems().toString());
        assertEquals(Messages.of(Locale.ENGLISH).get("selftest.allPassed", 5),
                ((Label) shown.getScene().lookup("#selfTestSummary")).getText());
        Screenshots.save(shown.getScene().getRoot(), "selftest-run-en");
        robot.interact(shown::close);
    }

    @Test
    void theTableShowsEveryRowAndTheFailureInBothLanguages(FxRobot robot) {
        for (Locale language : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            Messages text = Messages.of(language);
            AtomicReference<Stage> shown = new AtomicReference<>();
            robot.interact(() -> shown.set(SelfTestWindow.show(text, owner, RESULTS)));
            Stage stage = shown.get();
            @SuppressWarnings("unchecked")
            TableView<CheckResult> table = (TableView<CheckResult>) stage.getScene().lookup("#selfTestTable");
            assertEquals(2, table.getItems().size());
            Label summary = (Label) stage.getScene().lookup("#selfTestSummary");
            assertEquals(text.get("selftest.someFailed", 1, 2), summary.getText());
            assertTrue(summary.getStyleClass().contains("selftest-failed"));
            Screenshots.save(stage.getScene().getRoot(), "selftest-" + language.toLanguageTag());
            robot.interact(stage::close);
        }
    }
}
