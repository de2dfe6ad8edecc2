package org.tacerisk.app;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tacerisk.common.AtomicFiles;

/**
 * The language chosen in the window (Language ▾), kept in the data folder's {@value #FILE} so that the next start
 * uses it too. {@code tacerisk gui --language} and {@code -Dtacerisk.language} still win over it.
 */
final class LanguageSetting {

    static final String FILE = "settings.properties";
    private static final String KEY = "language";
    private static final Logger LOG = LoggerFactory.getLogger(LanguageSetting.class);

    private LanguageSetting() {
    }

    /** The saved language, if any; an unreadable or unknown setting counts as none (and is logged). */
    static Optional<Locale> saved(Path dataFolder) {
        Path file = dataFolder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Properties p = new Properties();
            p.load(new StringReader(Files.readString(file)));
            String tag = p.getProperty(KEY);
            return tag == null ? Optional.empty() : Optional.of(WorkstationLanguage.parse(tag));
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("ignoring the saved language in {}: {}", FILE, e.getMessage());
            return Optional.empty();
        }
    }

    /** The toolbar's Language ▾: the two languages, each named in itself, the current one ticked. */
    static javafx.scene.control.MenuButton menu(Messages text, java.util.function.Consumer<Locale> choose) {
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        javafx.scene.control.MenuButton menu = new javafx.scene.control.MenuButton(text.get("toolbar.language"));
        menu.setId("languageMenu");
        for (Locale language : java.util.List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(
                    Locale.ENGLISH.equals(language) ? "English" : "简体中文");
            item.setId(Locale.ENGLISH.equals(language) ? "languageEn" : "languageZh");
            item.setToggleGroup(group);
            item.setSelected(language.getLanguage().equals(text.locale().getLanguage()));
            item.setOnAction(e -> {
                if (!language.getLanguage().equals(text.locale().getLanguage())) {
                    choose.accept(language);
                }
            });
            menu.getItems().add(item);
        }
        return menu;
    }

    static void save(Path dataFolder, Locale language) throws IOException {
        Files.createDirectories(dataFolder);
        String tag = Locale.SIMPLIFIED_CHINESE.equals(language) ? "zh-CN" : "en";
        // the file holds the site's other settings too (bundles.researchUse): keep their lines, replace ours
        Path file = dataFolder.resolve(FILE);
        StringBuilder text = new StringBuilder();
        if (Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file)) {
                if (!line.strip().matches(KEY + "\\s*[=:].*")) {
                    text.append(line).append('\n');
                }
            }
        }
        AtomicFiles.writeString(file, text.append(KEY).append('=').append(tag).append('\n').toString());
    }
}
