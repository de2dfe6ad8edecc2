package org.tacerisk.app.figure;

/**
 * The user-visible strings of the figure views, by key ({@code Messages::get}): the package does not import
 * {@code app}, which imports it.
 */
@FunctionalInterface
public interface FigureText {

    String get(String key, Object... args);
}
