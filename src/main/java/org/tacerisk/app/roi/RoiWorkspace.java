package org.tacerisk.app.roi;

import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.tacerisk.app.viewer.CtViewer;
import org.tacerisk.app.viewer.MaskOverlay;
import org.tacerisk.app.viewer.Orientation;
import org.tacerisk.app.viewer.ViewerModel;
import org.tacerisk.app.viewer.ViewerText;
import org.tacerisk.roi.MaskChange;
import org.tacerisk.roi.RoiStats;

/**
 * The ROI tools bound to a viewer: what the shell embeds. {@link #attach} shows the session's mask as the viewer's
 * overlay, gives the viewer the tools' left button, and builds the tool panel ({@link #toolsNode()}, for the left
 * panel) and the measurements ({@link #measurementsNode()}). The shell forwards key events from its scene filter to
 * {@link #handleKey} (P F B E T G select a tool, a second press leaves it; I fill between slices; [ ] brush size;
 * Ctrl+Z undo, Ctrl+Y or Ctrl+Shift+Z redo; Enter, Backspace, Esc for the polygon) — none of them is a viewer key.
 * {@link #detach} undoes the binding; the shell owns the session (its mask, recovery writer and close).
 *
 * <pre>{@code
 * RoiSession session = new RoiSession(loaded.volume(), importedOrNull);
 * RoiWorkspace roi = RoiWorkspace.attach(viewer, session, messages::get);
 * leftPanel.getChildren().add(roi.toolsNode());
 * casePanel.getChildren().add(roi.measurementsNode());
 * scene.addEventFilter(KeyEvent.KEY_PRESSED, roi::handleKey);
 * }</pre>
 */
public final class RoiWorkspace {

    private final CtViewer viewer;
    private final ViewerModel model;
    private final RoiSession session;
    private final RoiWords words;
    private final RoiViewerTool tool;
    private final RoiToolPanel tools;
    private final RoiMeasurementPanel measurements;
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final Consumer<MaskChange> maskListener = change -> maskChanged();
    private final Runnable stepListener = this::stepDone;
    private final Runnable toolListener = this::toolChanged;
    private final Consumer<Notice> noticeListener = this::noticed;
    private final Runnable modelListener;

    private RoiWorkspace(CtViewer viewer, RoiSession session, ViewerText text, LongSupplier clock) {
        this.viewer = viewer;
        this.model = viewer.model();
        this.session = session;
        this.words = new RoiWords(text);
        this.tool = new RoiViewerTool(session, model, clock);
        this.measurements = new RoiMeasurementPanel(words);
        this.tools = new RoiToolPanel(this, session, model, words);
        this.modelListener = tools::syncDisplay;
    }

    /** Binds {@code session} to {@code viewer} (which must show the session's CT); strings from {@code text}. */
    public static RoiWorkspace attach(CtViewer viewer, RoiSession session, ViewerText text) {
        return attach(viewer, session, text, System::nanoTime);
    }

    static RoiWorkspace attach(CtViewer viewer, RoiSession session, ViewerText text, LongSupplier clock) {
        RoiWorkspace w = new RoiWorkspace(viewer, session, text, clock);
        viewer.setOverlay((MaskOverlay) session.mask()::contains);
        viewer.setTool(w.tool);
        session.addMaskListener(w.maskListener);
        session.addStepListener(w.stepListener);
        session.addToolListener(w.toolListener);
        session.addNoticeListener(w.noticeListener);
        w.model.addListener(w.modelListener);
        w.stepDone();
        return w;
    }

    /** The tool panel for the shell's left panel. */
    public Node toolsNode() {
        return tools;
    }

    /** The live measurements (volume, HU, diameters). */
    public Node measurementsNode() {
        return measurements;
    }

    public RoiSession session() {
        return session;
    }

