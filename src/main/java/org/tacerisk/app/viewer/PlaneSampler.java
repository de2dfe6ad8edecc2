package org.tacerisk.app.viewer;

/**
 * The voxels of one displayed plane copied into a contiguous array in displayed order (row-major, columns × rows),
 * kept until the plane or slice changes. A sagittal plane of an axial series lies across every slice with a stride
 * of a whole image row between neighbours (one cache line per voxel: about 2 ms for 512 × 500 voxels); gathering it
 * once per slice change lets every later frame (a window drag, a zoom, a pan) read neighbouring memory. 16-bit series keep their raw values (grey-table indices), float series
 * their values.
 */
final class PlaneSampler {

    private ViewerVolume volume;
    private SliceGeometry plane;
    private int slice = -1;
    private short[] shorts = new short[0];
    private float[] floats = new float[0];

    /** Gathers slice {@code slice} of {@code g} unless it is the one held. */
    void sample(ViewerVolume v, SliceGeometry g, int s) {
        if (v == volume && g == plane && s == slice) {
            return;
        }
        int columns = g.columns();
        int rows = g.rows();
        int nx = v.geometry().nx();
        int[] columnSlice = new int[columns];
        int[] columnOffset = new int[columns];
        for (int c = 0; c < columns; c++) {
            int index = g.horizontalIndex(c);
            columnSlice[c] = g.horizontalAxis() == 2 ? index : 0;
            columnOffset[c] = g.horizontalAxis() == 0 ? index : g.horizontalAxis() == 1 ? index * nx : 0;
        }
        int normal = g.normalAxis();
        int fixedSlice = normal == 2 ? s : 0;
        int fixedOffset = normal == 0 ? s : normal == 1 ? s * nx : 0;
        int size = columns * rows;
        int[] rowSlice = new int[rows];
        int[] rowOffset = new int[rows];
        for (int r = 0; r < rows; r++) {
            int index = g.verticalIndex(r);
            rowSlice[r] = fixedSlice + (g.verticalAxis() == 2 ? index : 0);
            rowOffset[r] = fixedOffset + (g.verticalAxis() == 0 ? index : g.verticalAxis() == 1 ? index * nx : 0);
        }
        if (v.isShortBacked()) {
            if (shorts.length != size) {
                shorts = new short[size];
            }
            short[][] slices = v.shortSlices();
            short[] target = shorts;
            for (int r = 0; r < rows; r++) {
                for (int c = 0, p = r * columns; c < columns; c++, p++) {
                    target[p] = slices[rowSlice[r] + columnSlice[c]][rowOffset[r] + columnOffset[c]];
                }
            }
        } else {
            if (floats.length != size) {
                floats = new float[size];
            }
            float[][] slices = v.floatSlices();
            float[] target = floats;
            for (int r = 0; r < rows; r++) {
                for (int c = 0, p = r * columns; c < columns; c++, p++) {
                    target[p] = slices[rowSlice[r] + columnSlice[c]][rowOffset[r] + columnOffset[c]];
                }
            }
        }
        volume = v;
        plane = g;
        slice = s;
    }

    /** Raw 16-bit values of the plane (valid after {@link #sample} of a 16-bit series). */
    short[] shorts() {
        return shorts;
    }

    float[] floats() {
        return floats;
    }
}
