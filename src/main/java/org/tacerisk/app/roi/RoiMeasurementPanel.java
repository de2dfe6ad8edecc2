package org.tacerisk.app.roi;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.tacerisk.roi.RoiStats;

/**
 * The ROI's live measurements (RoiWords.rows): updated on every published change of the mask from the incremental
 * slice sums (cheap, so painting never waits), the 3D diameter only when a step has finished.
 */
public final class RoiMeasurementPanel extends VBox {

    private final RoiWords words;
    private final VBox grid = new VBox(1);
    private final Label[] values = new Label[6];
    private String diameter3d;

    RoiMeasurementPanel(RoiWords words) {
        this.words = words;
        getStyleClass().addAll("roi-measurements", "side-section");
        setId("roiMeasurements");
        Label title = new Label(words.get("roi.measure.title"));
        title.getStyleClass().add("panel-heading");
        grid.getStyleClass().add("roi-measure-grid");
        getChildren().addAll(title, grid);
        setSpacing(6);
    }

    /** Shows {@code stats}; {@code with3d} false while a stroke is open: the last 3D diameter stays. */
    void show(RoiStats stats, boolean with3d) {
        if (with3d || diameter3d == null) {
            diameter3d = words.diameter3d(stats.maxDiameter3dMm());
        }
        List<RoiWords.Row> rows = words.rows(stats, diameter3d);
        if (grid.getChildren().isEmpty()) {
            for (int n = 0; n < rows.size(); n++) {
                Label name = new Label(rows.get(n).label());
                name.getStyleClass().add("secondary");
                values[n] = new Label();
                values[n].getStyleClass().add("roi-measure-value");
                values[n].setId("roiMeasure" + n);
                grid.getChildren().addAll(name, values[n]); // label above value: fits a narrow side panel
            }
        }
        for (int n = 0; n < rows.size(); n++) {
            values[n].setText(rows.get(n).value());
        }
    }

    /** The value texts shown, in row order (for tests and the report). */
    List<String> valueTexts() {
        return java.util.Arrays.stream(values).map(Label::getText).toList();
    }
}
