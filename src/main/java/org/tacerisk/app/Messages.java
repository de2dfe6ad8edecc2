package org.tacerisk.app;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every string a user reads in the workstation, from {@code org/tacerisk/app/messages*.properties} (UTF-8), so that
 * a language is a file: English ({@code messages.properties}) and Simplified Chinese ({@code messages_zh_CN}).
 */
public final class Messages {

    private static final String BUNDLE = "org.tacerisk.app.messages";

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /**
     * The strings of {@code locale}, else of its language, else English. Never the operating system's language
     * instead: English asked for on a Chinese system is English (the JDK's default fallback would pick Chinese).
     */
    public static Messages of(Locale locale) {
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** The text of {@code key}, with {@code args} put into its {0}, {1}, ... places. */
    public String get(String key, Object... args) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            // a missing string is a bug, but the screen must not die of it: show the key
            return "!" + key + "!";
        }
        return args.length == 0 ? text : new MessageFormat(text, bundle.getLocale()).format(args);
    }

    public Locale locale() {
        return bundle.getLocale();
    }
}
