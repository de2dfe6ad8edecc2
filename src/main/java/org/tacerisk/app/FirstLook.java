package org.tacerisk.app;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;

/**
 * The first image on screen after a series is chosen: its middle slice at full size in the abdomen window, fitted
 * with its physical aspect, with "loading" over it, while the whole series decodes (a PACS shows the first image
 * the same way). The viewer takes its place once the series is loaded.
 */
final class FirstLook {

    private final Messages text;
    private final StackPane node = new StackPane();
    private final ImageView image = new ImageView();
    private final Label caption = new Label();

    FirstLook(Messages text) {
        this.text = text;
        node.setId("firstLook");
        node.getStyleClass().add("first-look");
        node.setMinSize(0, 0);
        image.setId("firstLookImage");
        image.setPreserveRatio(true);
        image.setSmooth(true);
        image.fitWidthProperty().bind(node.widthProperty().subtract(16));
        image.fitHeightProperty().bind(node.heightProperty().subtract(48));
        caption.setId("firstLookCaption");
        caption.getStyleClass().add("first-look-caption");
        StackPane.setAlignment(caption, Pos.TOP_LEFT);
        StackPane.setMargin(caption, new Insets(8));
        node.getChildren().addAll(image, caption);
    }

    Node node() {
        return node;
    }

    void show(SeriesPreview look, String seriesDescription, int images) {
        image.setImage(PreviewImage.image(look));
        caption.setText(text.get("firstLook.caption", seriesDescription == null ? "" : seriesDescription, images));
    }

    ImageView image() {
        return image;
    }
}
