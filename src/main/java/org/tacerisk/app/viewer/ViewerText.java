package org.tacerisk.app.viewer;

/**
 * The viewer's strings: the text of a key from the workstation's message bundle with {0}, {1}, … filled in. The
 * shell passes its {@code Messages::get}; the viewer does not import {@code app} itself, so {@code app} can embed it
 * without a package cycle.
 */
@FunctionalInterface
public interface ViewerText {

    String get(String key, Object... args);
}
