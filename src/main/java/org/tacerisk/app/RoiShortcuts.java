package org.tacerisk.app;

/**
 * The ROI tools' keys for the help overlay (F1). They are listed, not bound: the window forwards its key events to
 * {@code app.roi.RoiWorkspace.handleKey}, which acts on them. Call once with the window's {@link Shortcuts}.
 */
final class RoiShortcuts {

    static final String GROUP = "help.group.roi";

    private RoiShortcuts() {
    }

    static void describe(Shortcuts shortcuts) {
        shortcuts.describe(GROUP, "help.action.roiPolygon", "P");
        shortcuts.describe(GROUP, "help.action.roiFreehand", "F");
        shortcuts.describe(GROUP, "help.action.roiBrush", "B");
        shortcuts.describe(GROUP, "help.action.roiEraser", "E");
        shortcuts.describe(GROUP, "help.action.roiThreshold", "T");
        shortcuts.describe(GROUP, "help.action.roiGrow", "G");
        shortcuts.describe(GROUP, "help.action.roiFillBetween", "I");
        shortcuts.describe(GROUP, "help.action.roiBrushSize", "gesture.shiftWheel", "[", "]");
        shortcuts.describe(GROUP, "help.action.roiUndo", "Shortcut+Z");
        shortcuts.describe(GROUP, "help.action.roiRedo", "Shortcut+Y", "Shortcut+Shift+Z");
        shortcuts.describe(GROUP, "help.action.roiClose", "Enter");
        shortcuts.describe(GROUP, "help.action.roiBackspace", "Backspace");
        shortcuts.describe(GROUP, "help.action.roiCancel", "Esc");
    }
}
