package org.tacerisk.app.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tacerisk.app.Screenshots;
import org.tacerisk.report.figure.PngRenderer;
import org.tacerisk.report.figure.Scene;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The screen draws the same figure as the PNG file: on paper colours the canvas matches {@link PngRenderer} at the
 * centre of every thick line, dot and fill, and differs little elsewhere (antialiasing, fonts); on the dark theme
 * the paper is #1e1e1e, black ink is light grey and colours are unchanged.
 */
@ExtendWith(ApplicationExtension.class)
class SceneCanvasTest {

    private static final Color RED = new Color(213, 94, 0);
    private static final Color BLUE = new Color(0, 114, 178);

    @Start
    void start(Stage stage) {
        // only the FX toolkit is needed
    }

    static Scene sample() {
        Scene s = new Scene(300, 200);
        s.setClip(40, 20, 240, 150);
        s.add(new Scene.Rect(40, 20, 240, 150, null, Color.BLACK));
        s.add(new Scene.Polyline(new double[] {40, 280}, new double[] {100, 100}, Color.BLACK, 6, null, true));
        s.add(new Scene.Polyline(new double[] {150, 150}, new double[] {20, 170}, BLUE, 6, new float[] {10, 4},
                true));
        s.add(new Scene.Circle(220, 60, 8, RED, true));
        s.add(new Scene.Rect(60, 130, 40, 30, new Color(230, 230, 230), null));
        s.add(new Scene.Text(150, 190, "Predicted probability", 12, false, Scene.Anchor.MIDDLE, Color.BLACK, 0));
        s.add(new Scene.Text(20, 95, "Observed", 12, false, Scene.Anchor.MIDDLE, Color.BLACK, -90));
        return s;
    }

    private static BufferedImage canvas(Scene scene, SceneCanvas.Theme theme) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> {
            Canvas c = SceneCanvas.of(scene, theme);
            return c.snapshot(null, null);
        }).get();
        return SwingFXUtils.fromFXImage(image, null);
    }

    private static int rgb(BufferedImage img, int x, int y) {
        return img.getRGB(x, y) & 0xffffff;
    }

    @Test
    void onPaperTheCanvasIsThePngFigure(FxRobot robot) throws Exception {
        Scene scene = sample();
        BufferedImage png = PngRenderer.image(scene);
        BufferedImage fx = canvas(scene, SceneCanvas.Theme.PAPER);
        assertEquals(png.getWidth(), fx.getWidth());
        assertEquals(png.getHeight(), fx.getHeight());
        int[][] probes = {{5, 5}, {100, 100}, {250, 100}, {150, 40}, {220, 60}, {80, 145}, {290, 190}};
        for (int[] p : probes) {
            assertEquals(rgb(png, p[0], p[1]), rgb(fx, p[0], p[1]), "pixel " + p[0] + "," + p[1]);
        }
        long sum = 0;
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                int a = rgb(png, x, y);
                int b = rgb(fx, x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    sum += Math.abs((a >> shift & 0xff) - (b >> shift & 0xff));
                }
            }
        }
        double mean = sum / (3.0 * png.getWidth() * png.getHeight());
        assertTrue(mean < 4, "mean difference per channel " + mean);
        javax.imageio.ImageIO.write(fx, "png", Screenshots.FOLDER.resolve("figure-canvas-paper.png").toFile());
    }

    @Test
    void onTheDarkThemePaperAndInkAreMirroredAndColoursKept(FxRobot robot) throws Exception {
        BufferedImage fx = canvas(sample(), SceneCanvas.Theme.DARK);
        assertEquals(0x1e1e1e, rgb(fx, 5, 5), "paper");
        assertEquals(0xe6e6e6, rgb(fx, 100, 100), "a black line");
        assertEquals(RED.getRGB() & 0xffffff, rgb(fx, 220, 60), "a coloured dot");
        assertEquals(BLUE.getRGB() & 0xffffff, rgb(fx, 150, 40), "a coloured line");
        int grey = rgb(fx, 80, 145) & 0xff;
        assertTrue(grey < 0x40, "a light grey fill becomes a dark grey: " + Integer.toHexString(grey));
        java.nio.file.Files.createDirectories(Screenshots.FOLDER);
        javax.imageio.ImageIO.write(fx, "png", Screenshots.FOLDER.resolve("figure-canvas-dark.png").toFile());
    }
}
