package org.tacerisk.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The F1 help lists the ROI tools' keys once {@link RoiShortcuts} registered them. */
@ExtendWith(ApplicationExtension.class)
class RoiShortcutsTest {

    private HelpOverlay help;

    @Start
    void start(Stage stage) {
        Messages text = Messages.of(Locale.ENGLISH);
        Shortcuts shortcuts = new Shortcuts();
        RoiShortcuts.describe(shortcuts);
        help = new HelpOverlay(text, shortcuts);
        Scene scene = new Scene(help.node(), 900, 700);
        scene.getStylesheets().add(getClass().getResource("/org/tacerisk/app/workstation.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        help.show();
    }

    @Test
    void helpListsEveryToolKey(FxRobot robot) {
        List<String> texts = robot.lookup(".label").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertTrue(texts.contains("ROI tools"), texts.toString());
        // as KeyCombination writes them (Enter is ↵), like the shell's own rows
        for (String line : List.of("P", "F", "B", "E", "T", "G", "I", "↵", "Back Space", "Escape")) {
            assertTrue(texts.contains(line), line + " in " + texts);
        }
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Shift + wheel") && t.contains("[") && t.contains("]")),
                texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.contains("Z") && t.contains("Y")), "undo and redo: " + texts);
        assertTrue(texts.contains("Polygon tool (click points; Enter or double-click closes)"), texts.toString());
        Screenshots.save(help.node(), "roi-help");
    }
}
