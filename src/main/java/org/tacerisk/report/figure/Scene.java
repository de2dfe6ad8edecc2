package org.tacerisk.report.figure;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * A figure laid out in pixels: the primitives both renderers draw, in order. {@link PlotLayout} and
 * {@link NomogramFigure} build scenes; {@link PngRenderer} and {@link SvgRenderer} draw the same scene, so the PNG and
 * the SVG of a figure show the same thing. Coordinates are pixels from the top-left corner.
 */
public final class Scene {

    /** Horizontal anchor of a text. */
    public enum Anchor { START, MIDDLE, END }

    /** A drawn primitive. */
    public sealed interface Item permits Polyline, Text, Rect, Circle {
    }

    /**
     * Connected line through the points; {@code dash} null for solid; {@code clipped} items are clipped to the
     * scene's clip rectangle (the plot area).
     */
    public record Polyline(double[] xs, double[] ys, Color color, double width, float[] dash, boolean clipped)
            implements Item {
    }

    /** Text whose baseline starts, centres or ends at (x, y); {@code rotation} in degrees (-90 reads upwards). */
    public record Text(double x, double y, String text, double size, boolean bold, Anchor anchor, Color color,
            double rotation) implements Item {
    }

    /** Rectangle; {@code fill} or {@code stroke} may be null. */
    public record Rect(double x, double y, double w, double h, Color fill, Color stroke) implements Item {
    }

    /** Filled circle (a data point); {@code clipped} as for polylines. */
    public record Circle(double cx, double cy, double r, Color fill, boolean clipped) implements Item {
    }

    private final int width;
    private final int height;
    private final List<Item> items = new ArrayList<>();
    private double[] clip;

    public Scene(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("figure size must be positive, got " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The clip rectangle {x, y, w, h} of clipped items, or null. */
    public double[] clip() {
        return clip == null ? null : clip.clone();
    }

    public void setClip(double x, double y, double w, double h) {
        clip = new double[] {x, y, w, h};
    }

    public List<Item> items() {
        return List.copyOf(items);
    }

    public Scene add(Item item) {
        items.add(item);
        return this;
    }

    public Scene line(double x1, double y1, double x2, double y2, Color color, double width) {
        return add(new Polyline(new double[] {x1, x2}, new double[] {y1, y2}, color, width, null, false));
    }

    public Scene text(double x, double y, String text, double size, Anchor anchor) {
        return add(new Text(x, y, text, size, false, anchor, Color.BLACK, 0));
    }

    /**
     * Approximate width of a text in pixels, the same for both renderers (used for layout only): 0.56 em a
     * character, 1 em for the wide ones (CJK ideographs, kana, hangul, full-width forms), so that a legend box in
     * Chinese holds its words.
     */
    public static double textWidth(String text, double size) {
        double ems = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            ems += wide(text.codePointAt(i)) ? 1.0 : 0.56;
        }
        return ems * size;
    }

    private static boolean wide(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || codePoint >= 0x3000 && codePoint <= 0x303F || codePoint >= 0xFF00 && codePoint <= 0xFF60;
    }
}
