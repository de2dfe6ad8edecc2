package org.tacerisk.app;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The application icon (rendered from {@code icons/tacerisk.svg} by {@code icons/IconSet.java}) on a window, in
 * every size, so that the desktop picks the one that fits its title bar, task bar or switcher. Windows opened with
 * this one as owner inherit them.
 */
final class AppIcons {

    static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256, 512};

    private AppIcons() {
    }

    static void apply(Stage stage) {
        stage.getIcons().setAll(images());
    }

    static List<Image> images() {
        List<Image> images = new ArrayList<>();
        for (int size : SIZES) {
            try (InputStream in = AppIcons.class.getResourceAsStream("icons/tacerisk-" + size + ".png")) {
                if (in != null) {
                    images.add(new Image(in));
                }
            } catch (java.io.IOException e) {
                // a missing size only leaves the desktop to scale another one
            }
        }
        return images;
    }
}
