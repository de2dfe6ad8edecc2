package org.tacerisk.app.viewer;

/** One large view with the other two small beside it, or one view filling the viewer. */
public enum ViewerLayout {
    THREE_VIEWS,
    SINGLE
}
