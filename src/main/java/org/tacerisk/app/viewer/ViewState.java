package org.tacerisk.app.viewer;

/**
 * Zoom and pan of one view: how plane millimetres map to the view's (logical) pixels. The zoom is in view pixels per
 * millimetre and is the same in both directions, so a pixel of 0.7 × 5 mm is drawn 7 times as tall as it is wide;
 * (centreU, centreV) is the plane point at the view's centre. Until the user zooms or pans the view stays fitted:
 * a resize fits the whole plane again. Mutable, used on one thread.
 */
public final class ViewState {

    /** Zoom limits relative to the fitted zoom: from an eighth of it to 64 times it. */
    static final double MIN_ZOOM_OF_FIT = 1.0 / 8;
    static final double MAX_ZOOM_OF_FIT = 64;

    private final double planeWidthMm;
    private final double planeHeightMm;
    private double viewWidth = 1;
    private double viewHeight = 1;
    private double zoom = 1;
    private double centreU;
    private double centreV;
    private boolean fitted = true;

    ViewState(double planeWidthMm, double planeHeightMm) {
        this.planeWidthMm = planeWidthMm;
        this.planeHeightMm = planeHeightMm;
        fit();
    }

    /** Sets the view's size in logical pixels; a fitted view fits again. */
    void resize(double width, double height) {
        viewWidth = Math.max(1, width);
        viewHeight = Math.max(1, height);
        if (fitted) {
            fit();
        }
    }

    /** The whole plane, centred and as large as the view allows. */
    void fit() {
        zoom = fitZoom();
        centreU = planeWidthMm / 2;
        centreV = planeHeightMm / 2;
        fitted = true;
    }

    double fitZoom() {
        return Math.min(viewWidth / planeWidthMm, viewHeight / planeHeightMm);
    }

    /** Multiplies the zoom by {@code factor} keeping the plane point under view pixel (x, y) where it is. */
    void zoomAt(double factor, double x, double y) {
        double[] anchor = toPlane(x, y);
        double fit = fitZoom();
        zoom = Math.max(fit * MIN_ZOOM_OF_FIT, Math.min(fit * MAX_ZOOM_OF_FIT, zoom * factor));
        centreU = anchor[0] - (x - viewWidth / 2) / zoom;
        centreV = anchor[1] - (y - viewHeight / 2) / zoom;
        fitted = false;
    }

    /** Moves the image by (dx, dy) view pixels. */
    void pan(double dx, double dy) {
        centreU -= dx / zoom;
        centreV -= dy / zoom;
        fitted = false;
    }

    /** The plane point (u, v) mm under view pixel (x, y) (pixel coordinates, not pixel centres). */
    public double[] toPlane(double x, double y) {
        return new double[] {centreU + (x - viewWidth / 2) / zoom, centreV + (y - viewHeight / 2) / zoom};
    }

    /** The view pixel position of plane point (u, v) mm. */
    public double[] toView(double u, double v) {
        return new double[] {viewWidth / 2 + (u - centreU) * zoom, viewHeight / 2 + (v - centreV) * zoom};
    }

    /** View pixels per millimetre. */
    public double zoom() {
        return zoom;
    }

    public double centreU() {
        return centreU;
    }

    public double centreV() {
        return centreV;
    }

    public double viewWidth() {
        return viewWidth;
    }

    public double viewHeight() {
        return viewHeight;
    }

    public boolean isFitted() {
        return fitted;
    }
}