    /** The last tool notice in words (also shown in the tool panel), e.g. for the status bar. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Applies an ROI key (see the class comment); consumes the event when it was one. */
    public void handleKey(KeyEvent e) {
        if (e.getEventType() != KeyEvent.KEY_PRESSED || !model.hasVolume()) {
            return;
        }
        boolean shortcut = e.isShortcutDown() || e.isControlDown();
        KeyCode code = e.getCode();
        if (shortcut && !e.isAltDown()) {
            if (code == KeyCode.Z) {
                if (e.isShiftDown()) {
                    redo();
                } else {
                    undo();
                }
                e.consume();
            } else if (code == KeyCode.Y) {
                redo();
                e.consume();
            } else if (code == KeyCode.ENTER && tool.key(RoiKey.ENTER, true)) {
                after(e);
            }
            return;
        }
        if (e.getTarget() instanceof TextInputControl || e.isMetaDown()) {
            return; // typing in a field: the letters are text
        }
        if (e.isAltDown()) {
            if (code == KeyCode.ENTER && tool.key(RoiKey.ENTER, true)) {
                after(e);
            }
            return;
        }
        RoiKey key = switch (code) {
            case ENTER -> RoiKey.ENTER;
            case BACK_SPACE -> RoiKey.BACKSPACE;
            case ESCAPE -> RoiKey.ESCAPE;
            case OPEN_BRACKET -> RoiKey.SMALLER;
            case CLOSE_BRACKET -> RoiKey.BIGGER;
            default -> null;
        };
        if (key == RoiKey.SMALLER || key == RoiKey.BIGGER) {
            session.setSettings(session.settings().withBrushSteps(key == RoiKey.BIGGER ? 1 : -1));
            after(e);
            return;
        }
        if (key != null) {
            if (tool.key(key, false)) {
                after(e);
            }
            return;
        }
        if (code == KeyCode.I && !e.isShiftDown()) {
            fillBetweenSlices();
            e.consume();
            return;
        }
        for (RoiTool t : RoiTool.values()) {
            if (t != RoiTool.NONE && code.getName().equals(String.valueOf(t.key())) && !e.isShiftDown()) {
                session.setTool(session.tool() == t ? RoiTool.NONE : t);
                e.consume();
                return;
            }
        }
    }

    /** Takes the tools off the viewer (no tool, no overlay) and stops listening; the session stays usable. */
    public void detach() {
        tool.cancel();
        session.removeMaskListener(maskListener);
        session.removeStepListener(stepListener);
        session.removeToolListener(toolListener);
        session.removeNoticeListener(noticeListener);
        model.removeListener(modelListener);
        viewer.setTool(null);
        viewer.setOverlay(null);
    }

    // ---- actions on the active view (the panel's buttons and the keys) ----

    void fillBetweenSlices() {
        session.fillBetweenSlices(ViewPlanes.orientation(model, model.activeOrientation()));
    }

    void fillHoles() {
        session.fillHoles(ViewPlanes.orientation(model, model.activeOrientation()));
    }

    void deleteOnSlice() {
        Orientation view = model.activeOrientation();
        session.deleteOn(ViewPlanes.plane(model, view, model.slice(view)));
    }

    void undo() {
        if (!session.undo() && !session.mask().isEditing()) {
            noticed(Notice.problem("roi.undo.none"));
        }
    }

    void redo() {
        if (!session.redo() && !session.mask().isEditing()) {
            noticed(Notice.problem("roi.redo.none"));
        }
    }

    RoiViewerTool viewerTool() {
        return tool;
    }

    RoiMeasurementPanel measurementPanel() {
        return measurements;
    }

    RoiToolPanel toolPanel() {
        return tools;
    }

    // ---- listeners ----

    private void after(KeyEvent e) {
        e.consume();
        viewer.refreshToolPreview();
    }

    /** A published change (each brush segment too): redraw the overlay, measure without the 3D diameter. */
    private void maskChanged() {
        viewer.overlayChanged();
        boolean editing = session.mask().isEditing();
        RoiStats stats = session.measurements().current(!editing);
        measurements.show(stats, !editing);
        tool.setDiameters(stats.axial());
    }

    /** A finished step: full measurements, the history's names, the RECIST axes. */
    private void stepDone() {
        RoiStats stats = session.measurements().current();
        measurements.show(stats, true);
        tool.setDiameters(stats.axial());
        tools.sync();
        viewer.refreshToolPreview();
    }

    private void toolChanged() {
        tool.toolChanged();
        notice.set("");
        tools.showNotice(null, false);
        tools.sync();
        viewer.refreshToolPreview();
    }

    private void noticed(Notice n) {
        String text = words.notice(n);
        notice.set(text);
        tools.showNotice(text, n.problem());
    }
}
