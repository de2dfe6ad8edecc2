package org.tacerisk.app.viewer;

/**
 * The overlay on one displayed plane, in displayed order (row-major, columns × rows): 1 inside, 0 outside. Built
 * from a {@link MaskOverlay} once per plane and overlay version, so drawing a frame reads a byte per pixel.
 */
final class OverlayPlane {

    private final byte[] inside;
    private final int columns;
    private final boolean empty;

    private OverlayPlane(byte[] inside, int columns, boolean empty) {
        this.inside = inside;
        this.columns = columns;
        this.empty = empty;
    }

    static OverlayPlane of(MaskOverlay overlay, SliceGeometry g, int slice) {
        int columns = g.columns();
        int rows = g.rows();
        byte[] inside = new byte[columns * rows];
        boolean any = false;
        int[] v = new int[3];
        v[g.normalAxis()] = slice;
        for (int row = 0; row < rows; row++) {
            v[g.verticalAxis()] = g.verticalIndex(row);
            for (int column = 0; column < columns; column++) {
                v[g.horizontalAxis()] = g.horizontalIndex(column);
                if (overlay.contains(v[0], v[1], v[2])) {
                    inside[row * columns + column] = 1;
                    any = true;
                }
            }
        }
        return new OverlayPlane(inside, columns, !any);
    }

    boolean isEmpty() {
        return empty;
    }

    /** Whether displayed (column, row) is inside; −1 for either (off the plane) is outside. */
    boolean inside(int column, int row) {
        return column >= 0 && row >= 0 && inside[row * columns + column] != 0;
    }
}
