package org.tacerisk.image;

/**
 * Collects voxel values into the most compact exact storage: 16-bit while every value so far is an integer in short
 * range (CT nearly always), switching once to float at the first value that is not. This keeps peak memory at one
 * array for the usual case instead of always decoding to float first and narrowing afterwards.
 */
final class VolumeBuilder {

    private static final long NEGATIVE_ZERO = Double.doubleToRawLongBits(-0.0);

    private final ImageGeometry geometry;
    private short[] shorts;
    private float[] floats;

    /** Starts 16-bit; may throw OutOfMemoryError for huge grids (callers turn that into a message). */
    VolumeBuilder(ImageGeometry geometry) {
        this.geometry = geometry;
        this.shorts = new short[geometry.voxelCount()];
    }

    /** Voxels must be put in increasing index order (the switch to float copies everything below {@code index}). */
    void put(int index, double value) {
        if (shorts != null) {
            // -0.0 is kept as float so that float data round-trip bit for bit.
            if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE && value == Math.rint(value)
                    && Double.doubleToRawLongBits(value) != NEGATIVE_ZERO) {
                shorts[index] = (short) value;
                return;
            }
            promote(index);
        }
        floats[index] = (float) value;
    }

    boolean isShortBacked() {
        return shorts != null;
    }

    Volume build(String unit) {
        return shorts != null ? Volume.ofShorts(geometry, shorts, unit) : Volume.ofFloats(geometry, floats, unit);
    }

    private void promote(int filled) {
        floats = new float[shorts.length];
        for (int n = 0; n < filled; n++) {
            floats[n] = shorts[n];
        }
        shorts = null;
    }
}
