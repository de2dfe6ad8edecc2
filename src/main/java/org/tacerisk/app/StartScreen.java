package org.tacerisk.app;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * What the window shows while nothing is open: open a DICOM folder (or drop one), open a saved case, open the demo
 * case, the recent
 * folders, and the active model bundle with "Load model bundle…".
 */
final class StartScreen {

    private final Messages text;
    private final ScrollPane node;
    private final ListView<RecentCases.Entry> recent = new ListView<>();
    private final Label noRecent;

    StartScreen(Messages text, Runnable onOpen, Runnable onDemo, Runnable onOpenCase, Consumer<Path> onRecent,
            Runnable onClearRecent, BundleCard bundle) {
        this.text = text;
        Label title = new Label(text.get("start.title"));
        title.getStyleClass().add("start-title");
        Label subtitle = new Label(text.get("start.subtitle"));
        subtitle.getStyleClass().add("secondary");
        subtitle.setWrapText(true);
        Button open = bigButton("startOpen", text.get("start.open"), onOpen);
        Button demo = bigButton("startDemo", text.get("start.demo"), onDemo);
        Button openCase = bigButton("startOpenCase", text.get("start.openCase"), onOpenCase);
        Label demoNote = new Label(text.get("start.demoNote"));
        demoNote.getStyleClass().add("secondary");
        demoNote.setWrapText(true);
        Label drop = new Label(text.get("start.drop"));
        drop.setId("dropZone");
        drop.getStyleClass().add("drop-zone");
        drop.setMaxWidth(Double.MAX_VALUE);
        drop.setAlignment(Pos.CENTER);
        VBox actions = new VBox(10, title, subtitle, open, openCase, demo, demoNote, drop);
        actions.getStyleClass().add("card");

        Label recentHeading = new Label(text.get("start.recent"));
        recentHeading.getStyleClass().add("card-heading");
        recent.setId("recentCases");
        recent.setPrefHeight(200);
        recent.setCellFactory(v -> new RecentCell());
        recent.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected(onRecent);
            }
        });
        recent.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected(onRecent);
            }
        });
        noRecent = new Label(text.get("start.noRecent"));
        noRecent.getStyleClass().add("secondary");
        Button clear = new Button(text.get("start.clearRecent"));
        clear.setId("recentClear");
        clear.setOnAction(e -> onClearRecent.run());
        Label privacy = new Label(text.get("start.recentPrivacy"));
        privacy.getStyleClass().add("secondary");
        privacy.setWrapText(true);
        VBox recentCard = new VBox(8, recentHeading, noRecent, recent, new HBox(8, clear), privacy);
        recentCard.getStyleClass().add("card");

        VBox left = new VBox(16, actions, recentCard);
        left.setPrefWidth(520);
        left.setMaxWidth(620);
        HBox.setHgrow(left, Priority.ALWAYS);
        VBox right = new VBox(bundle.node());
        right.setPrefWidth(400);
        right.setMinWidth(300);
        HBox columns = new HBox(24, left, right);
        columns.setPadding(new Insets(32, 40, 32, 40));
        columns.setAlignment(Pos.TOP_CENTER);
        node = new ScrollPane(columns);
        node.setId("startScreen");
        node.setFitToWidth(true);
        node.getStyleClass().add("start-screen");
        setRecent(List.of());
    }

    Node node() {
        return node;
    }

    void setRecent(List<RecentCases.Entry> entries) {
        recent.getItems().setAll(entries);
        boolean any = !entries.isEmpty();
        recent.setVisible(any);
        recent.setManaged(any);
        noRecent.setVisible(!any);
        noRecent.setManaged(!any);
    }

    private void openSelected(Consumer<Path> onRecent) {
        RecentCases.Entry e = recent.getSelectionModel().getSelectedItem();
        if (e != null) {
            onRecent.accept(e.folder());
        }
    }

    private static Button bigButton(String id, String words, Runnable action) {
        Button b = new Button(words);
        b.setId(id);
        b.getStyleClass().add("big-button");
        b.setMaxWidth(Double.MAX_VALUE);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A recent folder: its last two names and the series loaded from it; the full path as a tooltip. */
    private final class RecentCell extends ListCell<RecentCases.Entry> {
        @Override
        protected void updateItem(RecentCases.Entry e, boolean empty) {
            super.updateItem(e, empty);
            if (empty || e == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Label folder = new Label(DisplayText.shortFolder(e.folder()));
            folder.getStyleClass().add("recent-folder");
            Label detail = new Label(text.get("start.recentDetail", e.description().isEmpty() ? "–" : e.description(),
                    DisplayText.when(e.opened())));
            detail.getStyleClass().add("secondary");
            VBox lines = new VBox(1, folder, detail);
            lines.setMinWidth(Region.USE_PREF_SIZE);
            setText(null);
            setGraphic(lines);
            setTooltip(new Tooltip(e.folder().toString()));
        }
    }
}
