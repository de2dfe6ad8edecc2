package org.tacerisk.roi;

import java.util.Objects;
import java.util.function.Function;
import org.tacerisk.image.Volume;

/**
 * The ROI being edited on a CT: the mask, its undo history and the CT for the HU-aware tools. Every tool runs
 * through {@link #perform} (one call = one undo step) or a {@link BrushStroke} (one stroke = one undo step). A tool
 * that throws leaves the mask exactly as it was. Same thread rule as {@link EditableMask}.
 */
public final class RoiEditor {

    private final Volume volume;
    private final EditableMask mask;
    private final UndoHistory history;

    /** @throws RoiToolException when the mask is not on the CT's grid */
    public RoiEditor(Volume volume, EditableMask mask, UndoHistory history) {
        this.volume = Objects.requireNonNull(volume, "volume");
        this.mask = Objects.requireNonNull(mask, "mask");
        this.history = Objects.requireNonNull(history, "history");
        Planes.requireSameGrid(mask.geometry(), volume.geometry());
    }

    public Volume volume() {
        return volume;
    }

    public EditableMask mask() {
        return mask;
    }

    public UndoHistory history() {
        return history;
    }

    /**
     * Runs one tool as one undo step, e.g. {@code editor.perform(RoiAction.MARGIN, m -> Margin.grow(m, 3))}.
     * Nothing is recorded when the tool changed no voxel.
     */
    public <T> T perform(RoiAction action, Function<EditableMask, T> tool) {
        mask.beginEdit(action);
        T result;
        try {
            result = tool.apply(mask);
        } catch (RuntimeException | Error e) {
            mask.abortEdit();
            throw e;
        }
        mask.endEdit().ifPresent(history::record);
        return result;
    }

    /** Starts a brush, eraser or threshold stroke at plane point (u, v), painting the point at once. */
    public BrushStroke beginStroke(Brush brush, SlicePlane plane, double u, double v) {
        return new BrushStroke(this, brush, plane, u, v);
    }

    /** Reverts the newest step; false when there is none. */
    public boolean undo() {
        return history.undo(mask);
    }

    /** Repeats the newest undone step; false when there is none. */
    public boolean redo() {
        return history.redo(mask);
    }

    void record(MaskDelta delta) {
        history.record(delta);
    }
}
