package org.tacerisk.app.figure;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.tacerisk.report.figure.Scene;

/**
 * Draws a report figure ({@link Scene}: the nomogram, calibration, decision-curve and ROC figures) on a JavaFX
 * {@link Canvas}: the same scene as the PNG and SVG files, so what the screen shows is what the report prints. On the
 * workstation's dark theme the achromatic colours are mirrored in lightness (white paper → dark grey, black axes and
 * text → light grey) and the chromatic ones are kept, so the cohorts' colours mean the same on screen and on paper.
 */
public final class SceneCanvas {

    private static volatile String cjkFamily;

    /** How a figure's colours map onto the screen. */
    public enum Theme {
        /** As on paper: white background, the scene's colours. */
        PAPER,
        /** The workstation's dark theme: background #1e1e1e, greys mirrored, colours kept. */
        DARK
    }

    static final Color DARK_BACKGROUND = Color.web("#1e1e1e");

    private SceneCanvas() {
    }

    /** A canvas of the scene's size with the scene drawn on it. */
    public static Canvas of(Scene scene, Theme theme) {
        Canvas canvas = new Canvas(scene.width(), scene.height());
        draw(scene, canvas.getGraphicsContext2D(), theme);
        return canvas;
    }

    /** Clears the scene's area of {@code g} and draws every item, in order. */
    public static void draw(Scene scene, GraphicsContext g, Theme theme) {
        g.save();
        g.setFill(theme == Theme.DARK ? DARK_BACKGROUND : Color.WHITE);
        g.fillRect(0, 0, scene.width(), scene.height());
        double[] clip = scene.clip();
        for (Scene.Item item : scene.items()) {
            g.save();
            if (clip != null && clipped(item)) {
                g.beginPath();
                g.rect(clip[0], clip[1], clip[2], clip[3]);
                g.closePath();
                g.clip();
            }
            drawItem(g, item, theme);
            g.restore();
        }
        g.restore();
    }

    /** The screen colour of a scene colour. */
    static Color colour(java.awt.Color c, Theme theme) {
        if (c == null) {
            return null;
        }
        int r = c.getRed();
        int gr = c.getGreen();
        int b = c.getBlue();
        if (theme == Theme.DARK && r == gr && gr == b) {
            // achromatic: mirror the lightness onto the dark background (white → #1e1e1e, black → #e6e6e6)
            double lightness = r / 255.0;
            double dark = 0x1e / 255.0;
            double light = 0xe6 / 255.0;
            double v = light + (dark - light) * lightness;
            return Color.color(v, v, v, c.getAlpha() / 255.0);
        }
        return Color.rgb(r, gr, b, c.getAlpha() / 255.0);
    }

    private static boolean clipped(Scene.Item item) {
        return item instanceof Scene.Polyline p && p.clipped() || item instanceof Scene.Circle c && c.clipped();
    }

    private static void drawItem(GraphicsContext g, Scene.Item item, Theme theme) {
        if (item instanceof Scene.Polyline p) {
            g.setStroke(colour(p.color(), theme));
            g.setLineWidth(p.width());
            g.setLineCap(StrokeLineCap.BUTT);
            g.setLineJoin(StrokeLineJoin.ROUND);
            g.setLineDashes(dashes(p.dash()));
            g.strokePolyline(p.xs(), p.ys(), p.xs().length);
        } else if (item instanceof Scene.Circle c) {
            g.setFill(colour(c.fill(), theme));
            g.fillOval(c.cx() - c.r(), c.cy() - c.r(), 2 * c.r(), 2 * c.r());
        } else if (item instanceof Scene.Rect r) {
            if (r.fill() != null) {
                g.setFill(colour(r.fill(), theme));
                g.fillRect(r.x(), r.y(), r.w(), r.h());
            }
            if (r.stroke() != null) {
                g.setStroke(colour(r.stroke(), theme));
                g.setLineWidth(1);
                g.setLineDashes((double[]) null);
                g.strokeRect(r.x(), r.y(), r.w(), r.h());
            }
        } else if (item instanceof Scene.Text t) {
            g.setFill(colour(t.color(), theme));
            g.setFont(Font.font(family(t.text()), t.bold() ? FontWeight.BOLD : FontWeight.NORMAL, t.size()));
            g.setTextBaseline(VPos.BASELINE);
            g.setTextAlign(TextAlignment.LEFT);
            double width = textWidth(t.text(), g.getFont());
            double dx = switch (t.anchor()) {
                case START -> 0;
                case MIDDLE -> -width / 2;
                case END -> -width;
            };
            g.translate(t.x(), t.y());
            if (t.rotation() != 0) {
                g.rotate(t.rotation());
            }
            g.fillText(t.text(), dx, 0);
        }
    }

    /**
     * The family a text is drawn in: the bundled CJK font (set by the window, {@link #useCjkFamily}) for a text with
     * Chinese characters, the default font otherwise.
     */
    private static String family(String text) {
        String cjk = cjkFamily;
        return cjk != null && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.HAN) ? cjk : Font.getDefault().getFamily();
    }

    /** The font family for Chinese texts in figures (a system without a CJK font draws boxes otherwise). */
    public static void useCjkFamily(String family) {
        cjkFamily = family;
    }

    private static double[] dashes(float[] dash) {
        if (dash == null) {
            return null;
        }
        double[] d = new double[dash.length];
        for (int i = 0; i < dash.length; i++) {
            d[i] = dash[i];
        }
        return d;
    }

    private static double textWidth(String s, Font font) {
        Text probe = new Text(s);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
    }
}
