package org.tacerisk.app;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.tacerisk.common.AppFolders;
import org.tacerisk.selftest.CheckResult;
import org.tacerisk.selftest.SelfTest;

/**
 * The toolbar's Self-test: runs {@link SelfTest} on the installation in the background (the window stays usable)
 * and shows its pass/fail table in a separate, non-modal window, the same rows as {@code tacerisk selftest}.
 */
final class SelfTestWindow {

    private SelfTestWindow() {
    }

    /** The button; the checks write their scratch files under the window's {@code dataFolder}. */
    static Button button(Messages text, Window owner, BackgroundWork work, java.nio.file.Path dataFolder) {
        Button button = new Button(text.get("selftest.button"));
        button.setId("selfTestButton");
        button.setTooltip(new Tooltip(text.get("selftest.tooltip")));
        button.setOnAction(e -> work.run(text.get("selftest.running"), text.get("selftest.failedToRun"),
                progress -> SelfTest.run(SelfTest.checks(dataFolder, AppFolders.shipped(AppFolders.MODELS)),
                        r -> progress.report(r.name(), Double.NaN)),
                results -> show(text, owner, results)));
        return button;
    }

    static Stage show(Messages text, Window owner, List<CheckResult> results) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(text.get("selftest.title"));
        BorderPane root = new BorderPane(table(text, results));
        boolean passed = SelfTest.allPassed(results);
        Label summary = new Label(passed ? text.get("selftest.allPassed", results.size())
                : text.get("selftest.someFailed", results.stream().filter(r -> !r.passed()).count(), results.size()));
        summary.setId("selfTestSummary");
        summary.getStyleClass().add(passed ? "selftest-passed" : "selftest-failed");
        root.setTop(summary);
        root.getStyleClass().add("selftest");
        Scene scene = new Scene(root, 960, 420);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    private static TableView<CheckResult> table(Messages text, List<CheckResult> results) {
        TableView<CheckResult> table = new TableView<>(FXCollections.observableArrayList(results));
        table.setId("selfTestTable");
        table.getColumns().add(column(text.get("selftest.check"), 170, CheckResult::name));
        table.getColumns().add(column(text.get("selftest.result"), 70,
                r -> r.passed() ? text.get("selftest.pass") : text.get("selftest.fail")));
        table.getColumns().add(column(text.get("selftest.time"), 70,
                r -> String.format(Locale.ROOT, "%.2f s", r.duration().toMillis() / 1000.0)));
        table.getColumns().add(column(text.get("selftest.detail"), 620, CheckResult::detail));
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(CheckResult item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("selftest-failed-row");
                if (!empty && item != null && !item.passed()) {
                    getStyleClass().add("selftest-failed-row");
                }
            }
        });
        return table;
    }

    private static TableColumn<CheckResult, String> column(String title, double width,
            java.util.function.Function<CheckResult, String> value) {
        TableColumn<CheckResult, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        // a long detail is cut at the column's edge: its whole text on hover
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new Tooltip(item));
            }
        });
        return column;
    }
}
