package org.tacerisk.app.roi;

import java.util.ArrayList;
import java.util.List;
import org.tacerisk.app.viewer.Orientation;
import org.tacerisk.app.viewer.ToolEvent;
import org.tacerisk.app.viewer.ViewerModel;
import org.tacerisk.roi.PolygonFill;
import org.tacerisk.roi.RoiAction;
import org.tacerisk.roi.SlicePlane;

/**
 * Freehand: press, drag around the region, release: the closed path is filled (with Ctrl or Alt at the press:
 * removed). Esc during the drag drops it.
 */
final class FreehandTool extends ToolAdapter {

    /** Drag points closer than this (view pixels) to the previous one are skipped. */
    static final double MIN_STEP_PIXELS = 1;

    private final List<ToolEvent> path = new ArrayList<>();
    private boolean remove;

    FreehandTool(RoiSession session, ViewerModel model) {
        super(session, model);
    }

    @Override
    public boolean handle(ToolEvent e) {
        switch (e.kind()) {
            case PRESS -> {
                path.clear();
                path.add(e);
                remove = e.control() || e.alt();
            }
            case DRAG -> {
                if (!path.isEmpty() && pixels(path.get(path.size() - 1), e) >= MIN_STEP_PIXELS) {
                    path.add(e);
                }
            }
            case RELEASE -> {
                if (path.isEmpty()) {
                    return false;
                }
                path.add(e);
                fill();
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void fill() {
        SlicePlane plane = plane(path.get(0));
        double[] uv = new double[2 * path.size()];
        for (int n = 0; n < path.size(); n++) {
            double[] p = ViewPlanes.uv(plane, path.get(n).index());
            uv[2 * n] = p[0];
            uv[2 * n + 1] = p[1];
        }
        boolean removing = remove;
        path.clear();
        if (uv.length < 6) {
            return; // a click without a drag
        }
        PolygonFill.Mode mode = removing ? PolygonFill.Mode.REMOVE : PolygonFill.Mode.ADD;
        session.perform(RoiAction.FREEHAND, m -> Notice.info(removing ? "roi.done.removed" : "roi.done.added",
                PolygonFill.fill(m, plane, uv, mode)));
    }

    @Override
    boolean key(RoiKey key, boolean modifier) {
        if (key == RoiKey.ESCAPE && !path.isEmpty()) {
            cancel();
            return true;
        }
        return false;
    }

    @Override
    void cancel() {
        path.clear();
    }

    @Override
    public List<ToolShape> preview(Orientation orientation, int slice) {
        if (path.isEmpty() || path.get(0).orientation() != orientation || path.get(0).slice() != slice) {
            return List.of();
        }
        return List.of(new ToolShape(path.stream().map(ToolEvent::index).toList(), false, "roi-outline"));
    }
}
