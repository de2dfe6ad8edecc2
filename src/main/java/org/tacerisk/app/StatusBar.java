package org.tacerisk.app;

import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The bottom line of the window: what is running (or what happened last), its progress and a Cancel button; the
 * active model bundle's name and version, and its SYNTHETIC label whenever the bundle is synthetic.
 */
final class StatusBar {

    private final Label message = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel;
    private final Label bundle = new Label();
    private final Label synthetic = new Label();
    private final HBox node;
    private Runnable onCancel = () -> { };

    StatusBar(Messages text) {
        message.setId("statusMessage");
        message.setMinWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        progress.setId("statusProgress");
        progress.setPrefWidth(180);
        cancel = new Button(text.get("status.cancel"));
        cancel.setId("cancel");
        cancel.setOnAction(e -> onCancel.run());
        cancel.setMinWidth(Region.USE_PREF_SIZE); // never "Ca…": the running message gives way instead
        bundle.setId("statusBundle");
        bundle.setMinWidth(Region.USE_PREF_SIZE);
        synthetic.setId("statusSynthetic");
        synthetic.getStyleClass().add("synthetic-badge");
        synthetic.setMinWidth(Region.USE_PREF_SIZE);
        node = new HBox(8, message, progress, cancel, bundle, synthetic);
        node.setAlignment(Pos.CENTER_LEFT);
        node.setPadding(new Insets(4, 8, 4, 8));
        node.getStyleClass().add("status-bar");
        idle(text.get("status.ready"));
        setBundle(null, text);
    }

    HBox node() {
        return node;
    }

    void onCancel(Runnable action) {
        onCancel = action;
    }

    /** Shows {@code task}'s messages and progress until {@link #idle}. */
    void running(Task<?> task, String what) {
        message.textProperty().bind(task.messageProperty());
        progress.progressProperty().bind(task.progressProperty());
        show(true);
        cancel.setDisable(false);
    }

    /** The Cancel button was pressed: says so until the call stops. */
    void cancelling(String words) {
        message.textProperty().unbind();
        message.setText(words);
        cancel.setDisable(true);
    }

    /** Nothing runs: {@code words} says what happened last. */
    void idle(String words) {
        message.textProperty().unbind();
        progress.progressProperty().unbind();
        message.setText(words);
        show(false);
    }

    void setBundle(BundleSummary summary, Messages text) {
        bundle.setText(summary == null ? text.get("status.noBundle")
                : text.get("status.bundle", summary.name(), summary.version()));
        synthetic.setText(summary == null || !summary.synthetic() ? "" : summary.label(text));
        synthetic.setVisible(summary != null && summary.synthetic());
        synthetic.setManaged(synthetic.isVisible());
    }

    String message() {
        return message.getText();
    }

    private void show(boolean running) {
        progress.setVisible(running);
        progress.setManaged(running);
        cancel.setVisible(running);
        cancel.setManaged(running);
    }
}
