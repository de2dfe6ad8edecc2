package org.tacerisk.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.text.Font;

/**
 * The workstation's look on a scene: the dark stylesheet and, for Chinese, the CJK font the report already embeds
 * (Droid Sans Fallback, Apache-2.0; docs/third-party.md). A hospital PC without a CJK system font would otherwise
 * draw every Chinese character as a box; the font is loaded once, from the jar, never from the network.
 */
final class WindowStyle {

    private static final String CJK_FONT = "/org/tacerisk/report/fonts/DroidSansFallbackFull.ttf";
    private static String cjkFamily;

    private WindowStyle() {
    }

    /** The stylesheet, and the CJK font as the scene's font family when {@code language} is Chinese. */
    static void apply(Scene scene, Locale language) {
        scene.getStylesheets().add(WindowStyle.class.getResource("workstation.css").toExternalForm());
        if ("zh".equals(language.getLanguage())) {
            String family = cjkFamily();
            if (family != null) {
                scene.getRoot().setStyle("-fx-font-family: '" + family + "';");
            }
        }
    }

    /** The bundled CJK font's family, loaded on first use; null when it cannot be read (the system's fonts then). */
    static synchronized String cjkFamily() {
        if (cjkFamily == null) {
            try (InputStream in = WindowStyle.class.getResourceAsStream(CJK_FONT)) {
                Font font = in == null ? null : Font.loadFont(in, 13);
                cjkFamily = font == null ? "" : font.getFamily();
                org.tacerisk.app.figure.SceneCanvas.useCjkFamily(font == null ? null : font.getFamily());
            } catch (IOException e) {
                cjkFamily = "";
            }
        }
        return cjkFamily.isEmpty() ? null : cjkFamily;
    }
}
