package org.tacerisk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tacerisk.app.ShellFixtures.awaitIdle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.casefile.EnteredValue;
import org.tacerisk.model.BundlePrediction;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Language ▾ (issue 14): choosing 简体中文 rebuilds the window in Chinese at once with the open case carried over —
 * the same series, outline, typed values and result, still unsaved — and the choice is kept for the next start.
 */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchWindowTest {

    @TempDir
    static Path temp;

    private MainWindow window;
    private Path data;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        data = Files.createTempDirectory(temp, "data");
        window = new MainWindow(stage, new WorkstationOptions(null, null, null, true, Locale.ENGLISH), data);
        window.show();
    }

    @Test
    void switchingToChineseCarriesTheCaseOverAndIsKept(FxRobot robot) {
        ShellFixtures.computeDemoCase(robot, window);
        BundlePrediction before = window.casePanel().shown().prediction();
        List<EnteredValue> typed = window.casePanel().enteredValues();
        int voxels = window.mask().count();

        robot.clickOn("#languageMenu").clickOn("#languageZh");
        MainWindow chinese = window.replacedBy;
        assertNotNull(chinese, "the window was rebuilt");
        awaitIdle(chinese);
        awaitIdle(chinese);
        assertEquals(MainWindow.Screen.VIEWER, chinese.screen(), chinese.status().message());
        assertEquals(voxels, chinese.mask().count());
        assertEquals(typed, chinese.casePanel().enteredValues());
        assertEquals(before.probability(), chinese.casePanel().shown().prediction().probability(), 0);
        assertTrue(chinese.caseDocument().dirty(), "still unsaved, as before the switch");
        assertTrue(stage.getTitle().contains("未保存的病例"), stage.getTitle());
        assertEquals(Locale.SIMPLIFIED_CHINESE, LanguageSetting.saved(data).orElseThrow());
        assertFalse(Files.exists(TumourOutline.recoveryFolder(data).resolve("window-switch.tacerisk")),
                "the carried case file is gone once used");
        Screenshots.save(chinese.sceneRoot(), "case-result-zh");
        robot.interact(() -> chinese.casePanel().form().setValue("afp_ng_ml", 12.5));
        assertTrue(chinese.casePanel().whatIf());
        Screenshots.save(chinese.sceneRoot(), "case-what-if-zh");
        assertEquals(List.of(), ChineseScreensWindowTest.cutOff(chinese.sceneRoot()), "the case in Chinese");
        robot.interact(() -> chinese.toggleFigures());
        Screenshots.save(chinese.sceneRoot(), "case-figures-enlarged-zh");
        robot.interact(() -> chinese.toggleFigures());
    }
}
