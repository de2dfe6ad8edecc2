package org.tacerisk.image;

import java.util.Objects;

/**
 * A binary region of interest (e.g. the tumour) on an {@link ImageGeometry}. One byte per voxel, 1 inside and 0
 * outside, i fastest. The factory takes ownership of the array; the mask is immutable from the outside.
 */
public final class Mask {

    private final ImageGeometry geometry;
    private final byte[] voxels;

    private Mask(ImageGeometry geometry, byte[] voxels) {
        this.geometry = Objects.requireNonNull(geometry, "geometry");
        if (voxels.length != geometry.voxelCount()) {
            throw new IllegalArgumentException(
                    "mask array has " + voxels.length + " values but the grid needs " + geometry.voxelCount());
        }
        this.voxels = voxels;
    }

    /** Takes ownership of {@code voxels}; any non-zero value counts as inside (and is normalised to 1). */
    public static Mask of(ImageGeometry geometry, byte[] voxels) {
        for (int n = 0; n < voxels.length; n++) {
            if (voxels[n] != 0) {
                voxels[n] = 1;
            }
        }
        return new Mask(geometry, voxels);
    }

    public static Mask empty(ImageGeometry geometry) {
        return new Mask(geometry, new byte[geometry.voxelCount()]);
    }

    public ImageGeometry geometry() {
        return geometry;
    }

    /** The same voxels (shared, both are immutable) on another grid of the same size. */
    public Mask withGeometry(ImageGeometry other) {
        return new Mask(other, voxels);
    }

    public boolean contains(int index) {
        return voxels[index] != 0;
    }

    public boolean contains(int i, int j, int k) {
        return voxels[geometry.index(i, j, k)] != 0;
    }

    /** Number of voxels inside. */
    public int count() {
        int count = 0;
        for (byte v : voxels) {
            count += v;
        }
        return count;
    }

    public boolean isEmpty() {
        for (byte v : voxels) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }

    /** A copy of the voxels (0 or 1). */
    public byte[] toByteArray() {
        return voxels.clone();
    }

    /** {iMin, jMin, kMin, iMax, jMax, kMax} (inclusive) of the voxels inside, or null for an empty mask. */
    public int[] boundingBox() {
        return BoundingBox.of(voxels, geometry.nx(), geometry.ny(), geometry.nz());
    }

    /** Number of voxels inside in slice k. */
    public int countInSlice(int k) {
        int size = geometry.sliceSize();
        int count = 0;
        for (int n = k * size, end = n + size; n < end; n++) {
            count += voxels[n];
        }
        return count;
    }

    /** Number of voxels where this mask and {@code other} differ; both must have the same size. */
    public int differingVoxels(Mask other) {
        requireSameSize(other);
        int diff = 0;
        for (int n = 0; n < voxels.length; n++) {
            diff += voxels[n] != other.voxels[n] ? 1 : 0;
        }
        return diff;
    }

    /** Dice similarity 2|A∩B| / (|A| + |B|); 1 when both are empty. */
    public double dice(Mask other) {
        requireSameSize(other);
        long both = 0;
        long sum = 0;
        for (int n = 0; n < voxels.length; n++) {
            both += voxels[n] & other.voxels[n];
            sum += voxels[n] + other.voxels[n];
        }
        return sum == 0 ? 1.0 : 2.0 * both / sum;
    }

    private void requireSameSize(Mask other) {
        if (other.voxels.length != voxels.length) {
            throw new IllegalArgumentException("masks have different grid sizes");
        }
    }

    @Override
    public String toString() {
        return "Mask[" + geometry + ", " + count() + " voxels]";
    }
}
