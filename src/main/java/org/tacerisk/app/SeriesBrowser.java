package org.tacerisk.app;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.tacerisk.common.Finding;
import org.tacerisk.dicom.DicomFindings;
import org.tacerisk.dicom.SeriesEntry;

/**
 * The series browser: the patients, studies and series of a scanned folder in a tree table, each series with its
 * thumbnail, instance count, slice thickness, pixel spacing, contrast/phase hint and findings, before anything is
 * loaded; structure sets and SEGs under the series they are drawn on; the selected line's findings in full (what is
 * wrong, what to do) and the files that could not be read. Double-click, Enter or "Load series" loads a series.
 */
final class SeriesBrowser {

    static final double THUMBNAIL = 56;

    private final Messages text;
    private final TreeTableView<BrowserRow> table = new TreeTableView<>();
    private final Label folder = new Label();
    private final VBox details = new VBox(4);
    private final VBox unreadable = new VBox(3);
    private final Button load;
    private final VBox node;
    private final Consumer<SeriesEntry> onLoad;

    SeriesBrowser(Messages text, Consumer<SeriesEntry> onLoad) {
        this.text = text;
        this.onLoad = onLoad;
        table.setId("seriesTable");
        table.setShowRoot(false);
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TreeTableColumn<BrowserRow, BrowserRow> title = column("browser.col.series", r -> r, 340);
        title.setCellFactory(c -> new TitleCell());
        TreeTableColumn<BrowserRow, BrowserRow> findings = column("browser.col.findings", r -> r, 260);
        findings.setCellFactory(c -> new FindingCell());
        table.getColumns().add(title);
        table.getColumns().add(textColumn("browser.col.images", BrowserRow::images, 70));
        table.getColumns().add(textColumn("browser.col.thickness", BrowserRow::thickness, 100));
        table.getColumns().add(textColumn("browser.col.spacing", BrowserRow::spacing, 120));
        table.getColumns().add(textColumn("browser.col.phase", BrowserRow::phase, 170));
        table.getColumns().add(findings);
        table.setRowFactory(t -> {
            TreeTableRow<BrowserRow> row = new TreeTableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && row.getItem() != null) {
                    loadRow(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                loadRow(selected());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showDetails(b == null ? null
                : b.getValue()));
        VBox.setVgrow(table, Priority.ALWAYS);

        folder.setId("browserFolder");
        folder.getStyleClass().add("browser-folder");
        folder.setMinWidth(0);
        load = new Button(text.get("browser.load"));
        load.setId("loadSeries");
        load.getStyleClass().add("accent-button");
        load.setDisable(true);
        load.setOnAction(e -> loadRow(selected()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = new HBox(8, folder, grow, load);
        header.setAlignment(Pos.CENTER_LEFT);

        details.setId("seriesDetails");
        unreadable.setId("unreadableFiles");
        VBox below = new VBox(8, details, unreadable);
        below.setPadding(new Insets(4, 2, 4, 2));
        ScrollPane belowScroll = new ScrollPane(below);
        belowScroll.setFitToWidth(true);
        belowScroll.setPrefHeight(150);
        belowScroll.setMinHeight(90);
        node = new VBox(8, header, table, belowScroll);
        node.setId("seriesBrowser");
        node.setPadding(new Insets(10));
    }

    Node node() {
        return node;
    }

    /** Shows a scanned folder; selects its first loadable series. */
    void show(OpenedFolder opened) {
        folder.setText(text.get("browser.folder", opened.index().root()));
        TreeItem<BrowserRow> root = new TreeItem<>();
        for (BrowserRow patient : BrowserRow.of(opened.index(), opened.previews(), text)) {
            root.getChildren().add(item(patient));
        }
        table.setRoot(root);
        showUnreadable(opened.index().findings());
        TreeItem<BrowserRow> first = firstSeries(root);
        if (first != null) {
            table.getSelectionModel().select(first);
        } else {
            showDetails(null);
        }
    }

    TreeTableView<BrowserRow> table() {
        return table;
    }

    /** Selects the series line of {@code uid}; false when there is none. */
    boolean select(String seriesInstanceUid) {
        TreeItem<BrowserRow> found = find(table.getRoot(), seriesInstanceUid);
        if (found != null) {
            table.getSelectionModel().select(found);
        }
        return found != null;
    }

    private BrowserRow selected() {
        TreeItem<BrowserRow> item = table.getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue();
    }

    private void loadRow(BrowserRow row) {
        if (row != null && row.series() != null) {
            onLoad.accept(row.series());
        }
    }

    private void showDetails(BrowserRow row) {
        details.getChildren().clear();
        load.setDisable(row == null || row.series() == null);
        if (row == null) {
            return;
        }
        Label heading = new Label(row.title());
        heading.getStyleClass().add("details-heading");
        details.getChildren().add(heading);
        if (row.series() != null && !row.series().loadable()) {
            Label why = new Label(text.get("browser.notLoadable"));
            why.getStyleClass().add("error-text");
            why.setWrapText(true);
            details.getChildren().add(why);
        }
        if (row.findings().isEmpty() && row.kind() == BrowserRow.Kind.SERIES) {
            details.getChildren().add(new Label(text.get("browser.noFindings")));
        }
        row.findings().stream().sorted((a, b) -> b.severity().compareTo(a.severity()))
                .forEach(f -> details.getChildren().add(SeverityIcon.findingLine(f, text)));
    }

    /** The files the scan could not read (not-DICOM files are counted, not listed: a folder may hold many). */
    private void showUnreadable(List<Finding> findings) {
        unreadable.getChildren().clear();
        List<Finding> problems = findings.stream().filter(f -> !DicomFindings.NOT_DICOM.equals(f.code())).toList();
        long notDicom = findings.size() - problems.size();
        if (!problems.isEmpty()) {
            Label heading = new Label(text.get("browser.unreadable", problems.size()));
            heading.getStyleClass().add("details-heading");
            unreadable.getChildren().add(heading);
            problems.forEach(f -> unreadable.getChildren().add(SeverityIcon.findingLine(f, text)));
        }
        if (notDicom > 0) {
            unreadable.getChildren().add(new Label(text.get("browser.notDicom", notDicom)));
        }
    }

    private static TreeItem<BrowserRow> item(BrowserRow row) {
        TreeItem<BrowserRow> item = new TreeItem<>(row);
        item.setExpanded(row.kind() != BrowserRow.Kind.SERIES);
        row.children().forEach(c -> item.getChildren().add(item(c)));
        return item;
    }

    private static TreeItem<BrowserRow> firstSeries(TreeItem<BrowserRow> item) {
        TreeItem<BrowserRow> fallback = null;
        for (TreeItem<BrowserRow> p : item.getChildren()) {
            for (TreeItem<BrowserRow> st : p.getChildren()) {
                for (TreeItem<BrowserRow> s : st.getChildren()) {
                    if (s.getValue().series().loadable()) {
                        return s;
                    }
                    fallback = fallback == null ? s : fallback;
                }
            }
        }
        return fallback;
    }

    private static TreeItem<BrowserRow> find(TreeItem<BrowserRow> item, String uid) {
        if (item == null) {
            return null;
        }
        if (item.getValue() != null && item.getValue().series() != null
                && item.getValue().series().seriesInstanceUid().equals(uid)) {
            return item;
        }
        for (TreeItem<BrowserRow> c : item.getChildren()) {
            TreeItem<BrowserRow> found = find(c, uid);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private <T> TreeTableColumn<BrowserRow, T> column(String key, Function<BrowserRow, T> value, double width) {
        TreeTableColumn<BrowserRow, T> c = new TreeTableColumn<>(text.get(key));
        c.setCellValueFactory(f -> new javafx.beans.property.ReadOnlyObjectWrapper<>(
                f.getValue().getValue() == null ? null : value.apply(f.getValue().getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    private TreeTableColumn<BrowserRow, String> textColumn(String key, Function<BrowserRow, String> value,
            double width) {
        TreeTableColumn<BrowserRow, String> c = new TreeTableColumn<>(text.get(key));
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(
                f.getValue().getValue() == null ? "" : value.apply(f.getValue().getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    /** The row's title; a series line also shows its thumbnail. */
    private final class TitleCell extends TreeTableCell<BrowserRow, BrowserRow> {
        @Override
        protected void updateItem(BrowserRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label words = new Label(row.title());
            words.getStyleClass().add("row-" + row.kind().name().toLowerCase(java.util.Locale.ROOT));
            HBox box = row.kind() == BrowserRow.Kind.SERIES
                    ? new HBox(8, PreviewImage.tile(row.preview(), THUMBNAIL, text), words) : new HBox(words);
            box.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(box);
        }
    }

    /** The worst severity's icon and the most severe finding's message. */
    private final class FindingCell extends TreeTableCell<BrowserRow, BrowserRow> {
        @Override
        protected void updateItem(BrowserRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null || row.worst() == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label words = new Label(row.findingSummary().isEmpty() ? text.get("browser.findingsBelow")
                    : row.findingSummary());
            HBox box = new HBox(6, SeverityIcon.of(row.worst(), text), words);
            box.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(box);
        }
    }
}
