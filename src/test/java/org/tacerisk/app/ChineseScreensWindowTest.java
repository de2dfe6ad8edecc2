package org.tacerisk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tacerisk.app.ShellFixtures.awaitIdle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window in Simplified Chinese at 1366 × 768: the start screen, the demo case with the ROI tools, the F1 help
 * and the series browser, with no label or button cut to an ellipsis; screenshots {@code *-zh.png} show that the CJK glyphs render.
 */
@ExtendWith(ApplicationExtension.class)
class ChineseScreensWindowTest {

    @TempDir
    static Path temp;

    private static final java.util.regex.Pattern HAN = java.util.regex.Pattern.compile("\\p{IsHan}");

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        window = new MainWindow(stage, WorkstationOptions.none().withLanguage(Locale.SIMPLIFIED_CHINESE),
                Files.createTempDirectory(temp, "data"));
        window.show();
    }

    @Test
    void theWindowSpeaksChineseAndNothingIsCutOff(FxRobot robot) {
        awaitIdle(window);
        Messages zh = Messages.of(Locale.SIMPLIFIED_CHINESE);
        assertEquals(zh.get("toolbar.demo"), robot.lookup("#demo").queryAs(Button.class).getText());
        assertEquals(List.of(), cutOff(window.sceneRoot()), "start screen");
        Screenshots.save(window.sceneRoot(), "start-zh");

        robot.clickOn("#demo");
        awaitIdle(window);
        assertEquals(MainWindow.Screen.VIEWER, window.screen(), window.status().message());
        javafx.scene.Node axial = robot.lookup(".slice-view-axial").query();
        robot.moveTo(axial).type(KeyCode.B);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(SeriesBrowserWindowTest.texts(window.sceneRoot()).contains(zh.get("roi.tool.brush.hint")),
                "the brush's hint in Chinese");
        assertEquals(List.of(), cutOff(window.sceneRoot()), "demo viewer with the ROI tools");
        Screenshots.save(window.sceneRoot(), "viewer-demo-roi-zh");

        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#help").query().isVisible());
        assertEquals(List.of(), cutOff(robot.lookup("#help").query()), "help");
        Screenshots.save(window.sceneRoot(), "help-zh");
        robot.type(KeyCode.ESCAPE);

        robot.clickOn("#browse");
        assertEquals(MainWindow.Screen.BROWSER, window.screen());
        assertEquals(List.of(), cutOff(window.sceneRoot()), "series browser");
        BrowserRow series = window.browser().table().getRoot().getChildren().get(0).getChildren().get(0)
                .getChildren().get(0).getValue();
        assertTrue(series.phase().startsWith(zh.get("phase.portal-venous") + "，"), series.phase());
        Screenshots.save(window.sceneRoot(), "browser-demo-zh");
    }

    /** The Chinese texts of shown labels and buttons that their skin cut to an ellipsis, as "shown <- full". */
    static List<String> cutOff(Node root) {
        List<String> cut = new ArrayList<>();
        collectCutOff(root, cut);
        return cut;
    }

    private static void collectCutOff(Node node, List<String> cut) {
        if (!node.isVisible() || node.getStyleClass().contains(SeriesView.CUT_ON_PURPOSE)) {
            return; // not shown, or cut by design with the whole text as tooltip (the series line)
        }
        // translated text only: a series description or a bundle name is the data's, cut as in English
        if (node instanceof Labeled labeled && labeled.getText() != null && HAN.matcher(labeled.getText()).find()) {
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text shown && !shown.getText().equals(labeled.getText())
                        && !shown.getText().replace("\n", "").equals(labeled.getText().replace("\n", ""))) {
                    cut.add(shown.getText() + " <- " + labeled.getText());
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectCutOff(child, cut);
            }
        }
    }
}
