package org.tacerisk.app.roi;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import org.tacerisk.app.viewer.CtViewer;
import org.tacerisk.app.viewer.Orientation;
import org.tacerisk.app.viewer.ViewerModel;
import org.testfx.api.FxRobot;
import org.testfx.robot.BaseRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Robot clicks at voxel positions of a viewer's views: voxel index → plane mm → view pixel → screen. */
final class RoiRobot {

    private final FxRobot robot;
    private final CtViewer viewer;
    private final BaseRobot base;

    RoiRobot(FxRobot robot, CtViewer viewer) {
        this.robot = robot;
        this.viewer = viewer;
        this.base = robot.robotContext().getBaseRobot();
    }

    /** The screen point of continuous voxel index {@code index} on view {@code o} (at its current zoom and pan). */
    Point2D screen(Orientation o, double[] index) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            ViewerModel m = viewer.model();
            double[] uv = m.plane(o).planePoint(index);
            double[] xy = m.view(o).toView(uv[0], uv[1]);
            Node view = viewer.lookup("#view-" + o.name().toLowerCase(java.util.Locale.ROOT));
            return view.localToScreen(xy[0], xy[1]);
        }));
    }

    /** Moves to the slice of {@code index} on view {@code o}. */
    void slice(Orientation o, int slice) {
        robot.interact(() -> viewer.model().setSlice(o, slice));
    }

    /** A left click straight at the point (no glide: thousands of contour points stay fast). */
    void click(Point2D p) {
        base.moveMouse(p);
        base.pressMouse(MouseButton.PRIMARY);
        base.releaseMouse(MouseButton.PRIMARY);
    }

    void click(Orientation o, double[] index) {
        click(screen(o, index));
    }

    void settle() {
        WaitForAsyncUtils.waitForFxEvents();
    }
}
