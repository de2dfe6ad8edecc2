package org.tacerisk.app;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.tacerisk.dicom.SeriesEntry;

/**
 * The left panel's list of the open folder's series while one is viewed: thumbnail, description, size and the worst
 * finding's icon, so that switching series does not need the full browser. Double-click or Enter loads one.
 */
final class SeriesList {

    static final double THUMBNAIL = 48;

    private final Messages text;
    private final ListView<BrowserRow> list = new ListView<>();

    SeriesList(Messages text, Consumer<SeriesEntry> onLoad) {
        this.text = text;
        list.setId("seriesList");
        list.setCellFactory(v -> new SeriesCell());
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                load(onLoad);
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                load(onLoad);
            }
        });
    }

    ListView<BrowserRow> node() {
        return list;
    }

    /** The series lines of {@code rows} (patients → studies → series), in order. */
    void show(List<BrowserRow> rows) {
        list.getItems().setAll(rows.stream().flatMap(p -> p.children().stream())
                .flatMap(st -> st.children().stream()).toList());
    }

    /** Marks the series on screen. */
    void select(String seriesInstanceUid) {
        list.getItems().stream().filter(r -> r.series().seriesInstanceUid().equals(seriesInstanceUid)).findFirst()
                .ifPresent(r -> list.getSelectionModel().select(r));
    }

    private void load(Consumer<SeriesEntry> onLoad) {
        BrowserRow row = list.getSelectionModel().getSelectedItem();
        if (row != null) {
            onLoad.accept(row.series());
        }
    }

    private final class SeriesCell extends ListCell<BrowserRow> {
        @Override
        protected void updateItem(BrowserRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label title = new Label(row.title());
            title.getStyleClass().add("row-series");
            title.setMinWidth(0);
            Label size = new Label(text.get("seriesList.size", row.images(), row.thickness()));
            size.getStyleClass().add("secondary");
            HBox status = new HBox(4);
            if (row.worst() != null) {
                Label finding = new Label(row.findingSummary());
                finding.getStyleClass().add("secondary");
                finding.setMinWidth(0);
                status.getChildren().addAll(SeverityIcon.of(row.worst(), text), finding);
            }
            VBox lines = new VBox(2, title, size, status);
            lines.setMinWidth(0);
            HBox.setHgrow(lines, Priority.ALWAYS);
            HBox box = new HBox(8, PreviewImage.tile(row.preview(), THUMBNAIL, text), lines);
            box.setAlignment(Pos.CENTER_LEFT);
            box.setMinWidth(0);
            box.setPrefWidth(0);
            setText(null);
            setGraphic(box);
        }
    }
}
