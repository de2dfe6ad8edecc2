package org.tacerisk.app.roi;

/** The keys a tool handles while it works (the workspace maps key events to them). */
public enum RoiKey {
    /** Enter: close the polygon. */
    ENTER,
    /** Backspace: remove the last polygon point. */
    BACKSPACE,
    /** Esc: cancel what is being drawn. */
    ESCAPE,
    /** ]: a larger brush. */
    BIGGER,
    /** [: a smaller brush. */
    SMALLER
}
