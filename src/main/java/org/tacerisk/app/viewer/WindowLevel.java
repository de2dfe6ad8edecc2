package org.tacerisk.app.viewer;

/**
 * A display window in HU: width W ≥ 1 and level (centre) L, mapped to grey levels 0–255 by the DICOM linear VOI
 * function (PS3.3 C.11.2.1.2.1, "WINDOW" with VOI LUT Function LINEAR):
 *
 * <pre>
 * x ≤ L − 0.5 − (W − 1)/2            → 0
 * x &gt; L − 0.5 + (W − 1)/2            → 255
 * otherwise  y = ((x − (L − 0.5)) / (W − 1) + 0.5) · 255
 * </pre>
 *
 * which equals clamp(((x − (L − 0.5)) / (W − 1) + 0.5) · 255, 0, 255); the displayed grey is that rounded to the
 * nearest integer (halves up). For W = 1 the function is a threshold at L − 0.5 (the division is left out).
 */
public record WindowLevel(double width, double level) {

    public WindowLevel {
        if (!(width >= 1) || Double.isInfinite(width) || !Double.isFinite(level)) {
            throw new IllegalArgumentException("window width must be at least 1 and finite, level finite: W "
                    + width + " L " + level);
        }
    }

    /** The DICOM linear function before rounding, clamped to [0, 255]. */
    public double exactGrey(double hu) {
        if (width == 1) {
            return hu <= level - 0.5 ? 0 : 255;
        }
        double y = ((hu - (level - 0.5)) / (width - 1) + 0.5) * 255;
        return Math.max(0, Math.min(255, y));
    }

    /** The displayed grey level 0–255 of a voxel value. */
    public int grey(double hu) {
        return (int) Math.floor(exactGrey(hu) + 0.5);
    }

    /** A window with width and level changed by the given HU amounts (width kept at least 1). */
    public WindowLevel adjusted(double widthChange, double levelChange) {
        return new WindowLevel(Math.max(1, width + widthChange), level + levelChange);
    }
}
