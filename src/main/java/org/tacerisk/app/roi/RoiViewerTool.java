package org.tacerisk.app.roi;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.tacerisk.app.viewer.Orientation;
import org.tacerisk.app.viewer.ToolEvent;
import org.tacerisk.app.viewer.ViewerModel;
import org.tacerisk.app.viewer.ViewerTool;
import org.tacerisk.roi.AxialDiameters;

/**
 * The one {@link ViewerTool} the workspace gives the viewer: passes events to the session's active tool and draws,
 * besides that tool's preview, the RECIST long and short axes on the axial slice they were measured on. With no
 * tool active the left button stays the viewer's (crosshair).
 */
final class RoiViewerTool implements ViewerTool {

    private final RoiSession session;
    private final ViewerModel model;
    private final Map<RoiTool, ToolAdapter> adapters = new EnumMap<>(RoiTool.class);
    private ToolAdapter active;
    private AxialDiameters diameters;

    RoiViewerTool(RoiSession session, ViewerModel model, LongSupplier clock) {
        this.session = session;
        this.model = model;
        adapters.put(RoiTool.POLYGON, new PolygonTool(session, model, clock));
        adapters.put(RoiTool.FREEHAND, new FreehandTool(session, model));
        adapters.put(RoiTool.BRUSH, new BrushTool(session, model, RoiTool.BRUSH));
        adapters.put(RoiTool.ERASER, new BrushTool(session, model, RoiTool.ERASER));
        adapters.put(RoiTool.THRESHOLD_PAINT, new BrushTool(session, model, RoiTool.THRESHOLD_PAINT));
        adapters.put(RoiTool.GROW, new GrowTool(session, model));
        toolChanged();
    }

    /** Follows the session's tool; what the previous tool was drawing is dropped. */
    void toolChanged() {
        ToolAdapter next = adapters.get(session.tool());
        if (next != active && active != null) {
            active.cancel();
        }
        active = next;
    }

    /** The active tool's adapter (null with none). */
    ToolAdapter active() {
        return active;
    }

    /** The RECIST axes to draw (null: none). */
    void setDiameters(AxialDiameters d) {
        diameters = d;
    }

    @Override
    public boolean handle(ToolEvent event) {
        return active != null && active.handle(event);
    }

    boolean key(RoiKey key, boolean modifier) {
        return active != null && active.key(key, modifier);
    }

    void cancel() {
        if (active != null) {
            active.cancel();
        }
    }

    @Override
    public List<ToolShape> preview(Orientation orientation, int slice) {
        List<ToolShape> shapes = new ArrayList<>();
        if (diameters != null && model.plane(orientation).normalAxis() == 2 && slice == diameters.slice()) {
            shapes.add(segment(diameters.longAxis(), "roi-recist-long"));
            if (diameters.shortAxis().lengthMm() > 0) {
                shapes.add(segment(diameters.shortAxis(), "roi-recist-short"));
            }
        }
        if (active != null) {
            shapes.addAll(active.preview(orientation, slice));
        }
        return shapes;
    }

    private static ToolShape segment(AxialDiameters.Segment s, String style) {
        return new ToolShape(List.of(s.startVoxel(), s.endVoxel()), false, style);
    }
}
