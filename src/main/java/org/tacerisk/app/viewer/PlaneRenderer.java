package org.tacerisk.app.viewer;

/**
 * Draws one view's frame into an ARGB int array: for each device pixel the voxel under its centre (nearest
 * neighbour), its grey from the window table, then the saliency heat map and the ROI overlay blended in. No objects
 * per pixel: the plane's voxels are gathered once per slice ({@link PlaneSampler}); per frame two small tables give
 * each device column and row its displayed column and row, and each pixel is one plane read and one table read.
 *
 * <p>Nearest neighbour, not linear interpolation: each screen pixel shows exactly one voxel's value — the value the
 * HU readout reports and the voxel an ROI tool edits — so voxel edges stay visible (a 5 mm slice is a 5 mm band in
 * a coronal view) and nothing is smoothed away. Pixels are sized by the voxel spacing, so anisotropic voxels keep
 * their physical aspect. Reusable across frames (the tables grow as needed); not thread-safe.
 */
final class PlaneRenderer {

    static final int BACKGROUND = GreyLut.OPAQUE;

    private final PlaneSampler sampler = new PlaneSampler();
    private int[] columnOf = new int[0];
    private int[] rowOf = new int[0];

    /**
     * Renders slice {@code slice} of {@code g} as seen through {@code view} into {@code out} ({@code width} ×
     * {@code height} device pixels, row-major), at {@code scale} device pixels per view pixel.
     *
     * @param heat    the saliency heat map on this plane, or null for none (drawn under the ROI)
     * @param overlay the ROI on this plane, or null for none
     */
    void render(ViewerVolume volume, SliceGeometry g, int slice, ViewState view, double scale, GreyLut lut,
            HeatPlane heat, OverlayPlane overlay, OverlayStyle style, int[] out, int width, int height) {
        sampler.sample(volume, g, slice);
        mapPixels(g, view, scale, width, height);
        if (volume.isShortBacked()) {
            drawShorts(sampler.shorts(), g.columns(), lut.table(), out, width, height);
        } else {
            drawFloats(sampler.floats(), g.columns(), lut, out, width, height);
        }
        if (heat != null && !heat.isEmpty()) {
            drawHeat(heat, out, width, height);
        }
        if (overlay != null && !overlay.isEmpty()) {
            drawOverlay(overlay, style, Math.max(1, (int) Math.round(scale)), out, width, height);
        }
    }

    /** The displayed column of each device column and row of each device row (−1: off the plane). */
    private void mapPixels(SliceGeometry g, ViewState view, double scale, int width, int height) {
        if (columnOf.length < width) {
            columnOf = new int[width];
        }
        if (rowOf.length < height) {
            rowOf = new int[height];
        }
        for (int x = 0; x < width; x++) {
            columnOf[x] = g.columnAt(view.toPlane((x + 0.5) / scale, 0)[0]);
        }
        for (int y = 0; y < height; y++) {
            rowOf[y] = g.rowAt(view.toPlane(0, (y + 0.5) / scale)[1]);
        }
    }

    private void drawShorts(short[] plane, int columns, int[] lut, int[] out, int width, int height) {
        int[] colOf = columnOf;
        for (int y = 0, p = 0; y < height; y++, p += width) {
            int row = rowOf[y];
            if (row < 0) {
                java.util.Arrays.fill(out, p, p + width, BACKGROUND);
                continue;
            }
            int base = row * columns;
            for (int x = 0; x < width; x++) {
                int column = colOf[x];
                out[p + x] = column < 0 ? BACKGROUND : lut[plane[base + column] & 0xffff];
            }
        }
    }

    private void drawFloats(float[] plane, int columns, GreyLut lut, int[] out, int width, int height) {
        for (int y = 0, p = 0; y < height; y++, p += width) {
            int row = rowOf[y];
            for (int x = 0; x < width; x++) {
                int column = columnOf[x];
                out[p + x] = row < 0 || column < 0 ? BACKGROUND : lut.argbOf(plane[row * columns + column]);
            }
        }
    }

    /** Each pixel's heat colour blended over the grey with the heat's own opacity. */
    private void drawHeat(HeatPlane heat, int[] out, int width, int height) {
        for (int y = 0, p = 0; y < height; y++, p += width) {
            int row = rowOf[y];
            if (row < 0) {
                continue;
            }
            for (int x = 0; x < width; x++) {
                int column = columnOf[x];
                if (column >= 0) {
                    int alpha = heat.alpha(column, row);
                    if (alpha > 0) {
                        out[p + x] = blend(out[p + x], heat.rgb(column, row), alpha);
                    }
                }
            }
        }
    }

    /**
     * Fill: the colour blended over the grey with the style's opacity. Outline: inside pixels within
     * {@code lineWidth} device pixels of an outside one, in the full colour — a thin line on the voxel boundary at
     * any zoom, not a whole voxel wide.
     */
    private void drawOverlay(OverlayPlane overlay, OverlayStyle style, int lineWidth, int[] out, int width,
            int height) {
        int rgb = style.rgb();
        int alpha = (int) Math.round(style.fillOpacity() * 256);
        for (int y = 0, p = 0; y < height; y++, p += width) {
            int row = rowOf[y];
            if (row < 0) {
                continue;
            }
            int rowAbove = y >= lineWidth ? rowOf[y - lineWidth] : -1;
            int rowBelow = y + lineWidth < height ? rowOf[y + lineWidth] : -1;
            for (int x = 0; x < width; x++) {
                int column = columnOf[x];
                if (column < 0 || !overlay.inside(column, row)) {
                    continue;
                }
                boolean edge = style.outline() && (!overlay.inside(column, rowAbove)
                        || !overlay.inside(column, rowBelow)
                        || !overlay.inside(x >= lineWidth ? columnOf[x - lineWidth] : -1, row)
                        || !overlay.inside(x + lineWidth < width ? columnOf[x + lineWidth] : -1, row));
                out[p + x] = edge ? GreyLut.OPAQUE | rgb : blend(out[p + x], rgb, alpha);
            }
        }
    }

    /** (1 − a)·grey + a·colour per channel, a in 1/256, rounded to nearest. */
    static int blend(int argb, int rgb, int alpha) {
        if (alpha <= 0) {
            return argb;
        }
        int keep = 256 - alpha;
        int r = (((argb >> 16) & 0xff) * keep + ((rgb >> 16) & 0xff) * alpha + 128) >> 8;
        int g = (((argb >> 8) & 0xff) * keep + ((rgb >> 8) & 0xff) * alpha + 128) >> 8;
        int b = ((argb & 0xff) * keep + (rgb & 0xff) * alpha + 128) >> 8;
        return GreyLut.OPAQUE | r << 16 | g << 8 | b;
    }
}
