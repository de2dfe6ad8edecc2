package org.tacerisk.app.roi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Volume;
import org.tacerisk.roi.Brush;
import org.tacerisk.roi.BrushStroke;
import org.tacerisk.roi.EditableMask;
import org.tacerisk.roi.FillBetweenSlices;
import org.tacerisk.roi.FillHoles;
import org.tacerisk.roi.KeepLargestIsland;
import org.tacerisk.roi.Margin;
import org.tacerisk.roi.MaskChange;
import org.tacerisk.roi.Orientation;
import org.tacerisk.roi.RoiAction;
import org.tacerisk.roi.RoiEditor;
import org.tacerisk.roi.RoiMeasurements;
import org.tacerisk.roi.RoiToolException;
import org.tacerisk.roi.SliceEraser;
import org.tacerisk.roi.SlicePlane;
import org.tacerisk.roi.Smoothing;
import org.tacerisk.roi.UndoHistory;

/**
 * One series' ROI editing, without JavaFX: the {@link RoiEditor} (CT, mask, undo history), the live
 * {@link RoiMeasurements}, the active tool and its settings, and the one-shot actions. Every edit is one undo step.
 * A refused action leaves the mask as it was and is reported as a {@link Notice} to the notice listeners.
 *
 * <p>Listeners: mask listeners hear every change as it is published (each brush segment, so the view redraws while
 * painting); step listeners run after each finished step (an action, a stroke's end, undo, redo, an import), when
 * the history's names and the 3D diameter are up to date; tool listeners after the tool or its settings changed.
 * Same thread rule as the mask: the FX thread.
 */
public final class RoiSession implements AutoCloseable {

    private final RoiEditor editor;
    private final RoiMeasurements measurements;
    private final List<Runnable> stepListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> toolListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Notice>> noticeListeners = new CopyOnWriteArrayList<>();
    private RoiTool tool = RoiTool.NONE;
    private ToolSettings settings = ToolSettings.DEFAULT;

    /** @throws RoiToolException (GRID_MISMATCH) when {@code initialOrNull} is not on the CT's grid */
    public RoiSession(Volume volume, Mask initialOrNull) {
        EditableMask mask = initialOrNull == null ? new EditableMask(volume.geometry()) : EditableMask.of(initialOrNull);
        this.editor = new RoiEditor(volume, mask, new UndoHistory());
        this.measurements = new RoiMeasurements(mask, volume);
    }

    public RoiEditor editor() {
        return editor;
    }

    /** The mask being edited: the shell attaches its recovery writer to it and exports it. */
    public EditableMask mask() {
        return editor.mask();
    }

    public Volume volume() {
        return editor.volume();
    }

    public RoiMeasurements measurements() {
        return measurements;
    }

    // ---- tool and settings ----

    public RoiTool tool() {
        return tool;
    }

    public void setTool(RoiTool t) {
        RoiTool next = t == null ? RoiTool.NONE : t;
        if (next != tool) {
            tool = next;
            fire(toolListeners);
        }
    }

    public ToolSettings settings() {
        return settings;
    }

    public void setSettings(ToolSettings s) {
        if (!Objects.requireNonNull(s, "settings").equals(settings)) {
            settings = s;
            fire(toolListeners);
        }
    }

    // ---- edits ----

    /**
     * Runs one tool as one undo step and reports its notice (or the refusal); returns the notice, empty when the
     * tool refused.
     */
    public Optional<Notice> perform(RoiAction action, Function<EditableMask, Notice> tool) {
        Notice notice;
        try {
            notice = editor.perform(action, tool);
        } catch (RoiToolException e) {
            report(Notice.of(e));
            return Optional.empty();
        }
        fire(stepListeners);
        if (notice != null) {
            report(notice);
        }
        return Optional.ofNullable(notice);
    }

    /** Starts a brush stroke (one undo step once {@link #endStroke}); null when the tool refused (reported). */
    public BrushStroke beginStroke(Brush brush, SlicePlane plane, double u, double v) {
        try {
            return editor.beginStroke(brush, plane, u, v);
        } catch (RoiToolException e) {
            report(Notice.of(e));
            return null;
        }
    }

    public void endStroke(BrushStroke stroke) {
        stroke.end();
        fire(stepListeners);
    }

    public void cancelStroke(BrushStroke stroke) {
        stroke.cancel();
        fire(stepListeners);
    }

