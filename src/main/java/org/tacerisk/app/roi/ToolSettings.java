package org.tacerisk.app.roi;

import org.tacerisk.roi.Smoothing;

/**
 * The settings of the ROI tools (immutable; the session holds the current one).
 *
 * @param brushMm     brush and eraser diameter in mm
 * @param brush3d     sphere (3D) rather than disc (2D on the view's plane)
 * @param huMin       threshold paint and grow: lowest HU included
 * @param huMax       highest HU included
 * @param growCapMl   grow from seed: the largest region accepted, in mL
 * @param marginMm    margin grow / shrink distance in mm
 * @param smoothing   smoothing method
 * @param smoothingMm smoothing kernel size in mm
 */
public record ToolSettings(double brushMm, boolean brush3d, double huMin, double huMax, double growCapMl,
        double marginMm, Smoothing.Method smoothing, double smoothingMm) {

    public static final double MIN_BRUSH_MM = 1;
    public static final double MAX_BRUSH_MM = 100;

    /** A 10 mm disc; 20 … 200 HU (enhancing tumour, not fat or contrast-filled vessels at their brightest). */
    public static final ToolSettings DEFAULT = new ToolSettings(10, false, 20, 200, 150, 3, Smoothing.Method.MEDIAN,
            3);

    public ToolSettings {
        brushMm = clampBrush(brushMm);
    }

    public ToolSettings withBrushMm(double mm) {
        return new ToolSettings(mm, brush3d, huMin, huMax, growCapMl, marginMm, smoothing, smoothingMm);
    }

    /** The brush size after {@code steps} wheel notches or [ ] presses: 1 mm a step, within 1 … 100 mm. */
    public ToolSettings withBrushSteps(double steps) {
        return withBrushMm(Math.rint(brushMm + steps));
    }

    public ToolSettings withBrush3d(boolean on) {
        return new ToolSettings(brushMm, on, huMin, huMax, growCapMl, marginMm, smoothing, smoothingMm);
    }

    public ToolSettings withHuRange(double min, double max) {
        return new ToolSettings(brushMm, brush3d, min, max, growCapMl, marginMm, smoothing, smoothingMm);
    }

    public ToolSettings withGrowCapMl(double ml) {
        return new ToolSettings(brushMm, brush3d, huMin, huMax, ml, marginMm, smoothing, smoothingMm);
    }

    public ToolSettings withMarginMm(double mm) {
        return new ToolSettings(brushMm, brush3d, huMin, huMax, growCapMl, mm, smoothing, smoothingMm);
    }

    public ToolSettings withSmoothing(Smoothing.Method method, double mm) {
        return new ToolSettings(brushMm, brush3d, huMin, huMax, growCapMl, marginMm, method, mm);
    }

    private static double clampBrush(double mm) {
        return Double.isNaN(mm) ? DEFAULT_BRUSH : Math.max(MIN_BRUSH_MM, Math.min(MAX_BRUSH_MM, mm));
    }

    private static final double DEFAULT_BRUSH = 10;
}
