package org.tacerisk.app.roi;

/**
 * The ROI tools that own the left mouse button, with their keys (../shared/docs/workstation-ui.md). {@link #NONE}
 * leaves the left button to the viewer (crosshair). Fill between slices (I) is a one-shot action, not a tool.
 */
public enum RoiTool {
    NONE('\0'),
    POLYGON('P'),
    FREEHAND('F'),
    BRUSH('B'),
    ERASER('E'),
    THRESHOLD_PAINT('T'),
    GROW('G');

    private final char key;

    RoiTool(char key) {
        this.key = key;
    }

    /** The letter key that selects the tool ('\0' for {@link #NONE}). */
    public char key() {
        return key;
    }

    /** Brush, eraser and threshold paint: a size and a preview circle. */
    public boolean isBrush() {
        return this == BRUSH || this == ERASER || this == THRESHOLD_PAINT;
    }

    /** Resource key of the tool's name ("roi.tool.polygon"). */
    public String messageKey() {
        return "roi.tool." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
