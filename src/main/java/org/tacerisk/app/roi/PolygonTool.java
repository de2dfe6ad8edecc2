package org.tacerisk.app.roi;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.tacerisk.app.viewer.Orientation;
import org.tacerisk.app.viewer.ToolEvent;
import org.tacerisk.app.viewer.ViewerModel;
import org.tacerisk.roi.PolygonFill;
import org.tacerisk.roi.RoiAction;
import org.tacerisk.roi.SlicePlane;

/**
 * Polygon: each click adds a point on the view's slice; a click near the first point, a double click or Enter
 * closes the outline and fills it (with Ctrl or Alt held: removes it from the mask); Backspace removes the last
 * point, Esc drops the outline. A click on another view or slice starts a new outline.
 */
final class PolygonTool extends ToolAdapter {

    /** A click this close (view pixels) to the first point closes the polygon. */
    static final double CLOSE_PIXELS = 6;
    /** Two clicks this close in space and time make a double click. */
    static final double DOUBLE_CLICK_PIXELS = 3;
    static final long DOUBLE_CLICK_NANOS = 400_000_000L;

    private final LongSupplier clock;
    private final List<ToolEvent> points = new ArrayList<>();
    private double[] cursor;
    private long lastPress;

    PolygonTool(RoiSession session, ViewerModel model, LongSupplier clock) {
        super(session, model);
        this.clock = clock;
    }

    @Override
    public boolean handle(ToolEvent e) {
        switch (e.kind()) {
            case PRESS -> press(e);
            case MOVE, DRAG -> {
                if (points.isEmpty() || !onOutlineView(e)) {
                    return false;
                }
                cursor = e.index();
            }
            case RELEASE -> {
                return true;
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void press(ToolEvent e) {
        long now = clock.getAsLong();
        if (!points.isEmpty() && !onOutlineView(e)) {
            cancel();
        }
        boolean remove = e.control() || e.alt();
        if (points.size() >= 3 && pixels(points.get(0), e) <= CLOSE_PIXELS) {
            close(remove);
            return;
        }
        if (!points.isEmpty() && pixels(points.get(points.size() - 1), e) <= DOUBLE_CLICK_PIXELS
                && now - lastPress <= DOUBLE_CLICK_NANOS) {
            close(remove);
            return;
        }
        points.add(e);
        cursor = e.index();
        lastPress = now;
    }

    @Override
    boolean key(RoiKey key, boolean modifier) {
        if (points.isEmpty()) {
            return false;
        }
        switch (key) {
            case ENTER -> close(modifier);
            case BACKSPACE -> points.remove(points.size() - 1);
            case ESCAPE -> cancel();
            default -> {
                return false;
            }
        }
        return true;
    }

    @Override
    void cancel() {
        points.clear();
        cursor = null;
    }

    /** The points clicked so far. */
    int pointCount() {
        return points.size();
    }

    private void close(boolean remove) {
        if (points.size() < 3) {
            session.report(Notice.problem("roi.problem.TOO_FEW_POINTS", points.size()));
            return;
        }
        SlicePlane plane = plane(points.get(0));
        double[] uv = new double[2 * points.size()];
        for (int n = 0; n < points.size(); n++) {
            double[] p = ViewPlanes.uv(plane, points.get(n).index());
            uv[2 * n] = p[0];
            uv[2 * n + 1] = p[1];
        }
        cancel();
        PolygonFill.Mode mode = remove ? PolygonFill.Mode.REMOVE : PolygonFill.Mode.ADD;
        session.perform(RoiAction.POLYGON, m -> Notice.info(remove ? "roi.done.removed" : "roi.done.added",
                PolygonFill.fill(m, plane, uv, mode)));
    }

    private boolean onOutlineView(ToolEvent e) {
        ToolEvent first = points.get(0);
        return e.orientation() == first.orientation() && e.slice() == first.slice();
    }

    @Override
    public List<ToolShape> preview(Orientation orientation, int slice) {
        if (points.isEmpty() || points.get(0).orientation() != orientation || points.get(0).slice() != slice) {
            return List.of();
        }
        List<double[]> line = new ArrayList<>();
        points.forEach(p -> line.add(p.index()));
        if (cursor != null) {
            line.add(cursor);
        }
        return List.of(new ToolShape(line, false, "roi-outline"));
    }
}
