package org.tacerisk.image;

import java.util.Objects;

/**
 * A scalar 3D image on an {@link ImageGeometry}: CT in Hounsfield units, or any other quantity named by
 * {@link #unit()}. Voxels are held as 16-bit integers when the values are integers in range (CT almost always:
 * half the memory of float), otherwise as float. The factory methods take ownership of the array passed in;
 * the caller must not change it afterwards. Immutable from the outside.
 */
public final class Volume {

    /** Unit string for CT intensities. */
    public static final String HU = "HU";

    private final ImageGeometry geometry;
    private final short[] shorts;
    private final float[] floats;
    private final String unit;

    private Volume(ImageGeometry geometry, short[] shorts, float[] floats, String unit) {
        this.geometry = Objects.requireNonNull(geometry, "geometry");
        int length = shorts != null ? shorts.length : floats.length;
        if (length != geometry.voxelCount()) {
            throw new IllegalArgumentException(
                    "voxel array has " + length + " values but the grid " + geometry.nx() + "x" + geometry.ny() + "x"
                            + geometry.nz() + " needs " + geometry.voxelCount());
        }
        this.shorts = shorts;
        this.floats = floats;
        this.unit = unit == null ? "" : unit;
    }

    /** Takes ownership of {@code voxels} (i fastest, then j, then k). */
    public static Volume ofShorts(ImageGeometry geometry, short[] voxels, String unit) {
        return new Volume(geometry, Objects.requireNonNull(voxels), null, unit);
    }

    /** Takes ownership of {@code voxels} (i fastest, then j, then k). */
    public static Volume ofFloats(ImageGeometry geometry, float[] voxels, String unit) {
        return new Volume(geometry, null, Objects.requireNonNull(voxels), unit);
    }

    public ImageGeometry geometry() {
        return geometry;
    }

    /** The same voxels (shared, both are immutable) on another grid of the same size. */
    public Volume withGeometry(ImageGeometry other) {
        return new Volume(other, shorts, floats, unit);
    }

    public String unit() {
        return unit;
    }

    public boolean isShortBacked() {
        return shorts != null;
    }

    public int voxelCount() {
        return geometry.voxelCount();
    }

    public float get(int index) {
        return shorts != null ? shorts[index] : floats[index];
    }

    public float get(int i, int j, int k) {
        return get(geometry.index(i, j, k));
    }

    /** A copy of all voxels as float. */
    public float[] toFloatArray() {
        if (floats != null) {
            return floats.clone();
        }
        float[] copy = new float[shorts.length];
        for (int n = 0; n < shorts.length; n++) {
            copy[n] = shorts[n];
        }
        return copy;
    }

    /** A copy of the voxels as 16-bit integers; only for short-backed volumes. */
    public short[] toShortArray() {
        if (shorts == null) {
            throw new IllegalStateException("volume holds float voxels");
        }
        return shorts.clone();
    }

    /** Copies slice k into {@code target} (length nx·ny) as float. */
    public void copySlice(int k, float[] target) {
        int size = geometry.sliceSize();
        int start = k * size;
        if (floats != null) {
            System.arraycopy(floats, start, target, 0, size);
        } else {
            for (int n = 0; n < size; n++) {
                target[n] = shorts[start + n];
            }
        }
    }

    /** {min, max} over all voxels. */
    public float[] range() {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (int n = 0, count = voxelCount(); n < count; n++) {
            float v = get(n);
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return new float[] {min, max};
    }

    /** True when both volumes have the same grid and exactly the same voxel values. */
    public boolean sameVoxels(Volume other) {
        if (!geometry.sameGrid(other.geometry, 1e-6) || voxelCount() != other.voxelCount()) {
            return false;
        }
        for (int n = 0, count = voxelCount(); n < count; n++) {
            if (Float.compare(get(n), other.get(n)) != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "Volume[" + geometry + ", " + (shorts != null ? "int16" : "float32") + ", " + unit + "]";
    }
}
