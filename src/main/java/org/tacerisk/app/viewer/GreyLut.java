package org.tacerisk.app.viewer;

/**
 * The window as a lookup table from a raw 16-bit pixel value (0–65535; through the image's calibration to HU) to
 * an opaque ARGB grey, built once per window change: rendering is then one table read per pixel. Float series do
 * not use the table; {@link #argbOf(double)} applies the same function directly.
 */
final class GreyLut {

    static final int OPAQUE = 0xff000000;

    private final WindowLevel window;
    private final int[] argb;

    private GreyLut(WindowLevel window, int[] argb) {
        this.window = window;
        this.argb = argb;
    }

    /** The table for raw values whose calibrated values are {@code calibration[raw]} (null for a float series). */
    static GreyLut of(WindowLevel window, float[] calibration) {
        if (calibration == null) {
            return new GreyLut(window, null);
        }
        int[] table = new int[calibration.length];
        for (int raw = 0; raw < table.length; raw++) {
            table[raw] = grey(window.grey(calibration[raw]));
        }
        return new GreyLut(window, table);
    }

    WindowLevel window() {
        return window;
    }

    /** ARGB by raw 16-bit value. */
    int[] table() {
        return argb;
    }

    /** ARGB of a calibrated value, by the formula (the float path). */
    int argbOf(double value) {
        return grey(window.grey(value));
    }

    static int grey(int g) {
        return OPAQUE | g << 16 | g << 8 | g;
    }
}
