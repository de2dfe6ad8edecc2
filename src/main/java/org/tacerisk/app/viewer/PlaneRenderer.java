package org.tacerisk.app.viewer;

/**
 * Draws one view's frame into an ARGB int array: for each device pixel the voxel under its centre (nearest
 * neighbour), its grey from the window table, then the ROI overlay blended in. No objects per pixel: per frame it
 * fills two small index tables (one entry per device column and per device row) and then reads one voxel and one
 * table entry per pixel.
 *
 * <p>Nearest neighbour, not linear interpolation: each screen pixel shows exactly one voxel's value — the value the
 * HU readout reports and the voxel an ROI tool edits — so voxel edges stay visible (a 5 mm slice is a 5 mm band in
 * a coronal view) and nothing is smoothed away. Pixels are sized by the voxel spacing, so anisotropic voxels keep
 * their physical aspect. Reusable across frames (the tables grow as needed); not thread-safe.
 */
final class PlaneRenderer {

    static final int BACKGROUND = GreyLut.OPAQUE;

    private int[] columnOf = new int[0];
    private int[] rowOf = new int[0];
    private int[] columnSlice = new int[0];
    private int[] columnOffset = new int[0];
    private int[] rowSlice = new int[0];
    private int[] rowOffset = new int[0];

    /**
     * Renders slice {@code slice} of {@code g} as seen through {@code view} into {@code out} ({@code width} ×
     * {@code height} device pixels, row-major), at {@code scale} device pixels per view pixel.
     *
     * @param overlay the ROI on this plane, or null for none
     */
    void render(ViewerVolume volume, SliceGeometry g, int slice, ViewState view, double scale, GreyLut lut,
            OverlayPlane overlay, OverlayStyle style, int[] out, int width, int height) {
        prepareColumns(volume, g, view, scale, width);
        prepareRows(volume, g, slice, view, scale, height);
        if (volume.isShortBacked()) {
            drawShorts(volume.shortSlices(), g.horizontalAxis() == 2, lut.table(), out, width, height);
        } else {
            drawFloats(volume.floatSlices(), lut, out, width, height);
        }
        if (overlay != null && !overlay.isEmpty()) {
            drawOverlay(overlay, style, Math.max(1, (int) Math.round(scale)), out, width, height);
        }
    }

    private void prepareColumns(ViewerVolume volume, SliceGeometry g, ViewState view, double scale, int width) {
        if (columnOf.length < width) {
            columnOf = new int[width];
            columnSlice = new int[width];
            columnOffset = new int[width];
        }
        int axis = g.horizontalAxis();
        int nx = volume.geometry().nx();
        for (int x = 0; x < width; x++) {
            int column = g.columnAt(view.toPlane((x + 0.5) / scale, 0)[0]);
            columnOf[x] = column;
            int index = column < 0 ? 0 : g.horizontalIndex(column);
            columnSlice[x] = axis == 2 ? index : 0;
            columnOffset[x] = axis == 0 ? index : axis == 1 ? index * nx : 0;
        }
    }

    private void prepareRows(ViewerVolume volume, SliceGeometry g, int slice, ViewState view, double scale,
            int height) {
        if (rowOf.length < height) {
            rowOf = new int[height];
            rowSlice = new int[height];
            rowOffset = new int[height];
        }
        int nx = volume.geometry().nx();
        int axis = g.verticalAxis();
        int normal = g.normalAxis();
        int fixedSlice = normal == 2 ? slice : 0;
        int fixedOffset = normal == 0 ? slice : normal == 1 ? slice * nx : 0;
        for (int y = 0; y < height; y++) {
            int row = g.rowAt(view.toPlane(0, (y + 0.5) / scale)[1]);
            rowOf[y] = row;
            int index = row < 0 ? 0 : g.verticalIndex(row);
            rowSlice[y] = fixedSlice + (axis == 2 ? index : 0);
            rowOffset[y] = fixedOffset + (axis == 0 ? index : axis == 1 ? index * nx : 0);
        }
    }

    private void drawShorts(short[][] slices, boolean columnsAcrossSlices, int[] lut, int[] out, int width,
            int height) {
        int[] colOf = columnOf;
        int[] colOffset = columnOffset;
        int[] colSlice = columnSlice;
        for (int y = 0, p = 0; y < height; y++, p += width) {
            if (rowOf[y] < 0) {
                java.util.Arrays.fill(out, p, p + width, BACKGROUND);
                continue;
            }
            int base = rowOffset[y];
            if (columnsAcrossSlices) {
                int sliceBase = rowSlice[y];
                for (int x = 0; x < width; x++) {
                    out[p + x] = colOf[x] < 0 ? BACKGROUND
                            : lut[slices[sliceBase + colSlice[x]][base + colOffset[x]] & 0xffff];
                }
            } else {
                short[] source = slices[rowSlice[y]];
                for (int x = 0; x < width; x++) {
                    out[p + x] = colOf[x] < 0 ? BACKGROUND : lut[source[base + colOffset[x]] & 0xffff];
                }
            }
        }
    }

    private void drawFloats(float[][] slices, GreyLut lut, int[] out, int width, int height) {
        for (int y = 0, p = 0; y < height; y++, p += width) {
            for (int x = 0; x < width; x++) {
                out[p + x] = rowOf[y] < 0 || columnOf[x] < 0 ? BACKGROUND
                        : lut.argbOf(slices[rowSlice[y] + columnSlice[x]][rowOffset[y] + columnOffset[x]]);
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
