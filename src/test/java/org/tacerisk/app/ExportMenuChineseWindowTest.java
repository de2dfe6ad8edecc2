package org.tacerisk.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tacerisk.app.ShellFixtures.awaitIdle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.MenuButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Export menu in Chinese on the computed demo case: its words, and the open menu's screenshot. */
@ExtendWith(ApplicationExtension.class)
class ExportMenuChineseWindowTest {

    @TempDir
    static Path temp;

    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        window = new MainWindow(stage, new WorkstationOptions(null, null, null, true, Locale.SIMPLIFIED_CHINESE),
                Files.createTempDirectory(temp, "data"));
        window.show();
    }

    @Test
    void openMenuInChinese(FxRobot robot) {
        awaitIdle(window);
        MenuButton menu = robot.lookup("#exportMenu").queryAs(MenuButton.class);
        assertTrue(menu.isDisabled());
        CaseFileWindowTest.typeAll(robot, window.casePanel());
        robot.clickOn("#computeButton");
        awaitIdle(window);
        assertNotNull(window.casePanel().shown(), window.status().message());
        assertFalse(menu.isDisabled());
        ExportMenuWindowTest.openMenuAndSave(robot, menu, "export-menu-zh", Messages.of(Locale.SIMPLIFIED_CHINESE));
        Screenshots.save(window.sceneRoot(), "export-toolbar-zh");
    }
}
