package org.tacerisk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tacerisk.app.ShellFixtures.awaitIdle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.cohort.synth.SyntheticCohortWriter;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Open demo case" (and {@code tacerisk gui --demo}): the SYNTHETIC demo patient is written into the application's
 * data folder in the background, its series is shown with the tumour from its RTSTRUCT, and the browser lists the
 * series with the structure set under it. Opening it twice reuses the folder.
 */
@ExtendWith(ApplicationExtension.class)
class DemoCaseWindowTest {

    @TempDir
    static Path temp;

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        window = new MainWindow(stage, new WorkstationOptions(null, null, null, true),
                Files.createTempDirectory(temp, "data"));
        window.show();
    }

    @Test
    void theDemoCaseOpensWithItsTumourAndOpensAgain(FxRobot robot) {
        awaitIdle(window);
        assertEquals(MainWindow.Screen.VIEWER, window.screen(), window.status().message());
        assertNotNull(window.mask(), "the tumour from the RTSTRUCT");
        assertTrue(window.mask().count() > 100, "tumour voxels: " + window.mask().count());
        assertTrue(window.mask().geometry().sameGrid(window.loaded().volume().geometry(), 1e-6));
        assertTrue(Files.isDirectory(window.dataFolder().resolve(DemoOpening.FOLDER)));
        String viewer = robot.lookup("#viewerLabel").queryAs(Label.class).getText();
        assertTrue(viewer.contains(SyntheticCohortWriter.SERIES_DESCRIPTION), viewer);
        assertTrue(viewer.contains("Outline: ") && viewer.contains(" mL"), viewer);
        assertEquals(1, robot.lookup("#seriesList").queryAs(ListView.class).getItems().size());
        assertTrue(robot.lookup("#statusSynthetic").query().isVisible(), "SYNTHETIC label with the demo");
        Screenshots.save(window.sceneRoot(), "viewer-demo-case");
        robot.interact(() -> {
            stage.setWidth(1920);
            stage.setHeight(1080);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(window.sceneRoot(), "viewer-demo-case-1920x1080");
        robot.interact(() -> {
            stage.setWidth(MainWindow.DEFAULT_WIDTH);
            stage.setHeight(MainWindow.DEFAULT_HEIGHT);
        });
        WaitForAsyncUtils.waitForFxEvents();

        long before = window.mask().count();
        javafx.scene.Node axial = robot.lookup(".slice-view-axial").query();
        robot.moveTo(axial).type(javafx.scene.input.KeyCode.B);
        assertEquals("BRUSH", window.workspace().session().tool().name(), "B picks the brush in the window");
        robot.drag(axial, javafx.scene.input.MouseButton.PRIMARY).moveBy(60, 10).moveBy(40, 30).drop();
        long painted = window.mask().count();
        assertTrue(painted > before, "the brush painted: " + before + " -> " + painted);
        assertTrue(robot.lookup("#viewerLabel").queryAs(Label.class).getText().contains(
                DisplayText.count(painted, Messages.of(java.util.Locale.getDefault()))), "the series line follows");
        Screenshots.save(window.sceneRoot(), "viewer-demo-brush");
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.Z)
                .release(javafx.scene.input.KeyCode.CONTROL);
        assertEquals(before, window.mask().count(), "Ctrl+Z undoes the stroke");
        robot.type(javafx.scene.input.KeyCode.B);

        // a polygon being drawn: four points clicked, not yet closed; Esc drops it and changes nothing
        robot.type(javafx.scene.input.KeyCode.P);
        javafx.geometry.Bounds b = axial.localToScreen(axial.getBoundsInLocal());
        double cx = b.getMinX() + b.getWidth() * 0.60;
        double cy = b.getMinY() + b.getHeight() * 0.45;
        for (double[] d : new double[][] {{0, 0}, {60, -10}, {80, 50}, {20, 80}}) {
            robot.clickOn(new javafx.geometry.Point2D(cx + d[0], cy + d[1]));
        }
        Screenshots.save(window.sceneRoot(), "viewer-demo-polygon-drawing");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        assertEquals(before, window.mask().count(), "Esc drops the polygon being drawn");
        robot.type(javafx.scene.input.KeyCode.P);

        robot.clickOn("#browse");
        assertEquals(MainWindow.Screen.BROWSER, window.screen());
        BrowserRow series = window.browser().table().getRoot().getChildren().get(0).getChildren().get(0)
                .getChildren().get(0).getValue();
        assertNotNull(series.preview());
        assertTrue(series.children().stream().anyMatch(c -> c.title().startsWith("RTSTRUCT")), "" + series);
        Screenshots.save(window.sceneRoot(), "browser-demo-case");

        robot.clickOn("#demo");
        awaitIdle(window);
        assertEquals(MainWindow.Screen.VIEWER, window.screen(), window.status().message());
    }
}
