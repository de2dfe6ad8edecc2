package org.tacerisk.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The keyboard help (F1 or ?): every entry of the {@link Shortcuts} table, grouped, over a dimmed window. A key, a
 * click outside the card or Esc closes it.
 */
final class HelpOverlay {

    private final Messages text;
    private final Shortcuts shortcuts;
    private final StackPane node = new StackPane();
    private final GridPane table = new GridPane();

    HelpOverlay(Messages text, Shortcuts shortcuts) {
        this.text = text;
        this.shortcuts = shortcuts;
        node.setId("help");
        node.getStyleClass().add("help-overlay");
        Label title = new Label(text.get("help.title"));
        title.getStyleClass().add("help-title");
        Label hint = new Label(text.get("help.close"));
        hint.getStyleClass().add("help-hint");
        table.setHgap(24);
        table.setVgap(4);
        table.getColumnConstraints().addAll(new ColumnConstraints(300), new ColumnConstraints());
        ScrollPane scroll = new ScrollPane(table);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("help-scroll");
        VBox card = new VBox(12, title, scroll, hint);
        card.getStyleClass().add("help-card");
        card.setPadding(new Insets(20, 24, 20, 24));
        card.setMaxWidth(900);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        scroll.setMaxHeight(560);
        card.setOnMouseClicked(e -> e.consume());
        node.getChildren().add(card);
        StackPane.setAlignment(card, Pos.CENTER);
        node.setOnMouseClicked(e -> hide());
        hide();
    }

    StackPane node() {
        return node;
    }

    void toggle() {
        if (node.isVisible()) {
            hide();
        } else {
            show();
        }
    }

    void show() {
        fill();
        node.setVisible(true);
        node.requestFocus();
    }

    void hide() {
        node.setVisible(false);
    }

    boolean isShowing() {
        return node.isVisible();
    }

    /** The table, rebuilt on every show: tools may have registered shortcuts since. */
    private void fill() {
        table.getChildren().clear();
        Map<String, List<Shortcuts.Entry>> groups = shortcuts.entries().stream()
                .collect(Collectors.groupingBy(Shortcuts.Entry::group, LinkedHashMap::new, Collectors.toList()));
        int row = 0;
        for (Map.Entry<String, List<Shortcuts.Entry>> g : groups.entrySet()) {
            Label group = new Label(text.get(g.getKey()));
            group.getStyleClass().add("help-group");
            GridPane.setMargin(group, new Insets(row == 0 ? 0 : 10, 0, 2, 0));
            table.add(group, 0, row++, 2, 1);
            for (Shortcuts.Entry e : g.getValue()) {
                Label keys = new Label(e.keys().stream().map(k -> Shortcuts.displayText(k, text))
                        .collect(Collectors.joining(text.get("help.or"))));
                keys.getStyleClass().add("help-keys");
                keys.setWrapText(true);
                Label action = new Label(text.get(e.action()));
                action.setWrapText(true);
                table.add(keys, 0, row);
                table.add(action, 1, row++);
            }
        }
    }
}
