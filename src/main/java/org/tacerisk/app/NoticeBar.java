package org.tacerisk.app;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A line above the work area that tells the user something worth knowing and offers what to do about it (an
 * unsaved outline found at start: "Open and restore" · "Discard"; an outline restored: "Close"). Not an error
 * (that is the {@link ProblemBanner}) and not modal: the window stays usable, Esc or Close hides it.
 */
final class NoticeBar {

    /** A button on the bar; the bar hides itself after the action. */
    record Action(String id, String words, Runnable run) {
    }

    private final Messages text;
    private final HBox node = new HBox(8);
    private final Label message = new Label();
    private final HBox actions = new HBox(6);

    NoticeBar(Messages text) {
        this.text = text;
        node.setId("notice");
        node.getStyleClass().add("notice-bar");
        node.setPadding(new Insets(6, 12, 6, 12));
        node.setAlignment(Pos.CENTER_LEFT);
        message.setId("noticeMessage");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        // the words wrap onto a second line; the buttons keep their full labels
        message.setMinWidth(0);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        actions.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(message, Priority.ALWAYS);
        actions.setAlignment(Pos.CENTER_RIGHT);
        node.getChildren().addAll(message, actions);
        hide();
    }

    HBox node() {
        return node;
    }

    void show(String words, Action... choices) {
        message.setText(words);
        actions.getChildren().clear();
        for (Action a : choices) {
            Button b = new Button(a.words());
            b.setId(a.id());
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            b.setOnAction(e -> {
                hide();
                a.run().run();
            });
            actions.getChildren().add(b);
        }
        Button close = new Button(text.get("notice.close"));
        close.setId("noticeClose");
        close.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        close.setOnAction(e -> hide());
        actions.getChildren().add(close);
        node.setVisible(true);
        node.setManaged(true);
    }

    void hide() {
        node.setVisible(false);
        node.setManaged(false);
    }

    boolean isShowing() {
        return node.isVisible();
    }

    String message() {
        return message.getText();
    }
}
