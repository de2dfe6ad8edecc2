package org.tacerisk.app.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.tacerisk.common.Finding;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.model.Cohort;
import org.tacerisk.model.DirectionConflict;
import org.tacerisk.model.PerformanceRow;
import org.tacerisk.model.TrainingImages;

/**
 * The model card: what the bundle is (name, version, SHA-256 of its manifest, when and with which software it was
 * made), what it is for and not for, its cohorts, its performance table, the validations and updates it has been
 * through ({@link HistoryLines}), its training images' spacing and every caveat it states, with the SYNTHETIC label on top when the bundle is synthetic.
 */
final class ModelCard {

    private static final double ROW_HEIGHT = 24;

    private final BundleManifest m;
    private final FigureWords words;
    private final ScrollPane node;

    ModelCard(BundleManifest manifest, String manifestSha256, List<Finding> warnings, FigureWords words) {
        this.m = manifest;
        this.words = words;
        VBox box = new VBox(10);
        box.getStyleClass().add("model-card");
        box.setPadding(new Insets(8));
        Label name = wrapped(m.name());
        name.setId("modelCardName");
        name.getStyleClass().add("bundle-name");
        box.getChildren().add(name);
        if (Boolean.TRUE.equals(m.synthetic())) {
            Label badge = wrapped(words.syntheticLabel(m));
            badge.setId("modelCardSynthetic");
            badge.getStyleClass().add("synthetic-badge");
            box.getChildren().add(badge);
        }
        box.getChildren().addAll(identity(manifestSha256), heading("modelFigures.card.cohorts"), cohorts(),
                heading("modelFigures.card.performance"), performance(), heading("modelFigures.card.history"),
                history(), heading("modelFigures.card.limitations"), limitations(warnings));
        node = new ScrollPane(box);
        node.setId("modelCard");
        node.setFitToWidth(true);
    }

    Node node() {
        return node;
    }

    private GridPane identity(String sha) {
        GridPane g = grid();
        int row = 0;
        row = pair(g, row, "modelFigures.card.version", wrapped(m.version()));
        // selectable for copying, wrapped so that all 64 digits show in a narrow panel
        TextArea shaField = new TextArea(sha);
        shaField.setId("modelCardSha256");
        shaField.setEditable(false);
        shaField.setWrapText(true);
        shaField.setPrefRowCount(2);
        // one line where the 64 monospace digits fit (about 7.5 px each at 12 px), two where they do not
        shaField.widthProperty().addListener((obs, old, w) -> shaField.setPrefRowCount(w.doubleValue() > 520 ? 1
                : 2));
        shaField.setMinHeight(Region.USE_PREF_SIZE);
        shaField.getStyleClass().add("model-card-sha");
        row = pair(g, row, "modelFigures.card.sha256", shaField);
        row = pair(g, row, "modelFigures.card.created", wrapped(m.created()));
        row = pair(g, row, "modelFigures.card.software", wrapped(m.softwareVersion()));
        Label use = wrapped(m.intendedUse());
        use.setId("modelCardIntendedUse");
        row = pair(g, row, "modelFigures.card.intendedUse", use);
        Label notUse = wrapped(m.notIntendedUse());
        notUse.setId("modelCardNotIntendedUse");
        notUse.getStyleClass().add("model-card-not-intended");
        row = pair(g, row, "modelFigures.card.notIntendedUse", notUse);
        Label spacing = wrapped(spacing(m.trainingImages()));
        spacing.setId("modelCardSpacing");
        pair(g, row, "modelFigures.card.spacing", spacing);
        return g;
    }

    private String spacing(TrainingImages t) {
        if (t == null) {
            return words.get("modelFigures.card.spacingUnknown");
        }
        List<String> axes = new ArrayList<>();
        String[] names = {"x", "y", "z"};
        for (int i = 0; i < 3; i++) {
            TrainingImages.Range r = t.spacingMm().axis(i);
            axes.add(r.min().equals(r.max()) ? names[i] + " " + FigureFormat.mm(r.median())
                    : words.get("modelFigures.card.spacingRange", names[i], FigureFormat.mm(r.median()),
                            FigureFormat.mm(r.min()), FigureFormat.mm(r.max())));
        }
        return words.get("modelFigures.card.spacingValue", String.join(", ", axes), t.n());
    }

