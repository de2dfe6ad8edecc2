package org.tacerisk.app.viewer;

/**
 * How the ROI overlay is drawn: a saturated outline (on or off) and a fill of the same colour with an opacity from 0
 * (outline only) to 1. The colour is opaque RGB, 0xRRGGBB.
 */
public record OverlayStyle(int rgb, boolean outline, double fillOpacity) {

    /** Saturated yellow outline with a light fill: what reads best over grey CT. */
    public static final OverlayStyle DEFAULT = new OverlayStyle(0xffe600, true, 0.25);

    public OverlayStyle {
        if (!(fillOpacity >= 0 && fillOpacity <= 1)) {
            throw new IllegalArgumentException("fill opacity must be between 0 and 1: " + fillOpacity);
        }
        rgb &= 0xffffff;
    }

    public OverlayStyle withFillOpacity(double opacity) {
        return new OverlayStyle(rgb, outline, opacity);
    }

    public OverlayStyle withOutline(boolean on) {
        return new OverlayStyle(rgb, on, fillOpacity);
    }
}
