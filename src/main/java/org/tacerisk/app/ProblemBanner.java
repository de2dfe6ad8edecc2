package org.tacerisk.app;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.tacerisk.common.ChoiceRequiredException.Choice;
import org.tacerisk.common.Finding;
import org.tacerisk.common.Severity;

/**
 * The error panel: a banner above the work area that says what failed, in which file and what to do, lists the
 * findings behind it, and — when a choice is required — offers the candidates to pick from. Not modal: the window
 * stays usable underneath, and the next action hides it. Never a stack trace.
 */
final class ProblemBanner {

    static final int MAX_FINDINGS = 6;

    private final Messages text;
    private final VBox node = new VBox(6);
    private final Label title = new Label();
    private final javafx.scene.layout.StackPane icon = new javafx.scene.layout.StackPane();
    private final Label message = new Label();
    private final Label file = new Label();
    private final VBox findings = new VBox(3);
    private final ListView<Choice> choices = new ListView<>();
    private final Button choose;
    private final VBox choiceBox;
    private Consumer<Choice> onChoose = c -> { };

    ProblemBanner(Messages text) {
        this.text = text;
        node.setId("problem");
        node.getStyleClass().add("problem-banner");
        node.setPadding(new Insets(10, 12, 10, 12));
        title.setId("problemTitle");
        title.getStyleClass().add("problem-title");
        message.setId("problemMessage");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        file.setId("problemFile");
        file.getStyleClass().add("problem-file");
        file.setWrapText(true);
        file.setMinHeight(Region.USE_PREF_SIZE);
        Button close = new Button(text.get("problem.close"));
        close.setId("problemClose");
        close.setOnAction(e -> hide());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = new HBox(8, icon, title, grow, close);
        header.setAlignment(Pos.CENTER_LEFT);
        choices.setId("problemChoices");
        choices.setPrefHeight(120);
        choices.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Choice c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.description());
            }
        });
        choices.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                chooseSelected();
            }
        });
        choose = new Button(text.get("problem.useSelected"));
        choose.setId("problemChoose");
        choose.disableProperty().bind(choices.getSelectionModel().selectedItemProperty().isNull());
        choose.setOnAction(e -> chooseSelected());
        choiceBox = new VBox(6, choices, choose);
        node.getChildren().addAll(header, message, file, findings, choiceBox);
        hide();
    }

    VBox node() {
        return node;
    }

    /** Shows {@code problem}; {@code chosen} gets the candidate the user picks when it offers choices. */
    void show(Problem problem, Consumer<Choice> chosen) {
        onChoose = chosen == null ? c -> { } : chosen;
        // a required choice is a question, not a failure
        icon.getChildren().setAll(SeverityIcon.of(problem.choices().isEmpty() ? Severity.ERROR : Severity.WARNING,
                text));
        title.setText(problem.title());
        message.setText(problem.internal() ? problem.message() + " " + text.get("problem.internalAdvice")
                : problem.message());
        file.setText(problem.file() == null ? "" : text.get("problem.file", problem.file()));
        showIf(file, problem.file() != null);
        findings.getChildren().clear();
        List<Finding> shown = problem.findings().stream().limit(MAX_FINDINGS).toList();
        for (Finding f : shown) {
            findings.getChildren().add(SeverityIcon.findingLine(f, text));
        }
        if (problem.findings().size() > shown.size()) {
            findings.getChildren().add(new Label(text.get("problem.moreFindings",
                    problem.findings().size() - shown.size())));
        }
        showIf(findings, !shown.isEmpty());
        choices.getItems().setAll(problem.choices());
        showIf(choiceBox, !problem.choices().isEmpty());
        showIf(node, true);
    }

    void hide() {
        showIf(node, false);
    }

    boolean isShowing() {
        return node.isVisible();
    }

    private void chooseSelected() {
        Choice c = choices.getSelectionModel().getSelectedItem();
        if (c != null) {
            hide();
            onChoose.accept(c);
        }
    }

    private static void showIf(javafx.scene.Node n, boolean shown) {
        n.setVisible(shown);
        n.setManaged(shown);
    }
}
