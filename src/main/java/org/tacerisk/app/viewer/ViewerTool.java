package org.tacerisk.app.viewer;

import ij.gui.Roi;
import ij.process.FloatPolygon;
import java.util.ArrayList;
import java.util.List;

/**
 * What the left mouse button does on a view: the ROI tools (polygon, brush, grow, …) plug in here. The viewer hands
 * each press, drag, release, move and Shift+wheel as a {@link ToolEvent} with the point in every coordinate system;
 * the tool returns whether it used the event. The default, {@link #NONE}, uses nothing, so a left press or drag
 * then moves the crosshair. Called on the JavaFX thread.
 */
public interface ViewerTool {

    /** The navigation default: no ROI tool; the viewer moves the crosshair with the left button. */
    ViewerTool NONE = event -> false;

    /** @return true when the tool acted on the event (the viewer then does nothing else with it) */
    boolean handle(ToolEvent event);

    /**
     * Lines the tool wants drawn on a view while it works (a polygon being drawn, the brush outline): each a list of
     * points as continuous voxel indices {i, j, k}, shown on the views whose slice they lie on. Asked after every
     * event the tool used.
     */
    default List<ToolShape> preview(Orientation orientation, int slice) {
        return List.of();
    }

    /**
     * A polyline in continuous voxel indices; closed draws the last point back to the first. {@code styleClass}
     * (or null) is a CSS class added to the drawn line besides {@code tool-shape} (e.g. the ROI's RECIST axes).
     */
    record ToolShape(List<double[]> points, boolean closed, String styleClass) {

        public ToolShape(List<double[]> points, boolean closed) {
            this(points, closed, null);
        }

        /**
         * An ImageJ outline drawn on axial slice {@code k} (the way the ROI tools keep contours: ImageJ {@link Roi}s
         * in image pixel coordinates, rasterised by {@code ImageJBridge.maskFromRois}). ImageJ puts the corner of
         * pixel (x, y) at (x, y), so its centre — voxel index (x, y) — is at (x + ½, y + ½).
         */
        public static ToolShape ofRoi(Roi roi, int k) {
            FloatPolygon polygon = roi.getFloatPolygon();
            List<double[]> points = new ArrayList<>(polygon.npoints);
            for (int n = 0; n < polygon.npoints; n++) {
                points.add(new double[] {polygon.xpoints[n] - 0.5, polygon.ypoints[n] - 0.5, k});
            }
            return new ToolShape(points, roi.isArea());
        }
    }
}
