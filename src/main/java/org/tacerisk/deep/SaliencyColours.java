package org.tacerisk.deep;

/**
 * The saliency heat map's colours, the same on the screen, in the report's key image and in the command line's PNG: viridis (perceptually uniform, readable in the common colour-vision deficiencies
 * and in grey), dark violet for low through teal to yellow for high. Values are shares of the map's maximum;
 * below {@link #MIN_SHOWN} nothing is drawn and above it the opacity grows with the value, so the anatomy stays
 * visible under weak saliency.
 */
public final class SaliencyColours {

    /** Shares of the maximum below this stay transparent. */
    public static final double MIN_SHOWN = 0.1;
    /** Opacity at the maximum. */
    public static final double MAX_ALPHA = 0.7;
    /** R's viridis(9): the ramp's stops at 0, 1/8, …, 1. */
    public static final int[] STOPS = {0x440154, 0x472d7b, 0x3b528b, 0x2c728e, 0x21908c, 0x27ad81, 0x5dc863, 0xaadc32,
        0xfde725};

    private static final int[] TABLE = table();

    private SaliencyColours() {
    }

    /** RGB 0xRRGGBB of share {@code h} (0 … 1) of the maximum. */
    public static int rgb(double h) {
        return TABLE[(int) Math.round(Math.max(0, Math.min(1, h)) * (TABLE.length - 1))];
    }

    /** Opacity in 1/256 of share {@code h}: 0 below {@link #MIN_SHOWN}. */
    public static int alpha(double h) {
        return h < MIN_SHOWN ? 0 : (int) Math.round(Math.min(1, h) * MAX_ALPHA * 256);
    }

    /** RGB {@code grey} (0–255 each) with share {@code h}'s colour blended over it at its opacity. */
    public static int blend(int grey, double h) {
        int a = alpha(h);
        if (a == 0) {
            return grey << 16 | grey << 8 | grey;
        }
        int c = rgb(h);
        int out = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            out |= ((grey * (256 - a) + ((c >> shift) & 0xff) * a) >> 8) << shift;
        }
        return out;
    }

    private static int[] table() {
        int[] t = new int[256];
        int segments = STOPS.length - 1;
        for (int n = 0; n < t.length; n++) {
            double x = n / 255.0 * segments;
            int s = Math.min(segments - 1, (int) x);
            double f = x - s;
            t[n] = mix(STOPS[s], STOPS[s + 1], f);
        }
        return t;
    }

    private static int mix(int a, int b, double f) {
        int out = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            double c = ((a >> shift) & 0xff) * (1 - f) + ((b >> shift) & 0xff) * f;
            out |= (int) Math.round(c) << shift;
        }
        return out;
    }
}
