package org.tacerisk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tacerisk.common.ChoiceRequiredException;

/**
 * Both languages have every string: the same keys, the same {0}, {1}, … in each pattern, every pattern formats, and
 * no Chinese string was left in English.
 */
class MessagesCompletenessTest {

    /** Values with no word in them: names, units, formats and punctuation. */
    private static final Set<String> NO_WORDS = Set.of("app.title", "toolbar.tip", "start.recentDetail",
            "browser.patient", "browser.study", "browser.series", "browser.object", "unit.mm", "unit.pixelSpacing", "unit.mL", "unit.ms",
            "unit.s", "chooser.outlineExport", "viewer.slice", "viewer.readout", "viewer.scale", "viewer.overlay",
            "roi.toolButton", "roi.memory.kb", "roi.memory.mb", "roi.measure.none", "roi.measure.volumeValue",
            "roi.measure.voxelsValue", "roi.measure.huMean", "roi.measure.huValue", "roi.measure.axialValue",
            "roi.measure.mm", "browser.phaseAndAgent");

    /** An argument's start: {@code {0}}, {@code {1,number,…}}; choice sub-patterns repeat their index. */
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)\\s*[,}]");
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

    private static Properties load(String name) throws IOException {
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            assertTrue(in != null, name + " is on the class path");
            Properties p = new Properties();
            // as ResourceBundle reads it since Java 9: UTF-8
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    private static Properties english() throws IOException {
        return load("messages.properties");
    }

    private static Properties chinese() throws IOException {
        return load("messages_zh_CN.properties");
    }

    static Set<Integer> arguments(String pattern) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    @Test
    void everyKeyIsInBothLanguages() throws IOException {
        Set<String> en = english().stringPropertyNames();
        Set<String> zh = chinese().stringPropertyNames();
        Set<String> missingInChinese = new TreeSet<>(en);
        missingInChinese.removeAll(zh);
        Set<String> missingInEnglish = new TreeSet<>(zh);
        missingInEnglish.removeAll(en);
        assertEquals(Set.of(), missingInChinese, "keys with no Chinese text");
        assertEquals(Set.of(), missingInEnglish, "Chinese keys that English does not have");
    }

    @Test
    void bothLanguagesFillTheSameArguments() throws IOException {
        Properties en = english();
        Properties zh = chinese();
        List<String> differ = new ArrayList<>();
        for (String key : new TreeSet<>(en.stringPropertyNames())) {
            String other = zh.getProperty(key);
            if (other != null && !arguments(en.getProperty(key)).equals(arguments(other))) {
                differ.add(key + ": en " + arguments(en.getProperty(key)) + ", zh " + arguments(other));
            }
        }
        assertEquals(List.of(), differ);
    }

    @Test
    void theArgumentCheckSeesADroppedOrRenumberedArgument() {
        assertEquals(Set.of(0, 1), arguments("{0}: done ({1})"));
        assertEquals(Set.of(1, 2), arguments("Undo: {2} ({1,choice,1#1 step|1<{1,number,integer} steps})"));
        assertTrue(!arguments("{0} 个文件").equals(arguments("{0} files, {1} frames")));
    }

    @Test
    void everyPatternFormatsInItsLanguage() throws IOException {
        List<String> failed = new ArrayList<>();
        failed.addAll(formatAll(english(), Locale.ENGLISH));
        failed.addAll(formatAll(chinese(), Locale.SIMPLIFIED_CHINESE));
        assertEquals(List.of(), failed);
    }

    /** Each pattern with numbers for its arguments (a plain {0} takes one too); what threw, as "key: problem". */
    private static List<String> formatAll(Properties strings, Locale locale) {
        List<String> failed = new ArrayList<>();
        for (String key : new TreeSet<>(strings.stringPropertyNames())) {
            String pattern = strings.getProperty(key);
            Set<Integer> args = arguments(pattern);
            if (args.isEmpty()) {
                continue;
            }
            Object[] sample = new Object[args.stream().mapToInt(Integer::intValue).max().orElse(0) + 1];
            java.util.Arrays.fill(sample, 12.5);
            try {
                String text = new MessageFormat(pattern, locale).format(sample);
                if (text.contains("{")) {
                    failed.add(locale + " " + key + ": a brace is left: " + text);
                }
                if (pattern.replace("''", "").contains("'")) {
                    failed.add(locale + " " + key + ": a lone apostrophe quotes the text after it; write ''");
                }
            } catch (IllegalArgumentException e) {
                failed.add(locale + " " + key + ": " + e.getMessage());
            }
        }
        return failed;
    }

    @Test
    void noChineseStringIsLeftInEnglish() throws IOException {
        Properties zh = chinese();
        List<String> english = new ArrayList<>();
        for (String key : new TreeSet<>(zh.stringPropertyNames())) {
            if (!NO_WORDS.contains(key) && !CJK.matcher(zh.getProperty(key)).find()) {
                english.add(key + "=" + zh.getProperty(key));
            }
        }
        assertEquals(List.of(), english, "Chinese strings without a Chinese character (or add the key to NO_WORDS)");
    }

    @Test
    void theChineseBundleIsReadAsUtf8ThroughMessages() {
        Messages zh = Messages.of(Locale.SIMPLIFIED_CHINESE);
        assertEquals("轴位", zh.get("viewer.axial"));
        assertEquals("窗宽 400  窗位 40", zh.get("viewer.window", 400, 40));
        assertEquals(Locale.SIMPLIFIED_CHINESE, zh.locale());
    }

    @Test
    void theSyntheticLabelIsTranslatedAndAnOwnLabelIsNot() {
        BundleSummary standard = new BundleSummary("n", "1", "u", null, true,
                org.tacerisk.model.BundleManifest.SYNTHETIC_LABEL, null);
        assertEquals(org.tacerisk.model.BundleManifest.SYNTHETIC_LABEL, standard.label(Messages.of(Locale.ENGLISH)));
        assertEquals("合成数据演示 — 不得用于临床", standard.label(Messages.of(Locale.SIMPLIFIED_CHINESE)));
        BundleSummary own = new BundleSummary("n", "1", "u", null, true, "Research use only", null);
        assertEquals("Research use only", own.label(Messages.of(Locale.SIMPLIFIED_CHINESE)));
    }

    @Test
    void theSubjectOfAChoiceIsTranslatedAndEnglishIsTheCoresNoun() {
        for (ChoiceRequiredException.Subject subject : ChoiceRequiredException.Subject.values()) {
            assertEquals(subject.noun(), Messages.of(Locale.ENGLISH).get("choice.subject." + subject.name()));
        }
        assertEquals("感兴趣区 (ROI)", Messages.of(Locale.SIMPLIFIED_CHINESE).get("choice.subject.ROI"));
    }

    @Test
    void englishStaysEnglishOnAChineseSystem() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertEquals("Axial", Messages.of(Locale.ENGLISH).get("viewer.axial"));
            assertEquals("Axial", Messages.of(Locale.GERMAN).get("viewer.axial"), "a language there is not: English");
        } finally {
            Locale.setDefault(before);
        }
    }
}
