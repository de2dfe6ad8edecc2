package org.tacerisk.roi;

/**
 * One brush stroke: mouse press, drags, release. Each {@link #lineTo} paints the segment from the previous point
 * and notifies the mask's listeners (the viewer redraws); {@link #end} makes the whole stroke one undo step. A
 * stroke that changed nothing records no step.
 */
public final class BrushStroke {

    private final RoiEditor editor;
    private final Brush brush;
    private final SlicePlane plane;
    private double lastU;
    private double lastV;
    private boolean open = true;

    BrushStroke(RoiEditor editor, Brush brush, SlicePlane plane, double u, double v) {
        this.editor = editor;
        this.brush = brush;
        this.plane = plane;
        Planes.require(editor.mask().geometry(), plane);
        editor.mask().beginEdit(brush.action());
        lastU = u;
        lastV = v;
        paint(u, v);
    }

    /** Paints from the last point to (u, v). */
    public void lineTo(double u, double v) {
        if (!open) {
            throw new IllegalStateException("the stroke has ended");
        }
        paint(u, v);
        lastU = u;
        lastV = v;
    }

    /** Ends the stroke: one undo step. */
    public void end() {
        if (open) {
            open = false;
            editor.mask().endEdit().ifPresent(editor::record);
        }
    }

    /** Ends the stroke by taking it back (Escape during a drag). */
    public void cancel() {
        if (open) {
            open = false;
            editor.mask().abortEdit();
        }
    }

    private void paint(double u, double v) {
        try {
            brush.paintSegment(editor.mask(), plane, lastU, lastV, u, v);
        } catch (RuntimeException e) {
            cancel();
            throw e;
        }
        editor.mask().publish();
    }
}
