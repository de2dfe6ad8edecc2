package org.tacerisk.roi;

/**
 * One undo step: for each axial slice an edit changed, the run-length code of (slice before) XOR (slice after).
 * Applying it flips those bits, so the same delta undoes and redoes the step. Unchanged slices cost nothing.
 */
public final class MaskDelta {

    /** Object and array headers, counted so that the memory report is honest for many tiny steps. */
    private static final int OVERHEAD_BYTES = 64;
    private static final int PER_SLICE_BYTES = 24;

    private final RoiAction action;
    private final int[] slices;
    private final byte[][] codes;
    private final long changedVoxels;

    MaskDelta(RoiAction action, int[] slices, byte[][] codes, long changedVoxels) {
        this.action = action;
        this.slices = slices;
        this.codes = codes;
        this.changedVoxels = changedVoxels;
    }

    public RoiAction action() {
        return action;
    }

    /** Number of axial slices the step changed. */
    public int sliceCount() {
        return slices.length;
    }

    /** Number of voxels the step changed (added or removed). */
    public long changedVoxels() {
        return changedVoxels;
    }

    /** Memory this step holds, in bytes (codes plus bookkeeping). */
    public long bytes() {
        long bytes = OVERHEAD_BYTES;
        for (byte[] code : codes) {
            bytes += PER_SLICE_BYTES + code.length;
        }
        return bytes;
    }

    int slice(int n) {
        return slices[n];
    }

    byte[] code(int n) {
        return codes[n];
    }
}
