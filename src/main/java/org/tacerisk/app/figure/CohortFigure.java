package org.tacerisk.app.figure;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.report.figure.Plot;

/**
 * One model figure with a cohort choice above it (a toggle button per cohort the figure has data for), a line of
 * numbers under the choice, the SYNTHETIC label when the bundle is synthetic, and the figure ({@link PlotView}).
 * A subclass says what the figure of a cohort is and places its marks.
 */
abstract class CohortFigure extends BorderPane {

    static final Color PATIENT = NomogramView.MARKER;
    static final Color CUTOFF = Color.web("#56b4e9");

    final FigureWords words;
    final BundleManifest manifest;
    final PlotView plot = new PlotView(this::placeMarks);
    private final Label stats = new Label();
    private final ToggleGroup choice = new ToggleGroup();
    private String cohort;

    /** {@code id}: the prefix of the ids ("calibration": calibrationCohort-train, calibrationStats, ...). */
    CohortFigure(String id, BundleManifest manifest, List<String> cohorts, FigureWords words) {
        this.words = words;
        this.manifest = manifest;
        getStyleClass().add("model-figure");
        FlowPane buttons = new FlowPane(4, 4);
        buttons.setAlignment(Pos.CENTER_LEFT);
        for (String c : cohorts) {
            ToggleButton b = new ToggleButton(words.cohort(c));
            b.setId(id + "Cohort-" + c);
            b.setUserData(c);
            b.setToggleGroup(choice);
            buttons.getChildren().add(b);
        }
        choice.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one cohort is always shown
            } else {
                show((String) now.getUserData());
            }
        });
        stats.setId(id + "Stats");
        stats.getStyleClass().add("figure-stats");
        stats.setWrapText(true);
        VBox top = new VBox(4, buttons, stats);
        if (Boolean.TRUE.equals(manifest.synthetic())) {
            Label badge = new Label(words.syntheticLabel(manifest));
            badge.setId(id + "Synthetic");
            badge.getStyleClass().add("synthetic-badge");
            badge.setWrapText(true);
            top.getChildren().add(0, badge);
        }
        top.setPadding(new Insets(6, 6, 4, 6));
        setTop(top);
        plot.setId(id + "Plot");
        if (cohorts.isEmpty()) {
            Label none = new Label(words.get("modelFigures.notInBundle"));
            none.setId(id + "None");
            none.setWrapText(true);
            none.setPadding(new Insets(12));
            setCenter(none);
        } else {
            setCenter(plot);
        }
    }

    /** Shows the first cohort; a subclass calls it last in its constructor, when its marks exist. */
    final void showFirst() {
        if (!choice.getToggles().isEmpty()) {
            choice.getToggles().get(0).setSelected(true);
        }
    }

    /** The cohort shown, or null when the bundle has none for this figure. */
    String cohort() {
        return cohort;
    }

    /** Shows {@code name}'s figure (a cohort of the choice). */
    void select(String name) {
        choice.getToggles().stream().filter(t -> name.equals(t.getUserData())).findFirst()
                .ifPresent(t -> t.setSelected(true));
    }

    private void show(String name) {
        cohort = name;
        stats.setText(stats(name));
        plot.show(() -> plot(name).relabel(words));
    }

    /** The figure of {@code cohort} in the report's English words (relabelled for the screen); any size. */
    abstract Plot plot(String cohort);

    /** The line of numbers above the figure. */
    abstract String stats(String cohort);

    /** Places the marks on {@link PlotView#marks()} for the figure on screen ({@link PlotView#area()}). */
    abstract void placeMarks();

    /** The cohort's size for the stats line: "n 266 · 55 events". */
    String cohortSize(String name) {
        return manifest.cohorts().stream().filter(c -> c.name().equals(name)).findFirst()
                .map(c -> words.get("modelFigures.cohortSize", c.n(), c.events())).orElse("");
    }

    /** A vertical mark across the plot area at data x {@code x}; hidden when outside the x axis. */
    static void vertical(Line line, Plot.Area a, double x) {
        boolean inside = a != null && x >= a.x().min() && x <= a.x().max();
        line.setVisible(inside);
        if (inside) {
            line.setStartX(a.px(x));
            line.setEndX(a.px(x));
            line.setStartY(a.top());
            line.setEndY(a.bottom());
        }
    }

    static Line markLine(String id, Color colour) {
        Line line = new Line();
        line.setId(id);
        line.setStroke(colour);
        line.setStrokeWidth(2);
        line.getStrokeDashArray().setAll(6.0, 4.0);
        line.setMouseTransparent(true);
        line.setManaged(false);
        line.setVisible(false);
        return line;
    }

    static Label markLabel(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("figure-mark-label");
        label.setMouseTransparent(true);
        label.setManaged(false);
        label.setVisible(false);
        return label;
    }

    /** Puts {@code label} next to data x {@code at} at view y {@code y}: right of it, or left near the right edge. */
    static void placeLabel(Label label, Plot.Area a, double atX, double y) {
        label.applyCss();
        label.autosize();
        double x = atX + 4;
        if (x + label.getWidth() > a.right()) {
            x = atX - 4 - label.getWidth();
        }
        label.relocate(Math.max(a.left(), x), y);
    }
}
