package org.tacerisk.app;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every string a user reads in the workstation, from {@code org/tacerisk/app/messages*.properties} (UTF-8), so that
 * a language is a file: English is the default; Simplified Chinese comes with the next issue.
 */
public final class Messages {

    private static final String BUNDLE = "org.tacerisk.app.messages";

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Messages of(Locale locale) {
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale));
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
