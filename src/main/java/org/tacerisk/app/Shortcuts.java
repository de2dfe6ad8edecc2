package org.tacerisk.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The one table of the workstation's keyboard shortcuts and mouse gestures: what the help overlay (F1 or ?) lists
 * and what the window binds. Every tool registers its own here ({@link #add} binds a key to an action,
 * {@link #describe} lists a gesture or a key that a view handles itself), so the overlay can never miss one.
 * Groups and actions are resource-bundle keys; keys are {@link KeyCombination} names ("Shortcut+O", "F1"), a single
 * typed character ("?", "["), or — for {@link #describe} — resource keys of gestures ("gesture.wheel").
 */
final class Shortcuts {

    /**
     * One line of the help overlay.
     *
     * @param group  resource key of the group ("help.group.file")
     * @param action resource key of what it does
     * @param keys   the keys and gestures as written in the table
     */
    record Entry(String group, String action, List<String> keys) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<KeyCombination, Runnable> combinations = new LinkedHashMap<>();
    private final Map<String, Runnable> typed = new LinkedHashMap<>();

    /** Binds {@code keys} to {@code action} and lists them. */
    void add(String group, String action, Runnable run, String... keys) {
        for (String k : keys) {
            if (isTypedCharacter(k)) {
                typed.put(k, run);
            } else {
                combinations.put(KeyCombination.keyCombination(k), run);
            }
        }
        entries.add(new Entry(group, action, List.of(keys)));
    }

    /** Lists keys or gestures that a view handles itself (the viewer's wheel, a tool's drag). */
    void describe(String group, String action, String... keysOrGestures) {
        entries.add(new Entry(group, action, List.of(keysOrGestures)));
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** Binds the keys in {@code scene}; typed characters are ignored while a text field has the focus. */
    void install(Scene scene) {
        combinations.forEach((k, run) -> scene.getAccelerators().put(k, run));
        scene.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            Runnable run = typed.get(e.getCharacter());
            if (run != null && !(scene.getFocusOwner() instanceof TextInputControl)) {
                run.run();
                e.consume();
            }
        });
    }

    /** How {@code key} reads in the overlay: "Ctrl+O" (⌘O on a Mac), "?", or a gesture's words. */
    static String displayText(String key, Messages text) {
        if (key.startsWith("gesture.")) {
            return text.get(key);
        }
        if (isTypedCharacter(key)) {
            return key;
        }
        // "Digit1" reads as "1" (the combination's own text spells the key code's name)
        return KeyCombination.keyCombination(key).getDisplayText().replace("Digit", "").replace("Page_Up", "PgUp").replace("Page_Down", "PgDn");
    }

    private static boolean isTypedCharacter(String key) {
        return key.length() == 1 && !Character.isLetterOrDigit(key.charAt(0));
    }
}
