package org.tacerisk.app.roi;

import org.tacerisk.app.viewer.ToolEvent;
import org.tacerisk.app.viewer.ViewerModel;
import org.tacerisk.app.viewer.ViewerTool;
import org.tacerisk.roi.SlicePlane;

/**
 * A ROI tool on the viewer's left button: turns {@link ToolEvent}s into the session's edits. No JavaFX types, so
 * tests drive it with synthetic events.
 */
abstract class ToolAdapter implements ViewerTool {

    protected final RoiSession session;
    protected final ViewerModel model;

    ToolAdapter(RoiSession session, ViewerModel model) {
        this.session = session;
        this.model = model;
    }

    /** A key while the tool is active; {@code modifier}: Ctrl or Alt held. True when the tool used it. */
    boolean key(RoiKey key, boolean modifier) {
        return false;
    }

    /** Drops what is being drawn (another tool was chosen, the series closed). */
    void cancel() {
    }

    protected SlicePlane plane(ToolEvent e) {
        return ViewPlanes.plane(model, e.orientation(), e.slice());
    }

    /** Distance in view pixels between two events' plane points on the same view. */
    protected double pixels(ToolEvent a, ToolEvent b) {
        double zoom = model.view(a.orientation()).zoom();
        return Math.hypot(a.planeU() - b.planeU(), a.planeV() - b.planeV()) * zoom;
    }
}
