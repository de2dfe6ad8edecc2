package org.tacerisk.app.roi;

import java.util.ArrayList;
import java.util.List;
import org.tacerisk.app.viewer.Orientation;
import org.tacerisk.app.viewer.ToolEvent;
import org.tacerisk.app.viewer.ViewerModel;
import org.tacerisk.roi.Brush;
import org.tacerisk.roi.BrushStroke;
import org.tacerisk.roi.HuRange;
import org.tacerisk.roi.RoiToolException;
import org.tacerisk.roi.SlicePlane;

/**
 * Brush, eraser and threshold paint: press-drag-release is one stroke (one undo step) of a disc on the view's plane
 * or a sphere (the settings' 2D/3D), of the settings' diameter in mm; threshold paint sets only voxels inside the HU
 * range. Shift + wheel and [ ] change the size by 1 mm; a circle of the brush's size follows the cursor. Esc during
 * a stroke takes it back.
 */
final class BrushTool extends ToolAdapter {

    /** Points of the preview circle. */
    static final int CIRCLE_POINTS = 48;

    private final RoiTool kind;
    private BrushStroke stroke;
    private SlicePlane strokePlane;
    private ToolEvent cursor;

    BrushTool(RoiSession session, ViewerModel model, RoiTool kind) {
        super(session, model);
        if (!kind.isBrush()) {
            throw new IllegalArgumentException("not a brush: " + kind);
        }
        this.kind = kind;
    }

    @Override
    public boolean handle(ToolEvent e) {
        cursor = e;
        switch (e.kind()) {
            case PRESS -> begin(e);
            case DRAG -> {
                if (stroke != null) {
                    double[] uv = ViewPlanes.uv(strokePlane, e.index());
                    stroke.lineTo(uv[0], uv[1]);
                }
            }
            case RELEASE -> {
                if (stroke != null) {
                    session.endStroke(stroke);
                    stroke = null;
                }
            }
            case MOVE -> {
                return true; // the preview circle follows
            }
            case WHEEL -> {
                if (!e.shift()) {
                    return false;
                }
                resize(e.wheelSteps());
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void begin(ToolEvent e) {
        ToolSettings s = session.settings();
        Brush.Shape shape = s.brush3d() ? Brush.Shape.SPHERE : Brush.Shape.DISC;
        Brush brush;
        try {
            brush = switch (kind) {
                case ERASER -> Brush.eraser(s.brushMm(), shape);
                case THRESHOLD_PAINT -> Brush.thresholdPaint(s.brushMm(), shape, session.volume(),
                        new HuRange(s.huMin(), s.huMax()));
                default -> Brush.paint(s.brushMm(), shape);
            };
        } catch (RoiToolException refused) {
            session.report(Notice.of(refused));
            return;
        }
        strokePlane = plane(e);
        double[] uv = ViewPlanes.uv(strokePlane, e.index());
        stroke = session.beginStroke(brush, strokePlane, uv[0], uv[1]);
    }

    private void resize(double steps) {
        session.setSettings(session.settings().withBrushSteps(steps));
    }

    @Override
    boolean key(RoiKey key, boolean modifier) {
        switch (key) {
            case BIGGER -> resize(1);
            case SMALLER -> resize(-1);
            case ESCAPE -> {
                if (stroke == null) {
                    return false;
                }
                cancel();
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    @Override
    void cancel() {
        if (stroke != null) {
            session.cancelStroke(stroke);
            stroke = null;
        }
    }

    @Override
    public List<ToolShape> preview(Orientation orientation, int slice) {
        if (cursor == null || cursor.orientation() != orientation || cursor.slice() != slice) {
            return List.of();
        }
        SlicePlane plane = plane(cursor);
        double[] spacing = plane.spacing(session.volume().geometry());
        double radius = session.settings().brushMm() / 2;
        int uAxis = plane.orientation().uAxis();
        int vAxis = plane.orientation().vAxis();
        List<double[]> circle = new ArrayList<>(CIRCLE_POINTS);
        for (int n = 0; n < CIRCLE_POINTS; n++) {
            double angle = 2 * Math.PI * n / CIRCLE_POINTS;
            double[] p = cursor.index().clone();
            p[uAxis] += radius * Math.cos(angle) / spacing[0];
            p[vAxis] += radius * Math.sin(angle) / spacing[1];
            circle.add(p);
        }
        return List.of(new ToolShape(circle, true, "roi-brush"));
    }
}
