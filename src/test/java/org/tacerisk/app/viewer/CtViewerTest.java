package org.tacerisk.app.viewer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tacerisk.app.Messages;
import org.tacerisk.app.Screenshots;
import org.tacerisk.image.DemoPhantom;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The viewer in a window (headless TestFX + Monocle) on an anisotropic synthetic abdomen (0.7 × 0.7 × 5 mm), driven
 * with the robot: wiring of wheel, keys, drags and tools to the model, and screenshots of each layout. The
 * arithmetic behind them is tested without a window (ViewerModelTest, ViewFrameTest, SliceGeometryTest).
 */
@ExtendWith(ApplicationExtension.class)
class CtViewerTest {

    /** 200 × 200 × 50 voxels of 0.7 × 0.7 × 5 mm: 140 × 140 × 250 mm. */
    private static final DemoPhantom.Phantom PHANTOM = DemoPhantom.abdomen(200, 200, 50,
            new double[] {0.7, 0.7, 5}, 7);

    private Stage stage;
    private CtViewer viewer;
    private ViewerModel model;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        viewer = new CtViewer(Messages.of(Locale.ENGLISH)::get);
        model = viewer.model();
        viewer.setVolume(PHANTOM.ct());
        Scene scene = new Scene(viewer, 1100, 700);
        scene.getStylesheets().add(CtViewer.class.getResource("/org/tacerisk/app/workstation.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        viewer.requestFocus();
    }

    @Test
    void showsThreeViewsWithLettersNamesAndScaleBar(FxRobot robot) {
        settle();
        for (Orientation o : Orientation.values()) {
            assertTrue(viewer.view(o).isVisible(), o.toString());
        }
        assertEquals(java.util.List.of("R", "L", "A", "P"), letters(Orientation.AXIAL));
        assertEquals(java.util.List.of("R", "L", "S", "I"), letters(Orientation.CORONAL));
        assertEquals(java.util.List.of("A", "P", "S", "I"), letters(Orientation.SAGITTAL));
        assertTrue(labelTexts(Orientation.AXIAL).contains("Axial  26/50"), labelTexts(Orientation.AXIAL).toString());
        assertTrue(labelTexts(Orientation.AXIAL).stream().anyMatch(t -> t.endsWith(" mm")));
        // the large view is two thirds of the width
        Bounds axial = viewer.view(Orientation.AXIAL).getBoundsInParent();
        assertEquals(Math.round((1100 - 2) * 2 / 3.0), axial.getWidth(), 1);
        robot.moveTo(viewer.view(Orientation.AXIAL));
        settle();
        assertTrue(viewer.statusTextProperty().get().startsWith("Axial · slice 26/50 · "),
                viewer.statusTextProperty().get());
        Screenshots.save(viewer, "viewer-three-views");
        // what the workstation's centre leaves at 1366 × 768 with its side panels open
        robot.interact(() -> {
            stage.setWidth(786);
            stage.setHeight(640);
        });
        robot.moveTo(viewer.view(Orientation.SAGITTAL));
        settle();
        assertTrue(viewer.lookup(".viewer-toolbar").getBoundsInParent().getWidth() <= 786);
        Screenshots.save(viewer, "viewer-three-views-786x640");
    }

    /** The coronal view is drawn with the voxels' physical aspect: 5 mm slices are 7.1 times as tall as 0.7 mm. */
    @Test
    void coronalReformatHasThePhysicalAspect(FxRobot robot) {
        robot.clickOn("#viewer-main-coronal");
        settle();
        assertEquals(Orientation.CORONAL, model.mainOrientation());
        ViewState v = model.view(Orientation.CORONAL);
        SliceView view = viewer.view(Orientation.CORONAL);
        // the plane is 140 mm wide and 250 mm tall, fitted: its on-screen size is in that ratio
        assertEquals(250.0 / 140.0, (v.zoom() * 250) / (v.zoom() * 140), 1e-12);
        assertEquals(Math.min(view.getWidth() / 140, view.getHeight() / 250), v.zoom(), 1e-9);
        Screenshots.save(viewer, "viewer-coronal-large");
    }

    /**
     * The robot's wheel (its direction is reversed under headless Monocle, TestFX issue 658, so only the size of
     * the step is checked with it), then synthetic wheel events for the direction: away from the user = next slice.
     */
    @Test
    void wheelAndKeysChangeTheSlice(FxRobot robot) {
        SliceView axial = viewer.view(Orientation.AXIAL);
        robot.moveTo(axial);
        int start = fx(() -> model.slice(Orientation.AXIAL));
        robot.scroll(1, VerticalDirection.UP);
        settle();
        int afterOne = fx(() -> model.slice(Orientation.AXIAL));
        assertEquals(1, Math.abs(afterOne - start), "one notch, one slice");
        robot.scroll(1, VerticalDirection.DOWN);
        settle();
        assertEquals(start, fx(() -> model.slice(Orientation.AXIAL)));
        wheel(axial, 1, false, false);
        assertEquals(start + 1, fx(() -> model.slice(Orientation.AXIAL)));
        wheel(axial, -3, false, false);
        assertEquals(start - 2, fx(() -> model.slice(Orientation.AXIAL)));
        robot.type(KeyCode.UP);
        assertEquals(start - 1, fx(() -> model.slice(Orientation.AXIAL)));
        robot.type(KeyCode.PAGE_DOWN, KeyCode.PAGE_DOWN);
        assertEquals(start - 3, fx(() -> model.slice(Orientation.AXIAL)));
        robot.type(KeyCode.RIGHT);
        assertEquals(start - 2, fx(() -> model.slice(Orientation.AXIAL)));
        robot.type(KeyCode.HOME);
        assertEquals(0, fx(() -> model.slice(Orientation.AXIAL)));
        robot.type(KeyCode.END);
        assertEquals(49, fx(() -> model.slice(Orientation.AXIAL)));
        // the sagittal view under the pointer scrolls its own axis
        robot.moveTo(viewer.view(Orientation.SAGITTAL));
        robot.type(KeyCode.DOWN);
        assertEquals(99, fx(() -> model.slice(Orientation.SAGITTAL)));
        assertEquals(49, fx(() -> model.slice(Orientation.AXIAL)));
        // the keys still reach the views after a toolbar button was clicked
        robot.clickOn("#viewer-mode-pan").clickOn("#viewer-mode-pan");
        robot.moveTo(viewer.view(Orientation.SAGITTAL));
        robot.type(KeyCode.UP);
        assertEquals(100, fx(() -> model.slice(Orientation.SAGITTAL)));
    }

    @Test
    void controlWheelZoomsAtTheCursor(FxRobot robot) {
        SliceView view = viewer.view(Orientation.AXIAL);
        Bounds b = view.localToScreen(view.getBoundsInLocal());
        // a whole screen pixel, as the robot's pointer lands on one
        Point2D at = new Point2D(Math.round(b.getMinX() + b.getWidth() * 0.3),
                Math.round(b.getMinY() + b.getHeight() * 0.6));
        robot.moveTo(at);
        settle();
        Point2D local = fx(() -> view.screenToLocal(at));
        double[] before = fx(() -> model.view(Orientation.AXIAL).toPlane(local.getX(), local.getY()));
        double zoom = fx(() -> model.view(Orientation.AXIAL).zoom());
        int slice = fx(() -> model.slice(Orientation.AXIAL));
        robot.press(KeyCode.CONTROL).scroll(2, VerticalDirection.UP).release(KeyCode.CONTROL);
        settle();
        double factor = fx(() -> model.view(Orientation.AXIAL).zoom()) / zoom;
        double twoSteps = ViewerModel.ZOOM_STEP * ViewerModel.ZOOM_STEP;
        assertEquals(twoSteps, Math.max(factor, 1 / factor), 1e-9, "two notches, two zoom steps");
        assertArrayEquals(before, fx(() -> model.view(Orientation.AXIAL).toPlane(local.getX(), local.getY())),
                1e-6);
        assertEquals(slice, fx(() -> model.slice(Orientation.AXIAL)), "Ctrl + wheel does not change the slice");
        robot.type(KeyCode.DIGIT0);
        assertTrue(fx(() -> model.view(Orientation.AXIAL).isFitted()));
        wheel(view, 3, true, false); // away from the user: zoom in
        assertEquals(zoom * twoSteps * ViewerModel.ZOOM_STEP, fx(() -> model.view(Orientation.AXIAL).zoom()),
                1e-9);
        Screenshots.save(viewer, "viewer-zoomed");
        robot.type(KeyCode.MINUS);
        assertEquals(zoom * twoSteps, fx(() -> model.view(Orientation.AXIAL).zoom()), 1e-9);
    }

    @Test
    void middleDragPansAndRightDragSetsTheWindow(FxRobot robot) {
        SliceView view = viewer.view(Orientation.AXIAL);
        robot.moveTo(view);
        double u = fx(() -> model.view(Orientation.AXIAL).centreU());
        double zoom = fx(() -> model.view(Orientation.AXIAL).zoom());
        robot.drag(MouseButton.MIDDLE).moveBy(60, 0).drop();
        settle();
        assertEquals(u - 60 / zoom, fx(() -> model.view(Orientation.AXIAL).centreU()), 1e-6);

        robot.moveTo(view);
        robot.drag(MouseButton.SECONDARY).moveBy(100, -50).drop();
        settle();
        // 1.6 HU per pixel at W 400: right 100 px -> W 560; up 50 px -> L 40 - 80 = -40 (brighter)
        assertEquals(new WindowLevel(560, -40), fx(() -> model.window()));
        assertArrayEquals(new int[] {100, 100, 25}, fx(() -> model.crosshair()), "right drag leaves the crosshair");
    }

    @Test
    void presetKeysAndAutoWindow(FxRobot robot) {
        robot.moveTo(viewer.view(Orientation.AXIAL));
        robot.type(KeyCode.DIGIT2);
        assertEquals(WindowPreset.LIVER.window(), fx(() -> model.window()));
        Screenshots.save(viewer, "viewer-liver-window");
        robot.type(KeyCode.DIGIT3);
        assertEquals(WindowPreset.BONE.window(), fx(() -> model.window()));
        robot.type(KeyCode.DIGIT4);
        assertEquals(WindowPreset.LUNG.window(), fx(() -> model.window()));
        robot.type(KeyCode.A);
        assertEquals(model.volume().autoWindow(), fx(() -> model.window()));
        robot.type(KeyCode.DIGIT1);
        assertEquals(WindowPreset.ABDOMEN.window(), fx(() -> model.window()));
        // the displayed grey of the voxel under the crosshair's view centre follows the formula
        int[] c = fx(() -> model.crosshair());
        double hu = model.volume().value(c[0], c[1], c[2]);
        double[] p = fx(() -> model.crosshairOnPlane(Orientation.AXIAL));
        double[] xy = fx(() -> model.view(Orientation.AXIAL).toView(p[0], p[1]));
        int argb = fx(() -> viewer.view(Orientation.AXIAL).frame().argb((int) xy[0], (int) xy[1]));
        assertEquals(WindowPreset.ABDOMEN.window().grey(hu), argb & 0xff);
    }

    @Test
    void layoutSwitchesBetweenOneAndThreeViews(FxRobot robot) {
        robot.moveTo(viewer.view(Orientation.AXIAL));
        robot.type(KeyCode.L);
        settle();
        assertEquals(ViewerLayout.SINGLE, model.layout());
        assertFalse(viewer.view(Orientation.CORONAL).isVisible());
        assertEquals(viewer.getCenter().getLayoutBounds().getWidth(),
                viewer.view(Orientation.AXIAL).getWidth(), 1);
        Screenshots.save(viewer, "viewer-single-axial");
        robot.clickOn("#viewer-main-sagittal");
        settle();
        assertTrue(viewer.view(Orientation.SAGITTAL).isVisible());
        assertFalse(viewer.view(Orientation.AXIAL).isVisible());
        Screenshots.save(viewer, "viewer-single-sagittal");
        robot.clickOn("#viewer-layout");
        settle();
        assertEquals(ViewerLayout.THREE_VIEWS, model.layout());
        // double-clicking a small view makes it the large one
        robot.doubleClickOn(viewer.view(Orientation.CORONAL));
        settle();
        assertEquals(Orientation.CORONAL, model.mainOrientation());
    }

    @Test
    void leftButtonGoesToTheToolWithEveryCoordinate(FxRobot robot) {
        RecordingTool tool = new RecordingTool(true);
        robot.interact(() -> viewer.setTool(tool));
        int[] crosshair = fx(() -> model.crosshair());
        SliceView view = viewer.view(Orientation.CORONAL);
        robot.moveTo(view).drag(MouseButton.PRIMARY).moveBy(30, 20).moveBy(10, 10).drop();
        settle();
        assertEquals(java.util.List.of(ToolEvent.Kind.PRESS, ToolEvent.Kind.DRAG, ToolEvent.Kind.RELEASE),
                tool.kinds());
        assertArrayEquals(crosshair, fx(() -> model.crosshair()), "a tool that acts leaves the crosshair");
        ToolEvent press = tool.events.stream().filter(e -> e.kind() == ToolEvent.Kind.PRESS).findFirst().get();
        assertEquals(Orientation.CORONAL, press.orientation());
        assertEquals(crosshair[1], press.slice());
        ImageGeometry g = model.volume().geometry();
        assertArrayEquals(g.indexToPhysical(press.index()[0], press.index()[1], press.index()[2]), press.lps(),
                1e-9);
        assertTrue(press.insideVolume());
        assertEquals(1, fx(() -> view.lookupAll(".tool-shape").size()), "the tool's preview is drawn");
        Screenshots.save(viewer, "viewer-tool-preview");

        robot.interact(() -> viewer.setTool(null));
        Bounds b = view.localToScreen(view.getBoundsInLocal());
        robot.clickOn(new Point2D(b.getMinX() + b.getWidth() * 0.3, b.getMinY() + b.getHeight() * 0.3));
        settle();
        int[] moved = fx(() -> model.crosshair());
        assertEquals(crosshair[1], moved[1], "the coronal slice stays");
        assertTrue(moved[0] < crosshair[0] && moved[2] > crosshair[2], "with no tool a click moves the crosshair"
                + " up (superior) and to the patient's right: " + java.util.Arrays.toString(moved));
    }

    @Test
    void overlayIsDrawnAndToggles(FxRobot robot) {
        Mask tumour = PHANTOM.tumour();
        int[] centre = tumourCentre(tumour);
        robot.interact(() -> {
            viewer.setOverlay(MaskOverlay.of(tumour));
            model.setCrosshair(centre);
            model.applyPreset(WindowPreset.LIVER);
        });
        settle();
        double[] p = fx(() -> model.crosshairOnPlane(Orientation.AXIAL));
        double[] xy = fx(() -> model.view(Orientation.AXIAL).toView(p[0] + 2, p[1] + 2));
        int tinted = fx(() -> viewer.view(Orientation.AXIAL).frame().argb((int) xy[0], (int) xy[1]));
        assertTrue(((tinted >> 16) & 0xff) > (tinted & 0xff) + 20, Integer.toHexString(tinted) + " should be yellowish");
        Screenshots.save(viewer, "viewer-roi-overlay");
        robot.moveTo(viewer.view(Orientation.AXIAL)).type(KeyCode.O);
        int plain = fx(() -> viewer.view(Orientation.AXIAL).frame().argb((int) xy[0], (int) xy[1]));
        assertEquals(plain & 0xff, (plain >> 16) & 0xff, "overlay off: grey again");
    }

    @Test
    void hiDpiRendersAtTheWindowsScale(FxRobot robot) {
        robot.interact(() -> {
            stage.setRenderScaleX(2);
            stage.setRenderScaleY(2);
        });
        settle();
        SliceView view = viewer.view(Orientation.AXIAL);
        assertEquals(Math.ceil(view.getWidth() * 2), view.frame().width());
        assertEquals(Math.ceil(view.getHeight() * 2), view.frame().height());
    }

    @Test
    void emptyViewerSaysSo(FxRobot robot) {
        CtViewer fresh = fx(() -> new CtViewer(Messages.of(Locale.ENGLISH)::get));
        assertTrue(fresh.lookupAll(".viewer-empty").stream().anyMatch(n -> ((Label) n).getText()
                .equals("No series loaded")));
    }

    /** A wheel event of {@code notches} (positive: away from the user) at the view's centre. */
    private static void wheel(SliceView view, double notches, boolean control, boolean shift) {
        WaitForAsyncUtils.asyncFx(() -> {
            double x = view.getWidth() / 2;
            double y = view.getHeight() / 2;
            Point2D screen = view.localToScreen(x, y);
            view.fireEvent(new ScrollEvent(ScrollEvent.SCROLL, x, y, screen.getX(), screen.getY(), shift, control,
                    false, false, false, false, 0, notches * 40, 0, notches * 40, 40, 40,
                    ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.LINES,
                    notches * 3, 0, null));
        });
        settle();
    }

    private static int[] tumourCentre(Mask m) {
        ImageGeometry g = m.geometry();
        long[] sum = new long[3];
        long n = 0;
        for (int k = 0; k < g.nz(); k++) {
            for (int j = 0; j < g.ny(); j++) {
                for (int i = 0; i < g.nx(); i++) {
                    if (m.contains(i, j, k)) {
                        sum[0] += i;
                        sum[1] += j;
                        sum[2] += k;
                        n++;
                    }
                }
            }
        }
        return new int[] {(int) (sum[0] / n), (int) (sum[1] / n), (int) (sum[2] / n)};
    }

    private java.util.List<String> letters(Orientation o) {
        return fx(() -> viewer.view(o).lookupAll(".orientation-letter").stream().map(n -> ((Label) n).getText())
                .toList());
    }

    private java.util.List<String> labelTexts(Orientation o) {
        return fx(() -> viewer.view(o).lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList());
    }

    private static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T fx(Callable<T> c) {
        settle();
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(c));
    }

}