    /**
     * Makes the mask equal to an imported one (RTSTRUCT, SEG, NIfTI, a recovery) as one undo step.
     *
     * @throws RoiToolException GRID_MISMATCH, naming both grids, when {@code imported} is on another grid
     */
    public void replaceWith(Mask imported) {
        editor.perform(RoiAction.IMPORT, m -> {
            m.replaceWith(imported);
            return null;
        });
        fire(stepListeners);
    }

    /** Reverts the newest step; false when there is none or a stroke is still open. */
    public boolean undo() {
        if (mask().isEditing()) {
            return false;
        }
        boolean done = editor.undo();
        fire(stepListeners);
        return done;
    }

    /** Repeats the newest undone step; false when there is none or a stroke is still open. */
    public boolean redo() {
        if (mask().isEditing()) {
            return false;
        }
        boolean done = editor.redo();
        fire(stepListeners);
        return done;
    }

    public UndoHistory history() {
        return editor.history();
    }

    // ---- one-shot actions ----

    /** Fill between slices along the planes of {@code orientation} (the active view's). */
    public void fillBetweenSlices(Orientation orientation) {
        perform(RoiAction.FILL_BETWEEN_SLICES, m -> {
            FillBetweenSlices.Result r = FillBetweenSlices.fill(m, orientation);
            return Notice.info("roi.done.fillBetween", r.filledPlanes(), r.addedVoxels());
        });
    }

    /** Fills the holes of each plane of {@code orientation}. */
    public void fillHoles(Orientation orientation) {
        perform(RoiAction.FILL_HOLES, m -> Notice.info("roi.done.fillHoles", FillHoles.eachSlice(m, orientation)));
    }

    public void keepLargestIsland() {
        perform(RoiAction.KEEP_LARGEST_ISLAND, m -> {
            KeepLargestIsland.Result r = KeepLargestIsland.apply(m);
            return Notice.info("roi.done.keepLargest", r.islands(), r.removedVoxels());
        });
    }

    /** Grows ({@code grow}) or shrinks the mask by the settings' margin. */
    public void margin(boolean grow) {
        double mm = settings.marginMm();
        perform(RoiAction.MARGIN, m -> grow ? Notice.info("roi.done.marginGrow", mm, Margin.grow(m, mm))
                : Notice.info("roi.done.marginShrink", mm, Margin.shrink(m, mm)));
    }

    public void smooth() {
        Smoothing.Method method = settings.smoothing();
        double mm = settings.smoothingMm();
        perform(RoiAction.SMOOTHING, m -> Notice.info("roi.done.smooth", Smoothing.apply(m, method, mm)));
    }

    /** Removes the mask from one plane (the active view's slice). */
    public void deleteOn(SlicePlane plane) {
        perform(RoiAction.DELETE_ON_SLICE, m -> Notice.info("roi.done.deleteOnSlice", SliceEraser.deleteOn(m, plane)));
    }

    public void clear() {
        perform(RoiAction.CLEAR, m -> {
            long n = m.count();
            m.clearAll();
            return Notice.info("roi.done.clear", n);
        });
    }

    // ---- listeners ----

    public void addMaskListener(Consumer<MaskChange> listener) {
        editor.mask().addChangeListener(listener);
    }

    public void removeMaskListener(Consumer<MaskChange> listener) {
        editor.mask().removeChangeListener(listener);
    }

    public void addStepListener(Runnable listener) {
        stepListeners.add(Objects.requireNonNull(listener));
    }

    public void removeStepListener(Runnable listener) {
        stepListeners.remove(listener);
    }

    public void addToolListener(Runnable listener) {
        toolListeners.add(Objects.requireNonNull(listener));
    }

    public void removeToolListener(Runnable listener) {
        toolListeners.remove(listener);
    }

    public void addNoticeListener(Consumer<Notice> listener) {
        noticeListeners.add(Objects.requireNonNull(listener));
    }

    public void removeNoticeListener(Consumer<Notice> listener) {
        noticeListeners.remove(listener);
    }

    /** Tells the notice listeners (a tool's result or refusal). */
    public void report(Notice notice) {
        noticeListeners.forEach(l -> l.accept(notice));
    }

    /** Stops the measurements listening to the mask. */
    @Override
    public void close() {
        measurements.close();
    }

    private static void fire(List<Runnable> listeners) {
        listeners.forEach(Runnable::run);
    }
}
