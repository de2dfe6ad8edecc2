package org.tacerisk.app;

import java.util.List;
import java.util.Locale;

/**
 * The workstation's language: English or Simplified Chinese. Chosen at start by {@code tacerisk gui --language}, else
 * by the system property {@value #PROPERTY}, else by the language last chosen in the window (Language ▾), else by
 * the operating system's locale (any Chinese locale: Simplified
 * Chinese, the only Chinese there is; anything else: English).
 */
public final class WorkstationLanguage {

    /** System property: {@code en} or {@code zh-CN}. */
    public static final String PROPERTY = "tacerisk.language";

    /** The languages there are, as written on the command line. */
    public static final List<String> TAGS = List.of("en", "zh-CN");

    private WorkstationLanguage() {
    }

    /**
     * The language named by {@code tag} ({@code en}, {@code zh-CN}; case, {@code _} for {@code -}, {@code zh} and
     * {@code zh-Hans} are accepted).
     *
     * @throws IllegalArgumentException when there is no such language; the message names the value and the choices
     */
    public static Locale parse(String tag) {
        String t = tag == null ? "" : tag.trim().replace('_', '-').toLowerCase(Locale.ROOT);
        if (t.equals("en") || t.startsWith("en-")) {
            return Locale.ENGLISH;
        }
        if (t.equals("zh") || t.equals("zh-cn") || t.equals("zh-hans") || t.equals("zh-hans-cn")) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        throw new IllegalArgumentException("no language '" + tag + "': choose one of " + String.join(", ", TAGS));
    }

    /** {@code chosen} when not null, else the system property's language, else the operating system's. */
    public static Locale resolve(Locale chosen) {
        return resolve(chosen, System.getProperty(PROPERTY), null, Locale.getDefault());
    }

    /** As {@link #resolve(Locale)}, with the language last chosen in the window before the operating system's. */
    static Locale resolve(Locale chosen, java.nio.file.Path dataFolder) {
        return resolve(chosen, System.getProperty(PROPERTY), LanguageSetting.saved(dataFolder).orElse(null),
                Locale.getDefault());
    }

    static Locale resolve(Locale chosen, String property, Locale saved, Locale system) {
        if (chosen != null) {
            return chosen;
        }
        if (property != null && !property.isBlank()) {
            return parse(property);
        }
        if (saved != null) {
            return saved;
        }
        return "zh".equals(system.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }
}
