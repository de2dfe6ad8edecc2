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
        if (!isNonDecreasing(calibration)) {
            for (int raw = 0; raw < table.length; raw++) {
                table[raw] = grey(window.grey(calibration[raw]));
            }
            return new GreyLut(window, table);
        }
        // Values at or below the window's lower edge are black, above its upper edge white (PS3.3 C.11.2.1.2.1);
        // with a rising calibration those are two runs of the table, and only the raw values inside the window go
        // through the formula: a window drag rebuilds W entries, not 65,536.
        double lowerEdge = window.level() - 0.5 - (window.width() - 1) / 2;
        double upperEdge = window.level() - 0.5 + (window.width() - 1) / 2;
        int firstAbove = firstAbove(calibration, lowerEdge);
        int firstWhite = firstAbove(calibration, upperEdge);
        java.util.Arrays.fill(table, 0, firstAbove, grey(0));
        for (int raw = firstAbove; raw < firstWhite; raw++) {
            table[raw] = grey(window.grey(calibration[raw]));
        }
        java.util.Arrays.fill(table, firstWhite, table.length, grey(255));
        return new GreyLut(window, table);
    }

    /** The first index whose value is above {@code limit} in a non-decreasing table (its length if none). */
    private static int firstAbove(float[] sorted, double limit) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] > limit) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static boolean isNonDecreasing(float[] values) {
        for (int n = 1; n < values.length; n++) {
            if (!(values[n] >= values[n - 1])) {
                return false;
            }
        }
        return true;
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
