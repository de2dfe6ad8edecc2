package org.tacerisk.app.viewer;

import org.tacerisk.deep.SaliencyColours;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Rectangle;

/**
 * The heat map's legend in a corner of its view: "Saliency (DL) · slice 23" over "low ▬ high", the bar in the
 * heat map's own colours ({@link SaliencyColours}), so the reader knows what the colours mean and which slice holds them.
 */
final class HeatLegend extends VBox {

    private static final double BAR_WIDTH = 80;
    private static final double BAR_HEIGHT = 8;

    private final ViewerText text;
    private final Label title = new Label();

    HeatLegend(ViewerText text) {
        this.text = text;
        getStyleClass().add("saliency-legend");
        setId("saliency-legend");
        setMouseTransparent(true);
        setManaged(false);
        title.getStyleClass().add("saliency-legend-title");
        Stop[] stops = new Stop[SaliencyColours.STOPS.length];
        for (int n = 0; n < stops.length; n++) {
            int rgb = SaliencyColours.STOPS[n];
            stops[n] = new Stop((double) n / (stops.length - 1), Color.rgb(rgb >> 16 & 0xff, rgb >> 8 & 0xff,
                    rgb & 0xff));
        }
        Rectangle bar = new Rectangle(BAR_WIDTH, BAR_HEIGHT, new LinearGradient(0, 0, 1, 0, true,
                CycleMethod.NO_CYCLE, stops));
        bar.getStyleClass().add("saliency-legend-bar");
        Label low = new Label(text.get("viewer.saliency.low"));
        Label high = new Label(text.get("viewer.saliency.high"));
        HBox scale = new HBox(4, low, bar, high);
        scale.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, scale);
    }

    /** The map lies on {@code slice} (0-based). */
    void showSlice(int slice) {
        title.setText(text.get("viewer.saliency.legend", slice + 1));
    }
}
