package org.tacerisk.app.viewer;

/**
 * The scale bar: the longest round length (1, 2 or 5 × 10ⁿ mm) whose bar fits in {@code maxPixels} at the view's
 * zoom; its length in mm and in view pixels.
 */
public record ScaleBar(double millimetres, double pixels) {

    private static final double[] STEPS = {5, 2, 1};

    /** @param zoom view pixels per mm */
    static ScaleBar fitting(double zoom, double maxPixels) {
        double maxMm = maxPixels / zoom;
        double decade = Math.pow(10, Math.floor(Math.log10(maxMm)));
        for (double step : STEPS) {
            double mm = step * decade;
            if (mm <= maxMm * (1 + 1e-9)) {
                return new ScaleBar(mm, mm * zoom);
            }
        }
        return new ScaleBar(decade, decade * zoom); // not reached: 1 × decade always fits
    }
}
