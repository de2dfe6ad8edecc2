package org.tacerisk.app;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The panels beside the viewer: on the left the open folder's series and the ROI tools (a {@code VBox} with id
 * {@code roiTools} that the tools fill), on the right the case: live outline measurements, the inputs, Compute and the
 * result above (scrolling), the nomogram and the model's figures below.
 */
final class SidePanels {

    private final VBox left;
    private final VBox right;
    private final VBox roiTools = new VBox(6);
    private final TitledPane measurements;
    private final javafx.scene.layout.StackPane figures = new javafx.scene.layout.StackPane();
    /** Wide enough for a four-axis nomogram's labels next to the viewer at 1366 × 768. */
    static final double RIGHT_WIDTH = 430;

    SidePanels(Messages text, SeriesList seriesList, BundleCard caseBundle, CasePanel casePanel) {
        TitledPane series = new TitledPane(text.get("left.series"), seriesList.node());
        series.setId("seriesPane");
        // the series list stays short (a study has a handful of series); the ROI tools take the rest
        series.setPrefHeight(150);
        series.setMinHeight(90);
        roiTools.setId("roiTools");
        roiTools.getChildren().add(secondary(text.get("left.roiTools.placeholder")));
        TitledPane tools = new TitledPane(text.get("left.roiTools"), roiTools);
        tools.setId("roiToolsPane");
        tools.setMaxHeight(Double.MAX_VALUE);
        VBox.setVgrow(tools, Priority.ALWAYS);
        left = panel("leftPanel", 290, series, tools);

        Label heading = new Label(text.get("case.heading"));
        heading.getStyleClass().add("panel-heading");
        measurements = new TitledPane(text.get("case.outline"), null);
        measurements.setId("measurementsPane");
        measurements.setVisible(false);
        measurements.setManaged(false);
        VBox upper = new VBox(10, heading, casePanel.inputsNode(), measurements, caseBundle.node());
        upper.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(upper);
        scroll.setId("caseScroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        // three parts the user can resize: inputs, Compute with the result, the nomogram and figures
        figures.setId("figuresHolder");
        figures.setMinHeight(0);
        SplitPane split = new SplitPane(scroll, casePanel.resultNode(), figures);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.34, 0.66);
        VBox.setVgrow(split, Priority.ALWAYS);
        right = panel("casePanel", RIGHT_WIDTH, split);
    }

    VBox left() {
        return left;
    }

    VBox right() {
        return right;
    }

    /** Where the nomogram and model tabs sit when they are not enlarged into the centre. */
    javafx.scene.layout.StackPane figures() {
        return figures;
    }

    VBox roiTools() {
        return roiTools;
    }

    /** The open series' ROI tools on the left and its live measurements at the top of the case. */
    void showRoiTools(javafx.scene.Node tools, javafx.scene.Node liveMeasurements) {
        VBox.setVgrow(tools, Priority.ALWAYS);
        roiTools.getChildren().setAll(tools);
        measurements.setContent(liveMeasurements);
        measurements.setVisible(true);
        measurements.setManaged(true);
    }

    private static VBox panel(String id, double width, javafx.scene.Node... children) {
        VBox panel = new VBox(children);
        panel.setId(id);
        panel.getStyleClass().add("side-panel");
        panel.setPrefWidth(width);
        panel.setMinWidth(Region.USE_PREF_SIZE);
        return panel;
    }

    private static Label secondary(String words) {
        Label label = new Label(words);
        label.setWrapText(true);
        label.getStyleClass().add("secondary");
        return label;
    }
}
