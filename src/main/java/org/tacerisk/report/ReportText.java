package org.tacerisk.report;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The report's words in one language, from {@code org/tacerisk/report/report*.properties} (UTF-8). No fallback to
 * the JVM's default locale: an English report stays English on a Chinese desktop. Placeholders {@code {0}},
 * {@code {1}}, ... are replaced literally (no {@link java.text.MessageFormat} quoting rules).
 */
public final class ReportText {

    static final String BUNDLE = "org.tacerisk.report.report";

    private final Locale locale;
    private final ResourceBundle words;

    private ReportText(Locale locale) {
        this.locale = locale;
        this.words = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** English, or Simplified Chinese for a {@code zh} locale. */
    public static ReportText of(Locale locale) {
        return new ReportText("zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT);
    }

    /** {@code en} or {@code zh-CN} (also {@code zh}, {@code zh_CN}), as the command line takes it. */
    public static Locale parseLanguage(String tag) {
        return switch (tag.replace('_', '-').toLowerCase(Locale.ROOT)) {
            case "en" -> Locale.ENGLISH;
            case "zh", "zh-cn" -> Locale.SIMPLIFIED_CHINESE;
            default -> throw new IllegalArgumentException("language must be en or zh-CN, not \"" + tag + "\"");
        };
    }

    public Locale locale() {
        return locale;
    }

    /** Whether this language has {@code key} (a Chinese headline for a warning the core words in English). */
    public boolean has(String key) {
        return words.containsKey(key);
    }

    public String get(String key, Object... args) {
        String text = words.getString(key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }
}
