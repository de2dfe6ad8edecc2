package org.tacerisk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Both report bundles have every key with the same placeholders; the Chinese one is Chinese. */
class ReportTextCompletenessTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");
    private static final Set<String> NO_WORDS = Set.of("model.sha", "warnings.finding");

    private static Properties load(String name) throws IOException {
        try (InputStream in = ReportText.class.getResourceAsStream(name)) {
            assertTrue(in != null, name + " is on the class path");
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    @Test
    void everyKeyInBothLanguagesWithTheSamePlaceholders() throws IOException {
        Properties en = load("report.properties");
        Properties zh = load("report_zh_CN.properties");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(zh.stringPropertyNames()),
                "report.properties and report_zh_CN.properties have different keys");
        for (String key : en.stringPropertyNames()) {
            assertEquals(arguments(en.getProperty(key)), arguments(zh.getProperty(key)), key);
            if (!NO_WORDS.contains(key)) {
                assertTrue(zh.getProperty(key).codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                        == Character.UnicodeScript.HAN), key + " is not translated: " + zh.getProperty(key));
            }
        }
    }

    @Test
    void languagesDoNotFallBackToTheDesktopLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertEquals("Predicted risk", ReportText.of(Locale.ENGLISH).get("section.risk"));
            assertEquals("预测风险", ReportText.of(ReportText.parseLanguage("zh-CN")).get("section.risk"));
        } finally {
            Locale.setDefault(before);
        }
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
