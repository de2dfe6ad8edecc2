package org.tacerisk.app.result;

/**
 * The result panel's strings, by key ({@code Messages::get}): the package does not import {@code app}, which
 * embeds it.
 */
@FunctionalInterface
public interface ResultText {

    String get(String key, Object... args);
}
