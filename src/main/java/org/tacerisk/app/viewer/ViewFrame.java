package org.tacerisk.app.viewer;

/**
 * One view's pixels: an ARGB int array of the view's size in device pixels (view size × output scale, so the image
 * stays sharp on HiDPI screens), reused across frames and redrawn only when something it shows has changed (slice,
 * zoom, pan, window, overlay, heat map, size). The JavaFX view wraps the array in a {@code PixelBuffer}; this class
 * holds everything before that upload, so it is what the benchmark times.
 */
public final class ViewFrame {

    private final PlaneRenderer renderer = new PlaneRenderer();
    private int[] pixels = new int[0];
    private int width;
    private int height;
    private Key drawn;

    /**
     * Draws the view of {@code o} at {@code scale} device pixels per view pixel when its content changed.
     *
     * @return true when the pixels were redrawn (or reallocated: check {@link #pixels()} again)
     */
    public boolean render(ViewerModel model, Orientation o, double scale) {
        ViewState view = model.view(o);
        int w = Math.max(1, (int) Math.ceil(view.viewWidth() * scale));
        int h = Math.max(1, (int) Math.ceil(view.viewHeight() * scale));
        Key key = new Key(model.volume(), model.slice(o), view.zoom(), view.centreU(), view.centreV(), w, h, scale,
                model.window(), model.overlayVersion(), model.heatVersion());
        if (key.equals(drawn)) {
            return false;
        }
        if (w != width || h != height) {
            pixels = new int[w * h];
            width = w;
            height = h;
        }
        renderer.render(model.volume(), model.plane(o), model.slice(o), view, scale, model.lut(),
                model.heatPlane(o), model.overlayPlane(o), model.overlayStyle(), pixels, w, h);
        drawn = key;
        return true;
    }

    /** Forgets the last frame, so the next {@link #render} draws. */
    public void invalidate() {
        drawn = null;
    }

    /** Row-major ARGB (opaque) pixels, {@link #width()} × {@link #height()}. */
    public int[] pixels() {
        return pixels;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The ARGB colour at device pixel (x, y). */
    public int argb(int x, int y) {
        return pixels[y * width + x];
    }

    /** What a frame shows; equal keys draw equal pixels. The volume is compared by identity. */
    private record Key(ViewerVolume volume, int slice, double zoom, double centreU, double centreV, int width,
            int height, double scale, WindowLevel window, long overlayVersion, long heatVersion) {
    }
}
