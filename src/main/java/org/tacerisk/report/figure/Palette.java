package org.tacerisk.report.figure;

import java.awt.Color;

/** Okabe–Ito colours (distinguishable with the common colour-vision deficiencies) and shared greys/dashes. */
public final class Palette {

    private static final Color[] SERIES = {
        new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115), new Color(204, 121, 167),
        new Color(230, 159, 0), new Color(86, 180, 233), new Color(0, 0, 0)};

    public static final Color REFERENCE = new Color(120, 120, 120);
    public static final Color RUG = new Color(110, 110, 110);
    public static final float[] DASHED = {7f, 5f};
    public static final float[] DOTTED = {2f, 4f};
    public static final float[] DASH_DOT = {9f, 4f, 2f, 4f};

    private Palette() {
    }

    /** The i-th series colour, cycling. */
    public static Color series(int i) {
        return SERIES[Math.floorMod(i, SERIES.length)];
    }
}
