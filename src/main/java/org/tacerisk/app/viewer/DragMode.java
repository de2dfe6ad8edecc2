package org.tacerisk.app.viewer;

/**
 * What a left-button drag does. {@link #TOOL}: the active tool acts (with no tool it moves the crosshair); the
 * right button always sets the window. {@link #WINDOW_LEVEL} and {@link #ZOOM}: both buttons set the window, or both
 * zoom (the "W/L mode" and "zoom mode" of PACS toolbars). {@link #PAN}: the left button pans.
 */
public enum DragMode {
    TOOL,
    WINDOW_LEVEL,
    ZOOM,
    PAN
}