    private GridPane cohorts() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(4);
        g.setId("modelCardCohorts");
        String[] headings = {"cohort", "centres", "dates", "n", "events"};
        for (int c = 0; c < headings.length; c++) {
            Label h = whole(words.get("modelFigures.card.column." + headings[c]));
            h.getStyleClass().add("model-card-key");
            g.add(h, c, 0);
        }
        int row = 1;
        for (Cohort c : m.cohorts()) {
            g.add(whole(words.cohort(c.name())), 0, row);
            Label centres = wrapped(String.join("; ", c.centres()));
            centres.setMinWidth(80);
            GridPane.setHgrow(centres, Priority.ALWAYS);
            g.add(centres, 1, row);
            g.add(whole(c.dates().isEmpty() ? FigureFormat.NONE : c.dates()), 2, row);
            Label n = whole(Integer.toString(c.n()));
            n.setId("modelCardCohortN-" + c.name());
            g.add(n, 3, row);
            Label events = whole(Integer.toString(c.events()));
            events.setId("modelCardCohortEvents-" + c.name());
            g.add(events, 4, row);
            row++;
        }
        return g;
    }

    private TableView<PerformanceRow> performance() {
        TableView<PerformanceRow> table = new TableView<>();
        table.setId("modelCardPerformance");
        // the combined model's rows first, then the others in the bundle's order
        table.getItems().setAll(m.performance().stream()
                .sorted(Comparator.comparing(r -> !r.model().equals("combined"))).toList());
        table.getColumns().add(column("model", r -> words.model(r.model())));
        table.getColumns().add(column("cohort", r -> words.cohort(r.cohort())));
        table.getColumns().add(column("auc", r -> FigureFormat.auc(r.auc(), r.aucCiLow(), r.aucCiHigh())));
        table.getColumns().add(column("sensitivity", r -> FigureFormat.percent(r.sensitivity())));
        table.getColumns().add(column("specificity", r -> FigureFormat.percent(r.specificity())));
        table.getColumns().add(column("ppv", r -> FigureFormat.percent(r.ppv())));
        table.getColumns().add(column("npv", r -> FigureFormat.percent(r.npv())));
        table.getColumns().add(column("accuracy", r -> FigureFormat.percent(r.accuracy())));
        table.setFixedCellSize(ROW_HEIGHT);
        // every row shown: the card scrolls, not the table (a horizontal scroll bar may take one row's height)
        double height = (m.performance().size() + 1) * ROW_HEIGHT + 2 * ROW_HEIGHT;
        table.setPrefHeight(height);
        table.setMinHeight(height);
        table.setPlaceholder(new Label(words.get("modelFigures.notInBundle")));
        return table;
    }

    private TableColumn<PerformanceRow, String> column(String key, Function<PerformanceRow, String> value) {
        TableColumn<PerformanceRow, String> c = new TableColumn<>(words.get("modelFigures.card.column." + key));
        c.setCellValueFactory(r -> new ReadOnlyStringWrapper(value.apply(r.getValue())));
        c.setSortable(false);
        c.setId("modelCardColumn-" + key);
        return c;
    }

    /** The validations and updates the bundle has been through (its manifest's history). */
    private VBox history() {
        VBox box = new VBox(4);
        box.setId("modelCardHistory");
        for (String line : HistoryLines.of(m, words::get)) {
            box.getChildren().add(wrapped("\u2022 " + line));
        }
        return box;
    }

    private VBox limitations(List<Finding> warnings) {
        VBox box = new VBox(4);
        box.setId("modelCardLimitations");
        List<String> lines = new ArrayList<>();
        if (!m.label().isBlank()) {
            lines.add(words.syntheticLabel(m));
        }
        if (m.history().stream().anyMatch(org.tacerisk.model.BundleHistoryEntry::isUpdate)) {
            lines.add(words.get("modelFigures.card.updatedNote"));
        }
        lines.addAll(m.directionNotes(DirectionConflict.COMBINED));
        lines.addAll(m.directionNotes(DirectionConflict.CLINICAL));
        for (Finding f : warnings) {
            lines.add(f.message());
        }
        if (m.trainingImages() == null) {
            lines.add(words.get("modelFigures.card.spacingUnknown"));
        }
        if (m.roc().isEmpty()) {
            lines.add(words.get("modelFigures.card.noRoc"));
        }
        lines.add(words.get("modelFigures.card.operatingPointNote"));
        for (String line : lines) {
            box.getChildren().add(wrapped("\u2022 " + line));
        }
        return box;
    }

    private Label heading(String key) {
        Label l = new Label(words.get(key));
        l.getStyleClass().add("card-heading");
        return l;
    }

    private int pair(GridPane g, int row, String key, Node value) {
        Label k = new Label(words.get(key));
        k.getStyleClass().add("model-card-key");
        k.setMinWidth(Region.USE_PREF_SIZE);
        g.add(k, 0, row);
        g.add(value, 1, row);
        GridPane.setHgrow(value, Priority.ALWAYS);
        return row + 1;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(4);
        ColumnConstraints keys = new ColumnConstraints();
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setMinWidth(60);
        g.getColumnConstraints().addAll(keys, values);
        return g;
    }

    /** A label never cut to an ellipsis (the centres column gives way instead). */
    private static Label whole(String s) {
        Label l = new Label(s);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label wrapped(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
