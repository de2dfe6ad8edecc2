package org.tacerisk.app.roi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tacerisk.app.Messages;
import org.tacerisk.app.Screenshots;
import org.tacerisk.app.viewer.CtViewer;
import org.tacerisk.app.viewer.Orientation;
import org.tacerisk.image.DemoPhantom;
import org.tacerisk.roi.EditableMask;
import org.tacerisk.roi.RoiAction;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The ROI tools in a window (headless TestFX + Monocle) at the workstation's smallest size, 1366 × 768, on a
 * synthetic abdomen of 1 × 1 × 2 mm voxels: keys select tools, robot-drawn polygons, fill between slices with I and
 * its undo, the brush and a leaking grow; screenshots of each state.
 */
@ExtendWith(ApplicationExtension.class)
class RoiWorkspaceWindowTest {

    private static final DemoPhantom.Phantom PHANTOM = DemoPhantom.abdomen(96, 96, 30, new double[] {1, 1, 2}, 3);

    private BorderPane root;
    private CtViewer viewer;
    private RoiSession session;
    private RoiWorkspace workspace;

    @Start
    void start(Stage stage) {
        Messages text = Messages.of(Locale.ENGLISH);
        viewer = new CtViewer(text::get);
        viewer.setVolume(PHANTOM.ct());
        session = new RoiSession(PHANTOM.ct(), null);
        workspace = RoiWorkspace.attach(viewer, session, text::get);
        root = new BorderPane(viewer);
        root.getStyleClass().add("workstation");
        BorderPane left = new BorderPane(workspace.toolsNode());
        left.setPrefWidth(270);
        root.setLeft(left);
        BorderPane right = new BorderPane();
        right.setTop(workspace.measurementsNode());
        right.setPrefWidth(260);
        root.setRight(right);
        Scene scene = new Scene(root, 1366, 768);
        scene.getStylesheets().add(CtViewer.class.getResource("/org/tacerisk/app/workstation.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, workspace::handleKey);
        stage.setScene(scene);
        stage.show();
        viewer.requestFocus();
    }

    @Test
    void eachKeySelectsItsToolAndASecondPressLeavesIt(FxRobot robot) {
        robot.moveTo(viewer);
        KeyCode[] keys = {KeyCode.P, KeyCode.F, KeyCode.B, KeyCode.E, KeyCode.T, KeyCode.G};
        RoiTool[] tools = {RoiTool.POLYGON, RoiTool.FREEHAND, RoiTool.BRUSH, RoiTool.ERASER, RoiTool.THRESHOLD_PAINT,
            RoiTool.GROW};
        for (int n = 0; n < keys.length; n++) {
            robot.type(keys[n]);
            assertEquals(tools[n], session.tool(), keys[n].toString());
            assertTrue(robot.lookup("#roiTool-" + tools[n].name()).queryAs(javafx.scene.control.ToggleButton.class)
                    .isSelected());
        }
        robot.type(KeyCode.G);
        assertEquals(RoiTool.NONE, session.tool(), "G again: back to the crosshair");
        robot.type(KeyCode.I);
        assertEquals("Nothing to fill: draw the ROI on at least two slices of this view with empty slices between"
                + " them.", workspace.noticeProperty().get());
        robot.clickOn("#roiTool-BRUSH");
        assertEquals(RoiTool.BRUSH, session.tool(), "the buttons choose too");
        robot.type(KeyCode.CLOSE_BRACKET).type(KeyCode.CLOSE_BRACKET);
        assertEquals(12, session.settings().brushMm());
        robot.type(KeyCode.OPEN_BRACKET);
        assertEquals(11, session.settings().brushMm());
        robot.moveTo(viewer.lookup("#view-axial")).press(KeyCode.SHIFT).scroll(2,
                javafx.geometry.VerticalDirection.UP).release(KeyCode.SHIFT);
        assertTrue(session.settings().brushMm() != 11, "Shift + wheel resizes the brush");
    }

    @Test
    void threeRobotPolygonsFilledBetweenWithIAndUndoneWithCtrlZ(FxRobot robot) {
        RoiRobot r = new RoiRobot(robot, viewer);
        robot.moveTo(viewer).type(KeyCode.P);
        int[] slices = {10, 15, 20};
        double[] radii = {6, 12, 8};
        double cx = 48;
        double cy = 44;
        for (int n = 0; n < 3; n++) {
            r.slice(Orientation.AXIAL, slices[n]);
            for (int p = 0; p < 48; p++) {
                double a = 2 * Math.PI * p / 48;
                r.click(Orientation.AXIAL, new double[] {cx + radii[n] * Math.cos(a), cy + radii[n] * Math.sin(a),
                    slices[n]});
            }
            r.settle();
            if (n == 2) {
                Screenshots.save(root, "roi-polygon");
            }
            robot.type(KeyCode.ENTER);
            assertEquals(n + 1, session.history().usage().undoSteps(), "one step per polygon");
        }
        EditableMask threeSlices = session.mask().copy();
        robot.type(KeyCode.I);
        assertEquals(RoiAction.FILL_BETWEEN_SLICES, session.history().nextUndo().orElseThrow());
        for (int k = 11; k < 20; k++) {
            if (k == 15) {
                continue;
            }
            double t = k < 15 ? (k - 10) / 5.0 : (k - 15) / 5.0;
            double radius = k < 15 ? (1 - t) * radii[0] + t * radii[1] : (1 - t) * radii[1] + t * radii[2];
            for (int j = 0; j < 96; j++) {
                for (int i = 0; i < 96; i++) {
                    double d = Math.hypot(i - cx, j - cy);
                    if (d <= radius - 1) {
                        assertTrue(session.mask().contains(i, j, k), "inside r = " + radius + " at " + i + "," + j
                                + "," + k);
                    } else if (d > radius + 1) {
                        assertFalse(session.mask().contains(i, j, k), "outside r = " + radius + " at " + i + ","
                                + j + "," + k);
                    }
                }
            }
        }
        robot.interact(() -> viewer.model().setSlice(Orientation.AXIAL, 15));
        r.settle();
        Screenshots.save(root, "roi-measurements");
        Screenshots.save(workspace.measurementsNode(), "roi-measurement-panel");
        assertEquals("16", workspace.measurementPanel().valueTexts().get(4), "the largest disc's slice");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertTrue(session.mask().sameVoxels(threeSlices), "Ctrl+Z restores the three slices bit for bit");
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertFalse(session.mask().sameVoxels(threeSlices), "Ctrl+Y fills again");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        String undo = robot.lookup("#roiUndoText").queryAs(javafx.scene.control.Label.class).getText();
        assertTrue(undo.startsWith("Undo: fill between slices (4 steps, "), "Ctrl+Shift+Z had nothing to redo: "
                + undo);
    }

    @Test
    void brushStrokeWithItsCircleAndAGrowThatLeaks(FxRobot robot) {
        RoiRobot r = new RoiRobot(robot, viewer);
        robot.moveTo(viewer).type(KeyCode.B);
        r.slice(Orientation.AXIAL, 15);
        javafx.geometry.Point2D a = r.screen(Orientation.AXIAL, new double[] {40, 40, 15});
        javafx.geometry.Point2D b = r.screen(Orientation.AXIAL, new double[] {56, 48, 15});
        robot.moveTo(a).press(MouseButton.PRIMARY).moveTo(b).release(MouseButton.PRIMARY);
        robot.moveTo(r.screen(Orientation.AXIAL, new double[] {60, 56, 15}));
        r.settle();
        assertTrue(session.mask().count() > 100, "painted: " + session.mask().count());
        assertEquals(1, session.history().usage().undoSteps(), "one stroke, one step");
        Screenshots.save(root, "roi-brush");
        robot.type(KeyCode.E);
        robot.moveTo(r.screen(Orientation.AXIAL, new double[] {48, 44, 15})).press(MouseButton.PRIMARY)
                .release(MouseButton.PRIMARY);
        r.settle();
        Screenshots.save(root, "roi-eraser");
        // grow from a seed in the liver with a wide range and a small cap: it leaks, nothing is added
        long before = session.mask().count();
        robot.type(KeyCode.G);
        robot.interact(() -> session.setSettings(session.settings().withHuRange(-200, 400).withGrowCapMl(5)));
        robot.clickOn(r.screen(Orientation.AXIAL, new double[] {30, 50, 15}));
        r.settle();
        assertEquals(before, session.mask().count(), "a leak adds nothing");
        assertTrue(workspace.noticeProperty().get().startsWith("Nothing added: the region leaked beyond 5 mL."),
                workspace.noticeProperty().get());
        Screenshots.save(root, "roi-grow-leak");
        robot.type(KeyCode.T);
        Screenshots.save(workspace.toolsNode(), "roi-threshold-panel");
    }
}
