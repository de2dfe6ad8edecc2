package org.tacerisk.app;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;

/** A {@link SeriesPreview} on screen: the thumbnail scaled into a square black tile, or "no preview". */
final class PreviewImage {

    private PreviewImage() {
    }

    static Node tile(SeriesPreview preview, double size, Messages text) {
        StackPane tile = new StackPane();
        tile.getStyleClass().add("preview-tile");
        tile.setMinSize(size, size);
        tile.setPrefSize(size, size);
        tile.setMaxSize(size, size);
        if (preview == null) {
            Label none = new Label(text.get("browser.noPreview"));
            none.getStyleClass().add("preview-none");
            none.setWrapText(true);
            tile.getChildren().add(none);
            return tile;
        }
        ImageView view = new ImageView(image(preview));
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setFitWidth(size);
        view.setFitHeight(size);
        tile.getChildren().add(view);
        return tile;
    }

    static WritableImage image(SeriesPreview p) {
        byte[] rgb = new byte[p.width() * p.height() * 3];
        for (int n = 0; n < p.grey().length; n++) {
            rgb[3 * n] = p.grey()[n];
            rgb[3 * n + 1] = p.grey()[n];
            rgb[3 * n + 2] = p.grey()[n];
        }
        WritableImage image = new WritableImage(p.width(), p.height());
        image.getPixelWriter().setPixels(0, 0, p.width(), p.height(), PixelFormat.getByteRgbInstance(), rgb, 0,
                p.width() * 3);
        return image;
    }
}
