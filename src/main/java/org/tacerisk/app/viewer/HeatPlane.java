package org.tacerisk.app.viewer;

import org.tacerisk.deep.SaliencyColours;
import org.tacerisk.deep.SaliencyMap;

/**
 * The saliency heat map on one displayed plane, in displayed order (row-major, columns × rows): colour and opacity
 * per pixel from {@link SaliencyColours}. Built once per map, plane and visibility (as {@link OverlayPlane}), so
 * drawing a frame reads two values per pixel and allocates nothing.
 */
final class HeatPlane {

    private final int[] rgb;
    private final short[] alpha;
    private final int columns;
    private final boolean empty;

    private HeatPlane(int[] rgb, short[] alpha, int columns) {
        this.rgb = rgb;
        this.alpha = alpha;
        this.columns = columns;
        this.empty = rgb == null;
    }

    /**
     * The map on plane {@code g}, which must lie in the volume's slice {@code map.slice()} (normal to the third
     * volume axis); empty when no value is positive.
     */
    static HeatPlane of(SaliencyMap map, SliceGeometry g) {
        float max = map.max();
        if (!(max > 0)) {
            return new HeatPlane(null, null, 0);
        }
        int columns = g.columns();
        int rows = g.rows();
        int[] rgb = new int[columns * rows];
        short[] alpha = new short[columns * rows];
        int[] v = new int[3];
        for (int row = 0; row < rows; row++) {
            v[g.verticalAxis()] = g.verticalIndex(row);
            for (int column = 0; column < columns; column++) {
                v[g.horizontalAxis()] = g.horizontalIndex(column);
                double h = map.at(v[0], v[1]) / max;
                int a = SaliencyColours.alpha(h);
                if (a > 0) {
                    rgb[row * columns + column] = SaliencyColours.rgb(h);
                    alpha[row * columns + column] = (short) a;
                }
            }
        }
        return new HeatPlane(rgb, alpha, columns);
    }

    boolean isEmpty() {
        return empty;
    }

    /** Opacity in 1/256 at displayed (column, row), 0 for none. */
    int alpha(int column, int row) {
        return alpha[row * columns + column];
    }

    int rgb(int column, int row) {
        return rgb[row * columns + column];
    }
}
